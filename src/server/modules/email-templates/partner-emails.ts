import { asc, eq } from "drizzle-orm";
import type { EmailPreview, EmailPreviewInput, SendableTemplate, SendEmailInput } from "../../../domain/email-templates/schemas";
import { extraVariables, isBuiltInTemplateKey } from "../../../domain/email-templates/variables";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { emailTemplates, partners } from "../../db/schema";
import { badRequest } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { authorizePartner } from "../partners/access";
import { checkTemplate } from "./engine";
import { ensureBuiltInEmailTemplates } from "./library";
import { renderForPartner, sendTemplatedEmail } from "./send";

/** Sending a template to one partner by hand (action `email.send`: whoever manages the partner). */

export async function sendableTemplates(ctx: AppContext, caller: Caller, partnerId: string): Promise<SendableTemplate[]> {
  await authorizePartner(ctx.db, caller, partnerId, "email.send");
  await ensureBuiltInEmailTemplates(ctx.db, ctx.clock, caller.workspace.id);
  const rows = await ctx.db
    .select({ key: emailTemplates.key, name: emailTemplates.name })
    .from(emailTemplates)
    .where(eq(emailTemplates.workspaceId, caller.workspace.id))
    .orderBy(asc(emailTemplates.name));
  return rows.map((row) => ({ ...row, extraVariables: isBuiltInTemplateKey(row.key) ? [...extraVariables[row.key]] : [] }));
}

/** The partner's contact, the person these emails are written to; null when there is no email to write to. */
async function contactOf(db: DbOrTx, partnerId: string) {
  const [row] = await db.select({ name: partners.name, contactName: partners.contactName, contactEmail: partners.contactEmail }).from(partners).where(eq(partners.id, partnerId));
  const email = row?.contactEmail?.trim();
  if (!row || !email) return null;
  return { email, name: row.contactName?.trim() || row.name };
}

export async function previewPartnerEmail(ctx: AppContext, caller: Caller, partnerId: string, input: EmailPreviewInput): Promise<EmailPreview> {
  await authorizePartner(ctx.db, caller, partnerId, "email.send");
  if (input.draft) {
    const problems = checkTemplate(input.templateKey, input.draft);
    const first = problems[0];
    if (first) throw badRequest(first.message, problems);
  }
  const contact = await contactOf(ctx.db, partnerId);
  // Without a contact the preview still shows the text, addressed to a placeholder.
  const to = contact ?? { email: "", name: "" };
  const rendered = await renderForPartner(ctx.db, ctx, { workspaceId: caller.workspace.id, partnerId, templateKey: input.templateKey, to, variables: input.variables ?? {}, actorUserId: caller.actor.userId }, input.draft);
  return { ...rendered, to: contact };
}

export async function sendPartnerEmail(ctx: AppContext, caller: Caller, partnerId: string, input: SendEmailInput): Promise<{ subject: string; to: string }> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "email.send");
    const to = await contactOf(tx, partnerId);
    if (!to) {
      throw badRequest("This partner has no contact email yet. Add the contact's email address on the partner's details, then send again.", [{ path: "contactEmail", message: "the partner has no contact email" }]);
    }
    const dedupeKey = `email-templates:send:${caller.workspace.id}:${input.requestId}`;
    const { subject } = await sendTemplatedEmail(tx, ctx, { workspaceId: caller.workspace.id, partnerId, templateKey: input.templateKey, to, variables: input.variables ?? {}, dedupeKey, actorUserId: caller.actor.userId });
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "email.sent", entityType: "partner", entityId: partnerId, after: { templateKey: input.templateKey, subject, to: to.email, dedupeKey } });
    return { subject, to: to.email };
  });
}
