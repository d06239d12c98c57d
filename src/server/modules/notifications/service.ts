import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Notification, NotificationList, NotificationQuery } from "../../../domain/notifications/schemas";
import type { Clock } from "../../clock";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { journeySteps, notifications, partnerMembers } from "../../db/schema";
import { notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { writeNotices } from "./deliver";

/*
 * Notifications (R-H1): what a person finds in the bell, and its email twin in the outbox. Other
 * modules call `notify` inside the transaction of their change; the timer sweep writes its own
 * batch through the same `writeNotices`. A person only ever reads their own notifications.
 */

export type NotifyInput = {
  workspaceId: string;
  userIds: readonly string[];
  /** What happened, e.g. `step.assigned`, `step.completed_by_partner`. */
  kind: string;
  title: string;
  body: string;
  /** An app path, e.g. from `journeyStepLink`; null opens nothing in particular. */
  link: string | null;
  /** Unique per person: the same key never notifies the same person twice (retries are safe). */
  dedupeKey: string;
  /** What the notification is about; with `stepId`, partner users never hear of an internal step. */
  partnerId?: string;
  journeyId?: string;
  stepId?: string;
} & (
  | { email?: false }
  /** Emails carry an absolute link, so they need the installation's public URL (`ctx.config.publicUrl`). */
  | { email: true; publicUrl: string }
);

/** Notifies people in the caller's transaction: rows for the bell (once per key), emails when asked. */
export async function notify(tx: DbOrTx, clock: Clock, input: NotifyInput): Promise<{ created: number }> {
  let userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return { created: 0 };
  if (input.stepId) userIds = await withoutPartnerUsersOfInternalStep(tx, input.workspaceId, input.stepId, userIds);
  const notices = userIds.map((userId) => ({
    workspaceId: input.workspaceId,
    userId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    link: input.link,
    dedupeKey: input.dedupeKey,
    email: input.email === true,
    partnerId: input.partnerId ?? null,
    journeyId: input.journeyId ?? null,
    stepId: input.stepId ?? null,
  }));
  const created = await writeNotices(tx, clock, notices, input.email === true ? input.publicUrl : null);
  return { created };
}

/** Partner users never see internal steps (DESIGN section 2): they are not told about one either. */
async function withoutPartnerUsersOfInternalStep(tx: DbOrTx, workspaceId: string, stepId: string, userIds: string[]): Promise<string[]> {
  const [step] = await tx.select({ visibility: journeySteps.visibility }).from(journeySteps).where(and(eq(journeySteps.id, stepId), eq(journeySteps.workspaceId, workspaceId)));
  if (step?.visibility !== "internal") return userIds;
  const partnerUsers = await tx
    .select({ userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, workspaceId), inArray(partnerMembers.userId, userIds)));
  const excluded = new Set(partnerUsers.map((p) => p.userId));
  return userIds.filter((id) => !excluded.has(id));
}

type NotificationRow = typeof notifications.$inferSelect;

function toNotification(row: NotificationRow): Notification {
  return { id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link, createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null };
}

const mine = (caller: Caller) => and(eq(notifications.workspaceId, caller.workspace.id), eq(notifications.userId, caller.actor.userId));

export async function listNotifications(ctx: AppContext, caller: Caller, query: NotificationQuery): Promise<NotificationList> {
  const where = query.unread ? and(mine(caller), isNull(notifications.readAt)) : mine(caller);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  // Both counts in one statement: the bell asks for them every 30 seconds per open tab.
  const [counts] = await ctx.db
    .select({ total: sql<number>`count(*)::int`, unread: sql<number>`(count(*) filter (where ${notifications.readAt} is null))::int` })
    .from(notifications)
    .where(mine(caller));
  const unread = counts?.unread ?? 0;
  return { items: rows.map(toNotification), total: query.unread ? unread : (counts?.total ?? 0), unread, page: query.page, pageSize: query.pageSize };
}

/** Marks one of the caller's own notifications read; anyone else's is 404, as if it did not exist. */
export async function markRead(ctx: AppContext, caller: Caller, notificationId: string): Promise<Notification> {
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${ctx.clock.now().toISOString()}::timestamptz)` })
    .where(and(mine(caller), eq(notifications.id, notificationId)))
    .returning();
  if (!row) throw notFound("That notification");
  return toNotification(row);
}

export async function markAllRead(ctx: AppContext, caller: Caller): Promise<{ updated: number }> {
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(mine(caller), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
