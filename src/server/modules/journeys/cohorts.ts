import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Cohort, CohortQuery, JourneyStatus } from "../../../domain/journeys/contracts";
import type { AppContext } from "../../context";
import { journeySteps, journeyTemplates, journeyTemplateVersions, journeys, partners, partnerTypes } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { deriveMany } from "./lean";

const dayMs = 24 * 3_600_000;
/** A cohort view reads at most this many journeys; filter by track or template beyond that. */
const cohortLimit = 5000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

const days = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / dayMs) * 10) / 10;

/**
 * The journeys of a track or template with their status (R-D3), and the cohort's figures (R-D5):
 * onboarding duration and time to each milestone, per partner and as medians.
 */
export async function cohort(ctx: AppContext, caller: Caller, query: CohortQuery): Promise<Cohort> {
  const now = ctx.clock.now();
  const filters: SQL[] = [eq(journeys.workspaceId, caller.workspace.id)];
  if (query.typeId) filters.push(eq(partners.typeId, query.typeId));
  if (query.templateId) filters.push(eq(journeyTemplates.id, query.templateId));
  const rows = await ctx.db
    .select({
      journey: journeys,
      partnerName: partners.name,
      partnerType: partnerTypes.name,
      templateId: journeyTemplates.id,
      templateName: journeyTemplates.name,
      latestTemplateVersion: journeyTemplates.latestVersion,
      templateVersion: journeyTemplateVersions.version,
    })
    .from(journeys)
    .innerJoin(partners, eq(partners.id, journeys.partnerId))
    .innerJoin(partnerTypes, eq(partnerTypes.id, partners.typeId))
    .innerJoin(journeyTemplateVersions, eq(journeyTemplateVersions.id, journeys.templateVersionId))
    .innerJoin(journeyTemplates, eq(journeyTemplates.id, journeyTemplateVersions.templateId))
    .where(and(...filters))
    .orderBy(desc(journeys.startedAt))
    .limit(cohortLimit);
  const derived = await deriveMany(ctx.db, rows.map((row) => row.journey.id), now);
  const milestones = rows.length === 0 ? [] : await ctx.db
    .select({ journeyId: journeySteps.journeyId, key: journeySteps.key, title: journeySteps.title, completedAt: journeySteps.completedAt, status: journeySteps.status })
    .from(journeySteps)
    .where(and(inArray(journeySteps.journeyId, rows.map((row) => row.journey.id)), eq(journeySteps.kind, "milestone")));

  const all = rows.map((row) => {
    const state = derived.get(row.journey.id);
    const reached = milestones.filter((m) => m.journeyId === row.journey.id && m.status === "done" && m.completedAt);
    const completedAt = state?.completedAt ?? null;
    return {
      id: row.journey.id,
      partnerId: row.journey.partnerId,
      partnerName: row.partnerName,
      partnerType: row.partnerType,
      name: row.journey.name,
      templateId: row.templateId,
      templateName: row.templateName,
      templateVersion: row.templateVersion,
      latestTemplateVersion: row.latestTemplateVersion,
      startedAt: row.journey.startedAt.toISOString(),
      completedAt: completedAt?.toISOString() ?? null,
      cancelledAt: row.journey.cancelledAt?.toISOString() ?? null,
      status: state?.status ?? "on_track",
      progress: state?.progress ?? { done: 0, total: 0, percent: 100 },
      plannedCompletionAt: state?.plannedCompletionAt?.toISOString() ?? null,
      projectedCompletionAt: state?.projectedCompletionAt?.toISOString() ?? null,
      version: row.journey.version,
      durationDays: days(row.journey.startedAt, completedAt ?? row.journey.cancelledAt ?? now),
      milestoneDays: Object.fromEntries(reached.map((m) => [m.key, days(row.journey.startedAt, m.completedAt ?? now)])),
    };
  });
  const byStatus: Record<JourneyStatus, number> = { on_track: 0, at_risk: 0, late: 0, done: 0, cancelled: 0 };
  for (const row of all) byStatus[row.status] += 1;
  const titles = new Map(milestones.map((m) => [m.key, m.title]));
  const filtered = query.status ? all.filter((row) => row.status === query.status) : all;
  const start = (query.page - 1) * query.pageSize;
  return {
    items: filtered.slice(start, start + query.pageSize),
    total: filtered.length,
    page: query.page,
    pageSize: query.pageSize,
    figures: {
      journeys: all.length,
      byStatus,
      medianDurationDays: median(all.filter((row) => row.status === "done").map((row) => row.durationDays)),
      milestones: [...titles].map(([key, title]) => {
        const values = all.flatMap((row) => (key in row.milestoneDays ? [row.milestoneDays[key] ?? 0] : []));
        return { key, title, reached: values.length, medianDays: median(values) };
      }),
    },
  };
}
