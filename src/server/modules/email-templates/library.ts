import { and, eq } from "drizzle-orm";
import { builtInTemplates } from "../../../domain/email-templates/builtins";
import { builtInTemplateKeys, isBuiltInTemplateKey } from "../../../domain/email-templates/variables";
import type { DbOrTx } from "../../db/client";
import { emailTemplates } from "../../db/schema";
import type { Clock } from "../../clock";
import { newId } from "../../ids";

export type EmailTemplateRow = typeof emailTemplates.$inferSelect;

/**
 * Gives the workspace its own copy of every built-in it lacks. Lazy (called when templates are
 * listed or one is needed) rather than at workspace creation, so workspaces made before this
 * module existed get them too. `on conflict do nothing` makes two requests doing it at once safe.
 */
export async function ensureBuiltInEmailTemplates(db: DbOrTx, clock: Clock, workspaceId: string): Promise<void> {
  const present = await db.select({ key: emailTemplates.key }).from(emailTemplates).where(eq(emailTemplates.workspaceId, workspaceId));
  const missing = builtInTemplateKeys.filter((key) => !present.some((row) => row.key === key));
  if (missing.length === 0) return;
  const now = clock.now();
  await db
    .insert(emailTemplates)
    .values(missing.map((key) => ({ id: newId(), workspaceId, key, builtIn: key, ...builtInTemplates[key], updatedAt: now, updatedBy: null })))
    .onConflictDoNothing();
}

/** The workspace's template for a key; a built-in key is created from the shipped text on first use. Null for an unknown key. */
export async function loadEmailTemplate(db: DbOrTx, clock: Clock, workspaceId: string, key: string): Promise<EmailTemplateRow | null> {
  const find = async () => {
    const [row] = await db
      .select()
      .from(emailTemplates)
      .where(and(eq(emailTemplates.workspaceId, workspaceId), eq(emailTemplates.key, key)));
    return row ?? null;
  };
  const row = await find();
  if (row || !isBuiltInTemplateKey(key)) return row;
  await ensureBuiltInEmailTemplates(db, clock, workspaceId);
  return find();
}
