import { and, asc, eq } from "drizzle-orm";
import { builtInTemplates } from "../../../domain/email-templates/builtins";
import type { EmailTemplate, EmailTemplateInput, EmailTemplateSummary, EmailTemplateUpdate } from "../../../domain/email-templates/schemas";
import { isBuiltInTemplateKey, variablesFor, type TemplateProblem } from "../../../domain/email-templates/variables";
import type { AppContext } from "../../context";
import type { DbOrTx, Tx } from "../../db/client";
import { emailTemplates, user } from "../../db/schema";
import { badRequest, conflict, notFound, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { checkTemplate } from "./engine";
import { ensureBuiltInEmailTemplates, type EmailTemplateRow } from "./library";

/** Admins' verbs on the workspace's email templates: list, read, create, edit, reset a built-in. */

function isModified(row: EmailTemplateRow): boolean {
  if (!row.builtIn || !isBuiltInTemplateKey(row.builtIn)) return false;
  const shipped = builtInTemplates[row.builtIn];
  return row.name !== shipped.name || row.subject !== shipped.subject || row.body !== shipped.body;
}

function summaryOf(row: EmailTemplateRow, updatedBy: string | null): EmailTemplateSummary {
  return { key: row.key, name: row.name, subject: row.subject, builtIn: row.builtIn, modified: isModified(row), version: row.version, updatedAt: row.updatedAt.toISOString(), updatedBy };
}

async function readTemplates(db: DbOrTx, workspaceId: string, key?: string) {
  return db
    .select({ row: emailTemplates, updatedBy: user.name })
    .from(emailTemplates)
    .leftJoin(user, eq(user.id, emailTemplates.updatedBy))
    .where(and(eq(emailTemplates.workspaceId, workspaceId), key === undefined ? undefined : eq(emailTemplates.key, key)))
    .orderBy(asc(emailTemplates.builtIn), asc(emailTemplates.name));
}

export async function listEmailTemplates(ctx: AppContext, caller: Caller): Promise<EmailTemplateSummary[]> {
  await ensureBuiltInEmailTemplates(ctx.db, ctx.clock, caller.workspace.id);
  const rows = await readTemplates(ctx.db, caller.workspace.id);
  return rows.map(({ row, updatedBy }) => summaryOf(row, updatedBy));
}

async function readOne(db: DbOrTx, workspaceId: string, key: string): Promise<EmailTemplate> {
  const [found] = await readTemplates(db, workspaceId, key);
  if (!found) throw notFound("That email template");
  return { ...summaryOf(found.row, found.updatedBy), body: found.row.body, variables: [...variablesFor(key)] };
}

export async function getEmailTemplate(ctx: AppContext, caller: Caller, key: string): Promise<EmailTemplate> {
  await ensureBuiltInEmailTemplates(ctx.db, ctx.clock, caller.workspace.id);
  return readOne(ctx.db, caller.workspace.id, key);
}

function assertValid(key: string, source: { subject: string; body: string }) {
  const problems: TemplateProblem[] = checkTemplate(key, source);
  const first = problems[0];
  if (first) throw badRequest(first.message, problems);
}

export async function createEmailTemplate(ctx: AppContext, caller: Caller, input: EmailTemplateInput): Promise<EmailTemplate> {
  const workspaceId = caller.workspace.id;
  if (isBuiltInTemplateKey(input.key)) {
    throw badRequest(`"${input.key}" is the key of a built-in template; edit that one or choose another key.`, [{ path: "key", message: "this key belongs to a built-in template" }]);
  }
  assertValid(input.key, input);
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ name: emailTemplates.name }).from(emailTemplates).where(and(eq(emailTemplates.workspaceId, workspaceId), eq(emailTemplates.key, input.key)));
    if (taken) throw conflict(`The key "${input.key}" is already used by the template "${taken.name}"; choose another.`);
    await tx.insert(emailTemplates).values({ id: newId(), workspaceId, ...input, builtIn: null, updatedAt: ctx.clock.now(), updatedBy: caller.actor.userId });
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "email_template.created", entityType: "email_template", entityId: input.key, after: input });
    return readOne(tx, workspaceId, input.key);
  });
}

/** Locks the template and checks the version the admin read. */
async function lockTemplate(tx: Tx, workspaceId: string, key: string, version: number): Promise<EmailTemplateRow> {
  const [current] = await tx
    .select()
    .from(emailTemplates)
    .where(and(eq(emailTemplates.workspaceId, workspaceId), eq(emailTemplates.key, key)))
    .for("update");
  if (!current) throw notFound("That email template");
  if (current.version !== version) throw staleVersion("This email template");
  return current;
}

async function saveText(ctx: AppContext, caller: Caller, tx: Tx, current: EmailTemplateRow, text: { name: string; subject: string; body: string }, action: string) {
  await tx
    .update(emailTemplates)
    .set({ ...text, version: current.version + 1, updatedAt: ctx.clock.now(), updatedBy: caller.actor.userId })
    .where(eq(emailTemplates.id, current.id));
  const before = { name: current.name, subject: current.subject, body: current.body };
  await writeAudit(tx, ctx.clock, { workspaceId: current.workspaceId, actor: caller.audit, action, entityType: "email_template", entityId: current.key, before, after: text });
  return readOne(tx, current.workspaceId, current.key);
}

export async function updateEmailTemplate(ctx: AppContext, caller: Caller, key: string, input: EmailTemplateUpdate): Promise<EmailTemplate> {
  await ensureBuiltInEmailTemplates(ctx.db, ctx.clock, caller.workspace.id);
  return ctx.db.transaction(async (tx) => {
    const { version, ...text } = input;
    const current = await lockTemplate(tx, caller.workspace.id, key, version);
    assertValid(key, text);
    return saveText(ctx, caller, tx, current, text, "email_template.updated");
  });
}

export async function resetEmailTemplate(ctx: AppContext, caller: Caller, key: string, version: number): Promise<EmailTemplate> {
  await ensureBuiltInEmailTemplates(ctx.db, ctx.clock, caller.workspace.id);
  return ctx.db.transaction(async (tx) => {
    const current = await lockTemplate(tx, caller.workspace.id, key, version);
    const builtIn = current.builtIn;
    if (!builtIn || !isBuiltInTemplateKey(builtIn)) throw badRequest(`"${current.name}" is the workspace's own template; only a built-in can be reset.`);
    return saveText(ctx, caller, tx, current, builtInTemplates[builtIn], "email_template.reset");
  });
}
