import { and, asc, isNull, lte } from "drizzle-orm";
import type { FastifyBaseLogger as Logger } from "fastify";
import type { FiredTimer } from "../../domain/notifications/schemas";
import type { Clock } from "../clock";
import type { Config } from "../config";
import type { Db } from "../db/client";
import { journeyTimers } from "../db/schema";
import { writeNotices } from "../modules/notifications/deliver";
import { inIdList } from "../modules/notifications/id-list";
import { startPeriodicJob } from "./periodic";
import { sweepAllRelationshipTimers } from "./sweep-relationship-timers";
import { noticesFor } from "./timer-recipients";

/*
 * The timer sweep (ADR 0008): claims due rows of `journey_timers` with FOR UPDATE SKIP LOCKED,
 * marks them fired and writes their notifications and emails in the same transaction. Two
 * sweeps at once (two server processes) never claim the same row, and the unique keys of
 * notifications and outbox back that up, so every reminder, overdue notice and escalation goes
 * out exactly once. `now` comes from the clock, so tests move time without the database's.
 */

export interface SweepDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, "publicUrl">;
  log: Logger;
}

export const defaultSweepLimit = 500;

/** Handles up to `limit` due timers in one transaction and says what it did with each. */
export async function sweepDueTimers(deps: SweepDeps, options: { limit?: number } = {}): Promise<FiredTimer[]> {
  const now = deps.clock.now();
  const limit = options.limit ?? defaultSweepLimit;
  return deps.db.transaction(async (tx) => {
    // The partial index on fire_at (where fired_at is null) makes this cost what is due, not what exists.
    const claimed = await tx
      .select({ id: journeyTimers.id, workspaceId: journeyTimers.workspaceId, stepId: journeyTimers.stepId, kind: journeyTimers.kind, dueAt: journeyTimers.dueAt })
      .from(journeyTimers)
      .where(and(isNull(journeyTimers.firedAt), lte(journeyTimers.fireAt, now)))
      .orderBy(asc(journeyTimers.fireAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (claimed.length === 0) return [];
    await tx
      .update(journeyTimers)
      .set({ firedAt: now })
      .where(inIdList(journeyTimers.id, claimed.map((t) => t.id), "uuid"));
    const { fired, notices } = await noticesFor(tx, claimed, now);
    await writeNotices(tx, deps.clock, notices, deps.config.publicUrl);
    return fired;
  });
}

/**
 * Sweeps until nothing is due (a backlog after downtime is worked off in batches): the journey
 * timers, then the relationship timers (recaps, resolution meetings). Answers the journey timers
 * fired; the relationship ones show as the notices they wrote.
 */
export async function sweepAllDue(deps: SweepDeps, options: { limit?: number; keepGoing?: () => boolean } = {}): Promise<FiredTimer[]> {
  const limit = options.limit ?? defaultSweepLimit;
  const all: FiredTimer[] = [];
  for (;;) {
    const batch = await sweepDueTimers(deps, { limit });
    all.push(...batch);
    if (batch.length < limit || options.keepGoing?.() === false) break;
  }
  await sweepAllRelationshipTimers(deps, limit);
  return all;
}

/**
 * Runs the sweep every `intervalMs` in this process until stopped. Every server process runs
 * one; SKIP LOCKED lets them share the work instead of repeating it.
 */
const firstSweepDelayMs = 5_000;

export function startTimerSweeper(deps: SweepDeps & { intervalMs: number }) {
  return startPeriodicJob({
    intervalMs: deps.intervalMs,
    // The first sweep waits a moment: on the embedded database it would queue in front of the
    // first requests (after a pause there can be many notices to write), and start-up stays fast.
    firstDelayMs: firstSweepDelayMs,
    log: deps.log,
    failure: "journey timer sweep failed; it runs again at the next interval",
    run: async (stopped) => {
      const fired = await sweepAllDue(deps, { keepGoing: () => !stopped() });
      if (fired.length > 0) deps.log.info({ fired: fired.length, skipped: fired.filter((f) => f.skipped).length }, "journey timers swept");
    },
  });
}
