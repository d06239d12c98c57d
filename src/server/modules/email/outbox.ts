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
  const rendered = await renderEmail(request.template, request.data);
  const now = clock.now();
  await db
    .insert(outbox)
    .values({
      id: newId(),
      workspaceId: request.workspaceId,
      dedupeKey: request.dedupeKey,
      toAddress: request.to,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      containsSecret: request.containsSecret ?? false,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: outbox.dedupeKey });
}
