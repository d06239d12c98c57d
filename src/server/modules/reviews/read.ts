import { and, eq, inArray } from "drizzle-orm";
import type { QuarterlyReviews, QuarterReview, SideRating } from "../../../domain/reviews/contracts";
import { compareQuarters, quarterOf } from "../../../domain/reviews/quarter";
import { investigationTriggers, type ReviewRating } from "../../../domain/trust/quarterly-review";
import type { Side } from "../../../domain/trust/side";
import type { DbOrTx } from "../../db/client";
import { partners, quarterlyReviews, user } from "../../db/schema";
import { notFound } from "../../errors";

/*
 * Reading quarterly reviews: per quarter, each side's figures. The investigation a rating opened
 * is an internal journey step, so only staff (`withInvestigations`) learn of it.
 */

export type ReviewRow = typeof quarterlyReviews.$inferSelect;

export function ratingOf(row: Pick<ReviewRow, "side" | "trust" | "satisfaction" | "comment">): ReviewRating {
  return { side: row.side, trust: row.trust, satisfaction: row.satisfaction, comment: row.comment };
}

export async function partnerTimeZone(db: DbOrTx, workspaceId: string, partnerId: string): Promise<string> {
  const [row] = await db.select({ timeZone: partners.timeZone }).from(partners).where(and(eq(partners.workspaceId, workspaceId), eq(partners.id, partnerId)));
  if (!row) throw notFound("That partner");
  return row.timeZone;
}

/** The same side's latest rating of an earlier quarter (skipped quarters are skipped). */
export function previousOf(rows: readonly ReviewRow[], side: Side, quarter: string): ReviewRow | null {
  const earlier = rows.filter((row) => row.side === side && compareQuarters(row.quarter, quarter) < 0).sort((a, b) => compareQuarters(b.quarter, a.quarter));
  return earlier[0] ?? null;
}

function sideRating(row: ReviewRow, rows: readonly ReviewRow[], names: ReadonlyMap<string, string>, withInvestigations: boolean): SideRating {
  const previous = previousOf(rows, row.side, row.quarter);
  const reasons = investigationTriggers(previous ? ratingOf(previous) : null, ratingOf(row)).map((trigger) => trigger.explanation);
  const investigation = withInvestigations && (reasons.length > 0 || row.investigationStepId) ? { reasons, stepId: row.investigationStepId } : null;
  return {
    side: row.side,
    trust: row.trust,
    satisfaction: row.satisfaction,
    comment: row.comment,
    ratedBy: row.ratedBy ? { userId: row.ratedBy, name: names.get(row.ratedBy) ?? "" } : null,
    ratedAt: row.ratedAt.toISOString(),
    investigation,
  };
}

export async function readReviews(db: DbOrTx, workspaceId: string, partnerId: string, mySide: Side, now: Date): Promise<QuarterlyReviews> {
  const timeZone = await partnerTimeZone(db, workspaceId, partnerId);
  const rows = await db.select().from(quarterlyReviews).where(and(eq(quarterlyReviews.workspaceId, workspaceId), eq(quarterlyReviews.partnerId, partnerId)));
  const raters = [...new Set(rows.flatMap((row) => (row.ratedBy ? [row.ratedBy] : [])))];
  const names = new Map(raters.length === 0 ? [] : (await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, raters))).map((person) => [person.id, person.name]));
  const withInvestigations = mySide === "host";
  const byQuarter = new Map<string, QuarterReview>();
  for (const row of rows) {
    const entry = byQuarter.get(row.quarter) ?? { quarter: row.quarter, host: null, partner: null };
    entry[row.side] = sideRating(row, rows, names, withInvestigations);
    byQuarter.set(row.quarter, entry);
  }
  const quarters = [...byQuarter.values()].sort((a, b) => compareQuarters(b.quarter, a.quarter));
  return { currentQuarter: quarterOf(now, timeZone), mySide, quarters };
}
