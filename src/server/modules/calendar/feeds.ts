import { and, eq, isNull } from "drizzle-orm";
import type { CalendarFeedStatus, CreatedCalendarFeed } from "../../../domain/calendar/contracts";
import type { AppContext } from "../../context";
import { calendarFeeds } from "../../db/schema";
import { conflict } from "../../errors";
import { hashSecret, newId, newSecret } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";

/*
 * A person's private calendar feed in one workspace (R-H2). The URL's secret is the only
 * credential a calendar app can send, so it is shown once and stored only as its SHA-256: a
 * database leak does not leak working feeds. At most one feed per person and workspace is active
 * (a partial unique index); making a new one revokes the old one in the same transaction.
 */

/** The public address of a feed; calendar apps fetch it without a session. */
export function feedUrl(publicUrl: string, secret: string): string {
  return `${publicUrl}/api/calendar/${secret}.ics`;
}

const mine = (caller: Caller) => and(eq(calendarFeeds.workspaceId, caller.workspace.id), eq(calendarFeeds.userId, caller.actor.userId), isNull(calendarFeeds.revokedAt));

export async function calendarFeedStatus(ctx: AppContext, caller: Caller): Promise<CalendarFeedStatus> {
  const [row] = await ctx.db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(mine(caller));
  return row ? { active: true, createdAt: row.createdAt.toISOString() } : { active: false, createdAt: null };
}

/** Turns my feed on, or replaces it: the previous address stops working in the same commit. */
export async function createCalendarFeed(ctx: AppContext, caller: Caller): Promise<CreatedCalendarFeed> {
  const secret = newSecret();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const revoked = await tx.update(calendarFeeds).set({ revokedAt: now }).where(mine(caller)).returning({ id: calendarFeeds.id });
    const [row] = await tx
      .insert(calendarFeeds)
      .values({ id: newId(), workspaceId: caller.workspace.id, userId: caller.actor.userId, secretHash: hashSecret(secret), createdAt: now })
      // Two clicks at once: the second finds the first's active feed under the unique index.
      .onConflictDoNothing()
      .returning({ id: calendarFeeds.id });
    if (!row) throw conflict("Your calendar feed was changed at the same moment from somewhere else. Reload the page and try again.");
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: revoked.length > 0 ? "calendar_feed.regenerated" : "calendar_feed.created",
      entityType: "calendar_feed",
      entityId: row.id,
      after: { userId: caller.actor.userId },
    });
    return { url: feedUrl(ctx.config.publicUrl, secret), createdAt: now.toISOString() };
  });
}

/** Turns my feed off; turning off a feed that is already off is not an error. */
export async function revokeCalendarFeed(ctx: AppContext, caller: Caller): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const revoked = await tx.update(calendarFeeds).set({ revokedAt: ctx.clock.now() }).where(mine(caller)).returning({ id: calendarFeeds.id });
    for (const feed of revoked) {
      await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "calendar_feed.revoked", entityType: "calendar_feed", entityId: feed.id, before: { userId: caller.actor.userId } });
    }
  });
}
