import { inArray } from "drizzle-orm";
import type { Clock } from "../../clock";
import type { DbOrTx } from "../../db/client";
import { notifications, user, workspaces } from "../../db/schema";
import { newId } from "../../ids";
import { enqueueEmail } from "../email/outbox";
import { absoluteLink } from "./links";

/** One notice for one person: a row in their bell and, when asked, an email through the outbox. */
export interface Notice {
  workspaceId: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** Unique per person: the same key never notifies the same person twice. */
  dedupeKey: string;
  email: boolean;
  partnerId?: string | null;
  journeyId?: string | null;
  stepId?: string | null;
}

/** Rows per INSERT: the sweep writes up to its whole batch at once. */
const chunkSize = 1000;

/**
 * Writes notices in the caller's transaction. A notice whose (person, key) exists already is
 * skipped, and only a newly written notice gets its email, so a retried change or a second
 * sweep creates neither twice. Returns how many notices were new.
 */
export async function writeNotices(tx: DbOrTx, clock: Clock, notices: readonly Notice[], publicUrl: string | null): Promise<number> {
  if (notices.length === 0) return 0;
  const now = clock.now();
  const created: { id: string; userId: string; dedupeKey: string }[] = [];
  for (let i = 0; i < notices.length; i += chunkSize) {
    const rows = notices.slice(i, i + chunkSize).map((n) => ({
      id: newId(),
      workspaceId: n.workspaceId,
      userId: n.userId,
      partnerId: n.partnerId ?? null,
      journeyId: n.journeyId ?? null,
      stepId: n.stepId ?? null,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      dedupeKey: n.dedupeKey,
      createdAt: now,
    }));
    created.push(
      ...(await tx
        .insert(notifications)
        .values(rows)
        .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
        .returning({ id: notifications.id, userId: notifications.userId, dedupeKey: notifications.dedupeKey })),
    );
  }
  const fresh = new Set(created.map((c) => `${c.userId}\n${c.dedupeKey}`));
  const emails = notices.filter((n) => n.email && fresh.has(`${n.userId}\n${n.dedupeKey}`));
  if (emails.length > 0) {
    if (publicUrl === null) throw new Error("notification emails need the public URL for their links");
    await enqueueNoticeEmails(tx, clock, emails, publicUrl);
  }
  return created.length;
}

async function enqueueNoticeEmails(tx: DbOrTx, clock: Clock, notices: readonly Notice[], publicUrl: string) {
  const userIds = [...new Set(notices.map((n) => n.userId))];
  const workspaceIds = [...new Set(notices.map((n) => n.workspaceId))];
  const people = await tx.select({ id: user.id, name: user.name, email: user.email }).from(user).where(inArray(user.id, userIds));
  const spaces = await tx.select({ id: workspaces.id, name: workspaces.name }).from(workspaces).where(inArray(workspaces.id, workspaceIds));
  const personById = new Map(people.map((p) => [p.id, p]));
  const workspaceName = new Map(spaces.map((w) => [w.id, w.name]));
  for (const notice of notices) {
    const person = personById.get(notice.userId);
    if (!person) continue;
    await enqueueEmail(tx, clock, {
      workspaceId: notice.workspaceId,
      dedupeKey: `notification:${notice.userId}:${notice.dedupeKey}`,
      to: person.email,
      template: "notification",
      data: { workspaceName: workspaceName.get(notice.workspaceId) ?? "Accord", name: person.name, title: notice.title, body: notice.body, link: absoluteLink(publicUrl, notice.link) },
    });
  }
}
