import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { FastifyBaseLogger as Logger } from "fastify";
import type { Clock } from "../clock";
import type { Db } from "../db/client";
import { outbox } from "../db/schema";

const batchSize = 20;
const leaseMs = 60_000;
const maxAttempts = 8;

export interface Mailer {
  send(message: { messageId: string; from: string; to: string; subject: string; text: string; html: string }): Promise<void>;
}

export function smtpMailer(smtpUrl: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (m) => {
      await transport.sendMail({ messageId: m.messageId, from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html });
    },
    close: () => transport.close(),
  };
}

/** Exponential backoff: 1, 2, 4 … minutes, capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Claims due messages with FOR UPDATE SKIP LOCKED and a lease, so several server instances can
 * run this at once without sending a message twice in the normal case. The Message-ID is stable
 * (derived from the outbox id), so a retry after a crash mid-send can be dropped by receivers.
 */
export async function deliverDueEmails(db: Db, clock: Clock, mailer: Mailer, from: string, domain: string, log: Logger): Promise<number> {
  const now = clock.now();
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now), or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now))))
      .orderBy(outbox.nextAttemptAt)
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${outbox.attempts} + 1` })
      .where(inArray(outbox.id, due.map((d) => d.id)))
      .returning();
  });
  for (const message of claimed) {
    try {
      await mailer.send({ messageId: `<${message.id}@${domain}>`, from, to: message.toAddress, subject: message.subject, text: message.textBody, html: message.htmlBody });
      await db.update(outbox).set({ status: "sent", sentAt: clock.now(), lockedUntil: null, lastError: null }).where(eq(outbox.id, message.id));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const failed = message.attempts >= maxAttempts;
      log.warn({ outboxId: message.id, attempts: message.attempts, err: reason }, failed ? "email failed for good" : "email delivery failed; will retry");
      await db
        .update(outbox)
        .set({ status: failed ? "failed" : "pending", lastError: reason.slice(0, 500), lockedUntil: null, nextAttemptAt: new Date(clock.now().getTime() + retryDelayMs(message.attempts)) })
        .where(eq(outbox.id, message.id));
    }
  }
  return claimed.length;
}

/** Polls the outbox until stopped; the outbox table is the record, the timer only wakes the sender. */
export function startOutboxWorker(options: { db: Db; clock: Clock; mailer: Mailer; from: string; domain: string; log: Logger; intervalMs?: number }) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    try {
      while (!stopped && (await deliverDueEmails(options.db, options.clock, options.mailer, options.from, options.domain, options.log)) > 0) {
        // keep going while there is a backlog
      }
    } catch (error) {
      options.log.error({ err: error }, "outbox delivery round failed");
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, options.intervalMs ?? 2000);
  running = running.then(tick);
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
