import { sql } from "drizzle-orm";
import { outbox } from "../../db/schema";
import type { DbOrTx } from "../../db/client";
import type { Clock } from "../../clock";
import { newId } from "../../ids";
import { renderEmail, type TemplateData } from "./render";
import type { EmailTemplateKey } from "./templates";

export interface EmailRequest {
  workspaceId: string | null;
  /** Unique per message the change causes; a retry of the same change creates nothing new. */
  dedupeKey: string;
  to: string;
  template: EmailTemplateKey;
  /** The email carries a personal sign-in or password-reset link. */
  containsSecret?: boolean;
  data: TemplateData & { workspaceName: string };
}

/**
 * Writes an email into the outbox. Call it with the transaction of the change that causes the
 * email: a rollback then drops the email too, and the dedupe key keeps it from being created twice.
 */
export async function enqueueEmail(db: DbOrTx, clock: Clock, request: EmailRequest): Promise<void> {
  await enqueueEmails(db, clock, [request]);
}

/** Rows per INSERT when many emails are written at once (a timer sweep). */
const batchSize = 500;

/**
 * The batch form of `enqueueEmail`, same dedupe rule. The rows travel as one JSON parameter:
 * a multi-row VALUES list binds ten parameters per email, and building and planning that for
 * hundreds of emails costs more than writing them.
 */
export async function enqueueEmails(db: DbOrTx, clock: Clock, requests: readonly EmailRequest[]): Promise<void> {
  const now = clock.now().toISOString();
  for (let i = 0; i < requests.length; i += batchSize) {
    const rows = [];
    for (const request of requests.slice(i, i + batchSize)) {
      const rendered = await renderEmail(request.template, request.data);
      rows.push({
        id: newId(),
        workspace_id: request.workspaceId,
        dedupe_key: request.dedupeKey,
        to_address: request.to,
        subject: rendered.subject,
        text_body: rendered.text,
        html_body: rendered.html,
        contains_secret: request.containsSecret ?? false,
      });
    }
    await db.execute(sql`
      insert into ${outbox} (id, workspace_id, dedupe_key, to_address, subject, text_body, html_body, contains_secret, next_attempt_at, created_at)
      select id, workspace_id, dedupe_key, to_address, subject, text_body, html_body, contains_secret, ${now}::timestamptz, ${now}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as x(id uuid, workspace_id uuid, dedupe_key text, to_address text, subject text, text_body text, html_body text, contains_secret boolean)
      on conflict (dedupe_key) do nothing`);
  }
}
