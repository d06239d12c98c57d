import { sql } from "drizzle-orm";
import { z } from "zod";
import { outbox } from "../../db/schema";
import type { DbOrTx } from "../../db/client";
import type { Clock } from "../../clock";
import { newId } from "../../ids";
import { renderEmail, type RenderedEmail, type TemplateData } from "./render";
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
  for (let i = 0; i < requests.length; i += batchSize) {
    const rows: OutboxRow[] = [];
    for (const request of requests.slice(i, i + batchSize)) {
      const rendered = await renderEmail(request.template, request.data);
      rows.push(outboxRow({ ...request, rendered }));
    }
    await insertOutboxRows(db, clock, rows);
  }
}

export interface RenderedEmailRequest {
  workspaceId: string | null;
  dedupeKey: string;
  to: string;
  rendered: RenderedEmail;
  containsSecret?: boolean;
}

/**
 * Writes an email that its caller has already rendered (a workspace's editable template), with
 * the same dedupe rule. Returns false when the dedupe key was already used: nothing new was made.
 */
export async function enqueueRenderedEmail(db: DbOrTx, clock: Clock, request: RenderedEmailRequest): Promise<boolean> {
  const inserted = await insertOutboxRows(db, clock, [outboxRow(request)]);
  return inserted > 0;
}

type OutboxRow = ReturnType<typeof outboxRow>;

function outboxRow(request: RenderedEmailRequest) {
  return {
    id: newId(),
    workspace_id: request.workspaceId,
    dedupe_key: request.dedupeKey,
    to_address: request.to,
    subject: request.rendered.subject,
    text_body: request.rendered.text,
    html_body: request.rendered.html,
    contains_secret: request.containsSecret ?? false,
  };
}

const Inserted = z.object({ rows: z.array(z.object({ id: z.string() })) });

/** Inserts rows, skipping those whose dedupe key exists; returns how many were new. */
async function insertOutboxRows(db: DbOrTx, clock: Clock, rows: readonly OutboxRow[]): Promise<number> {
  const now = clock.now().toISOString();
  const inserted = await db.execute(sql`
    insert into ${outbox} (id, workspace_id, dedupe_key, to_address, subject, text_body, html_body, contains_secret, next_attempt_at, created_at)
    select id, workspace_id, dedupe_key, to_address, subject, text_body, html_body, contains_secret, ${now}::timestamptz, ${now}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(id uuid, workspace_id uuid, dedupe_key text, to_address text, subject text, text_body text, html_body text, contains_secret boolean)
    on conflict (dedupe_key) do nothing
    returning id`);
  return Inserted.parse(inserted).rows.length;
}
