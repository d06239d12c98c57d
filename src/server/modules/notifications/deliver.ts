import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Clock } from "../../clock";
import type { DbOrTx } from "../../db/client";
import { notifications, user, workspaces } from "../../db/schema";
import { newId } from "../../ids";
import { enqueueEmails, type EmailRequest } from "../email/outbox";
import { inIdList } from "./id-list";
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

/** Both drivers (node-postgres, PGlite) answer a raw statement with its rows under `rows`. */
const Inserted = z.object({ rows: z.array(z.object({ user_id: z.string(), dedupe_key: z.string() })) });

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
  const created: { user_id: string; dedupe_key: string }[] = [];
  for (let i = 0; i < notices.length; i += chunkSize) {
    // One JSON parameter instead of a dozen per row: a sweep writes a thousand rows at once.
    const rows = JSON.stringify(
      notices.slice(i, i + chunkSize).map((n) => ({
        id: newId(),
        workspace_id: n.workspaceId,
        user_id: n.userId,
        partner_id: n.partnerId ?? null,
        journey_id: n.journeyId ?? null,
        step_id: n.stepId ?? null,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        dedupe_key: n.dedupeKey,
      })),
    );
    const inserted = await tx.execute(sql`
      insert into ${notifications} (id, workspace_id, user_id, partner_id, journey_id, step_id, kind, title, body, link, dedupe_key, created_at)
      select id, workspace_id, user_id, partner_id, journey_id, step_id, kind, title, body, link, dedupe_key, ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${rows}::jsonb) as x(id uuid, workspace_id uuid, user_id text, partner_id uuid, journey_id uuid, step_id uuid, kind text, title text, body text, link text, dedupe_key text)
      on conflict (user_id, dedupe_key) do nothing
      returning user_id, dedupe_key`);
    created.push(...Inserted.parse(inserted).rows);
  }
  const fresh = new Set(created.map((c) => `${c.user_id}\n${c.dedupe_key}`));
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
  const people = await tx.select({ id: user.id, name: user.name, email: user.email }).from(user).where(inIdList(user.id, userIds, "text"));
  const spaces = await tx.select({ id: workspaces.id, name: workspaces.name }).from(workspaces).where(inIdList(workspaces.id, workspaceIds, "uuid"));
  const personById = new Map(people.map((p) => [p.id, p]));
  const workspaceName = new Map(spaces.map((w) => [w.id, w.name]));
  const requests: EmailRequest[] = [];
  for (const notice of notices) {
    const person = personById.get(notice.userId);
    if (!person) continue;
    requests.push({
      workspaceId: notice.workspaceId,
      dedupeKey: `notification:${notice.userId}:${notice.dedupeKey}`,
      to: person.email,
      template: "notification",
      data: { workspaceName: workspaceName.get(notice.workspaceId) ?? "Accord", name: person.name, title: notice.title, body: notice.body, link: absoluteLink(publicUrl, notice.link) },
    });
  }
  await enqueueEmails(tx, clock, requests);
}
