import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { FastifyBaseLogger as Logger } from "fastify";
import { healthStages } from "../../../domain/health/contracts";
import type { HealthScore } from "../../../domain/health/schemas";
import { healthFromAggregates } from "../../../domain/health/score";
import { startPeriodicJob } from "../../jobs/periodic";
import type { Clock } from "../../clock";
import type { Db, DbOrTx } from "../../db/client";
import { partnerHealth, partners } from "../../db/schema";
import { selectHealthAggregates } from "./aggregates-sql";

/*
 * Keeps `partner_health` (one row per partner) up to date, so the portfolio reads stored rows
 * and never a year of history (ADR 0017). A batch is one aggregate statement, scoring in JS with
 * the domain's `healthFromAggregates`, and one upsert. The periodic job refreshes every live
 * partner; reading a scorecard refreshes that partner first (write-through).
 */

/** Partners per aggregate statement: large enough to amortise the scans, small enough to keep each transaction short. */
export const refreshBatchSize = 500;

/** Scores the given partners at `now` and stores the scores; answers them by partner id. */
export async function refreshPartnersHealth(db: DbOrTx, workspaceId: string, partnerIds: readonly string[], now: Date): Promise<Map<string, HealthScore>> {
  const aggregates = await selectHealthAggregates(db, workspaceId, partnerIds, now);
  const scores = new Map([...aggregates].map(([partnerId, entry]) => [partnerId, healthFromAggregates(entry, now)]));
  if (scores.size === 0) return scores;
  const rows = [...scores].map(([partnerId, health]) => ({
    partnerId,
    workspaceId,
    score: health.score,
    band: health.band,
    basedOnWeight: health.basedOnWeight,
    factors: health.factors,
    openIssues: aggregates.get(partnerId)?.openIssues.count ?? 0,
    computedAt: now,
  }));
  await db
    .insert(partnerHealth)
    .values(rows)
    .onConflictDoUpdate({
      target: partnerHealth.partnerId,
      set: {
        score: sql`excluded.score`,
        band: sql`excluded.band`,
        basedOnWeight: sql`excluded.based_on_weight`,
        factors: sql`excluded.factors`,
        openIssues: sql`excluded.open_issues`,
        computedAt: sql`excluded.computed_at`,
      },
    });
  return scores;
}

/** Refreshes every live partner of a workspace, batch by batch in id order; answers how many were scored. */
export async function refreshWorkspaceHealth(db: Db, workspaceId: string, now: Date, batchSize = refreshBatchSize): Promise<number> {
  let after: string | null = null;
  let scored = 0;
  for (;;) {
    const scope = and(eq(partners.workspaceId, workspaceId), inArray(partners.stage, [...healthStages]), after === null ? undefined : gt(partners.id, after));
    const batch = await db.select({ id: partners.id }).from(partners).where(scope).orderBy(asc(partners.id)).limit(batchSize);
    if (batch.length === 0) return scored;
    const ids = batch.map((row) => row.id);
    await db.transaction((tx) => refreshPartnersHealth(tx, workspaceId, ids, now));
    scored += ids.length;
    after = ids.at(-1) ?? null;
    if (batch.length < batchSize) return scored;
  }
}

/** Every workspace with a live partner. */
export async function refreshAllHealth(db: Db, now: Date): Promise<number> {
  const workspaces = await db.selectDistinct({ workspaceId: partners.workspaceId }).from(partners).where(inArray(partners.stage, [...healthStages]));
  let scored = 0;
  for (const { workspaceId } of workspaces) scored += await refreshWorkspaceHealth(db, workspaceId, now);
  return scored;
}

/** The periodic refresh, started beside the timer sweeper; `stop` waits for a running pass. */
export function startHealthRefresher(deps: { db: Db; clock: Clock; log: Logger; intervalMs: number }) {
  return startPeriodicJob({
    intervalMs: deps.intervalMs,
    firstDelayMs: 10_000,
    log: deps.log,
    failure: "relationship health refresh failed; it runs again at the next interval",
    run: async () => {
      const began = performance.now();
      const scored = await refreshAllHealth(deps.db, deps.clock.now());
      deps.log.info({ scored, ms: Math.round(performance.now() - began) }, "relationship health refreshed");
    },
  });
}
