import { eq } from "drizzle-orm";
import { completeValues, groupValues, type VariableValues } from "../../../domain/email-templates/variables";
import type { DbOrTx } from "../../db/client";
import { partneringPages, partners, programs, user, workspaces } from "../../db/schema";
import type { AppContext } from "../../context";
import { badRequest, notFound } from "../../errors";
import { recordActivity } from "../activity/record";
import { enqueueRenderedEmail } from "../email/outbox";
import type { RenderedEmail } from "../email/render";
import { renderTemplate } from "./engine";
import { loadEmailTemplate } from "./library";

export interface TemplatedEmailInput {
  workspaceId: string;
  partnerId: string;
  templateKey: "application-received" | "interview-invitation" | "decision-yes" | "decision-no" | "welcome" | (string & {});
  to: { email: string; name: string };
  /** Extra variables beyond what send fills itself (partner, contact, workspace, program, portal). */
  variables?: Record<string, Record<string, string>>;
  /** Unique per message the change causes. */
  dedupeKey: string;
  /** Null for the public application form. */
  actorUserId: string | null;
}

/** What send knows by itself about a partner, grouped as the templates read it. */
async function partnerValues(db: DbOrTx, ctx: AppContext, input: Omit<TemplatedEmailInput, "templateKey" | "dedupeKey">): Promise<VariableValues> {
  const [row] = await db
    .select({ partner: partners, workspaceName: workspaces.name, slug: workspaces.slug, programName: programs.name, programKey: programs.key, pagePublished: partneringPages.published })
    .from(partners)
    .innerJoin(workspaces, eq(workspaces.id, partners.workspaceId))
    .leftJoin(programs, eq(programs.id, partners.programId))
    .leftJoin(partneringPages, eq(partneringPages.programId, programs.id))
    .where(eq(partners.id, input.partnerId));
  if (!row || row.partner.workspaceId !== input.workspaceId) throw notFound("That partner");
  const [sender] = input.actorUserId ? await db.select({ name: user.name }).from(user).where(eq(user.id, input.actorUserId)) : [];
  const base = `${ctx.config.publicUrl}/w/${row.slug}`;
  return groupValues([
    ["partner.name", row.partner.name],
    ["partner.website", row.partner.website ?? ""],
    ["contact.name", input.to.name],
    ["contact.email", input.to.email],
    ["workspace.name", row.workspaceName],
    ["program.name", row.programName ?? ""],
    ["sender.name", sender?.name ?? `The ${row.workspaceName} team`],
    ["portal.link", `${base}/portal`],
    // Only a published page: a link to an unpublished one would greet the partner with a 404.
    ["partnering.link", row.programKey && row.pagePublished ? `${base}/partnering/${encodeURIComponent(row.programKey)}` : ""],
  ]);
}

/**
 * Renders the workspace's template for a partner without sending it: the preview, and the
 * first half of a send. `source` overrides the stored text (an admin previewing a draft).
 */
export async function renderForPartner(
  db: DbOrTx,
  ctx: AppContext,
  input: Omit<TemplatedEmailInput, "dedupeKey">,
  source?: { subject: string; body: string },
): Promise<RenderedEmail> {
  const template = await loadEmailTemplate(db, ctx.clock, input.workspaceId, input.templateKey);
  if (!template) throw notFound("That email template");
  const own = await partnerValues(db, ctx, input);
  const values = completeValues(input.templateKey, { ...input.variables, ...own });
  try {
    return renderTemplate(source ?? template, values);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "it failed";
    throw badRequest(`The "${template.name}" template cannot be rendered: ${reason}. An admin can fix it under Email templates.`);
  }
}

/**
 * Sends the workspace's editable template to a partner's contact: the outbox row in the
 * caller's transaction (so a rollback drops the email) and an `email.sent` entry on the
 * partner's timeline, shared so the partner sees what was sent to them. A second call with the
 * same dedupe key creates nothing new, and says so with `created: false`.
 */
export async function sendTemplatedEmail(tx: DbOrTx, ctx: AppContext, input: TemplatedEmailInput): Promise<{ subject: string; created: boolean }> {
  const rendered = await renderForPartner(tx, ctx, input);
  const created = await enqueueRenderedEmail(tx, ctx.clock, { workspaceId: input.workspaceId, dedupeKey: input.dedupeKey, to: input.to.email, rendered });
  if (created) {
    await recordActivity(tx, ctx.clock, {
      workspaceId: input.workspaceId,
      partnerId: input.partnerId,
      actorUserId: input.actorUserId,
      kind: "email.sent",
      summary: `Email "${rendered.subject}" sent to ${input.to.email}`,
      data: { templateKey: input.templateKey, subject: rendered.subject, to: input.to.email, dedupeKey: input.dedupeKey },
      visibility: "shared",
    });
  }
  return { subject: rendered.subject, created };
}
