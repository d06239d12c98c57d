import { and, asc, isNull, lte } from "drizzle-orm";
import type { Clock } from "../clock";
import type { Config } from "../config";
import type { Db, Tx } from "../db/client";
import { relationshipTimers } from "../db/schema";
import { resolutionTimerNotices } from "../modules/escalations/resolution-timer-notices";
import { recapTimerNotices } from "../modules/meetings/recap-timer-notices";
import { writeNotices, type Notice } from "../modules/notifications/deliver";
import { inIdList } from "../modules/notifications/id-list";
import type { ClaimedRelationshipTimer, RelationshipSubject } from "../modules/relationship-timers/schedule";

/*
 * The sweep of `relationship_timers` (recaps, resolution meetings), built like the journey timer
 * sweep (ADR 0008): due rows are claimed with SKIP LOCKED, marked fired, and the module that owns
 * each subject says who hears of it, all in one transaction. A handler returns no notice for a
 * timer whose reason went away (the recap was sent meanwhile), and the timer still counts as fired.
 */

export type RelationshipTimerHandler = (tx: Tx, timers: readonly ClaimedRelationshipTimer[], now: Date) => Promise<Notice[]>;

const handlers: Record<RelationshipSubject, RelationshipTimerHandler> = {
  meeting: recapTimerNotices,
  escalation: resolutionTimerNotices,
};

function isSubject(value: string): value is RelationshipSubject {
  return Object.hasOwn(handlers, value);
}

export interface RelationshipSweepDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, "publicUrl">;
}

/** Fires up to `limit` due relationship timers; answers how many it claimed. */
export async function sweepRelationshipTimers(deps: RelationshipSweepDeps, limit = 500): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const claimed = await tx
      .select()
      .from(relationshipTimers)
      .where(and(isNull(relationshipTimers.firedAt), lte(relationshipTimers.fireAt, now)))
      .orderBy(asc(relationshipTimers.fireAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (claimed.length === 0) return 0;
    await tx
      .update(relationshipTimers)
      .set({ firedAt: now })
      .where(inIdList(relationshipTimers.id, claimed.map((timer) => timer.id), "uuid"));
    const notices: Notice[] = [];
    for (const subjectType of Object.keys(handlers)) {
      if (!isSubject(subjectType)) continue;
      const mine = claimed.flatMap((row) => (row.subjectType === subjectType ? [{ ...row, subjectType }] : []));
      if (mine.length > 0) notices.push(...(await handlers[subjectType](tx, mine, now)));
    }
    await writeNotices(tx, deps.clock, notices, deps.config.publicUrl);
    return claimed.length;
  });
}

/** Sweeps until nothing is due. */
export async function sweepAllRelationshipTimers(deps: RelationshipSweepDeps, limit = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const claimed = await sweepRelationshipTimers(deps, limit);
    total += claimed;
    if (claimed < limit) return total;
  }
}
