import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { CalibrationInterview, CalibrationReport, CalibrationScope, InterviewerFigures } from "../../../domain/calibration/contracts";
import { calibrate, calibrationRule, type ScoredInterview } from "../../../domain/calibration/figures";
import { Recommendation } from "../../../domain/interviews/kit";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { interviewKits, interviewPanel, interviews, partners, scorecards, staffCertifications, user } from "../../db/schema";
import { badRequest } from "../../errors";
import type { Caller } from "../../plugins/route-kit";

/** One report holds this many interviews, newest first; more says "narrow the filters". */
export const reportLimit = 1000;
const dayMs = 86_400_000;

// The stored jsonb is read leniently: a malformed entry is left out rather than failing the page.
const StoredCriteria = z.array(z.object({ key: z.string(), name: z.string() })).catch([]);
const StoredScores = z.record(z.string(), z.object({ score: z.number() }).catch({ score: Number.NaN })).catch({});
const StoredStages = z.array(z.object({ key: z.string(), name: z.string() })).catch([]);

/** Figures for every interviewer over the interviews in scope, with those interviews and the kits to filter by. */
export async function calibrationReport(ctx: AppContext, caller: Caller, scope: CalibrationScope): Promise<CalibrationReport> {
  const workspaceId = caller.workspace.id;
  const kits = await kitsOf(ctx.db, workspaceId);
  if (scope.kitId && !kits.some((kit) => kit.id === scope.kitId)) throw badRequest("That interview kit does not exist in this workspace.", [{ path: "querystring.kitId", message: "no such interview kit" }]);
  const rows = await ctx.db
    .select({ id: interviews.id, partnerId: interviews.partnerId, partnerName: partners.name, kitId: interviews.kitId, kitName: interviewKits.name, stageKey: interviews.stageKey, stageName: interviews.stageName, startsAt: interviews.startsAt, criteria: interviews.criteria })
    .from(interviews)
    .innerJoin(partners, eq(partners.id, interviews.partnerId))
    .innerJoin(interviewKits, eq(interviewKits.id, interviews.kitId))
    .where(and(...scopeFilter(workspaceId, scope)))
    .orderBy(desc(interviews.startsAt), asc(interviews.id))
    .limit(reportLimit + 1);
  const truncated = rows.length > reportLimit;
  const inScope = rows.slice(0, reportLimit);
  const ids = inScope.map((row) => row.id);
  const [cards, panel, certified] = await Promise.all([submittedCards(ctx.db, ids), panelOf(ctx.db, ids), certifiedIds(ctx.db, workspaceId)]);

  const cardsOf = groupBy(cards, (c) => c.interviewId);
  const panelsOf = groupBy(panel, (m) => m.interviewId);
  const scored: ScoredInterview[] = inScope.map((row) => ({ id: row.id, scorecards: cardsOf.get(row.id) ?? [] }));
  const people = new Map([...panel, ...cards].map((person) => [person.userId, { name: person.name, email: person.email }]));
  const interviewers: InterviewerFigures[] = calibrate(scored).map((figures) => ({
    userId: figures.userId,
    name: people.get(figures.userId)?.name ?? "",
    email: people.get(figures.userId)?.email ?? "",
    certified: certified.has(figures.userId),
    overall: figures.overall,
    byCriterion: Object.entries(figures.byCriterion).map(([key, comparison]) => ({ key, ...comparison })),
    recommendations: figures.recommendations,
  }));
  interviewers.sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));

  // Listed: the interviews that have at least one submitted scorecard, with who has submitted.
  const listed: CalibrationInterview[] = inScope.flatMap((row) => {
    const submitted = new Set((cardsOf.get(row.id) ?? []).map((c) => c.userId));
    if (submitted.size === 0) return [];
    const members = (panelsOf.get(row.id) ?? []).map(({ userId, name, email }) => ({ userId, name, email, submitted: submitted.has(userId) }));
    return [{ id: row.id, partnerId: row.partnerId, partnerName: row.partnerName, kitId: row.kitId, kitName: row.kitName, stageKey: row.stageKey, stageName: row.stageName, startsAt: row.startsAt.toISOString(), panel: members }];
  });
  return {
    rule: calibrationRule,
    scope: { kitId: scope.kitId ?? null, stageKey: scope.stageKey ?? null, from: scope.from ?? null, to: scope.to ?? null },
    criteria: criteriaOf(inScope),
    interviewers,
    interviews: listed,
    truncated,
    kits,
  };
}

/** Cancelled interviews are never calibrated; days are whole UTC days, both ends included. */
function scopeFilter(workspaceId: string, scope: CalibrationScope): SQL[] {
  const filters: SQL[] = [eq(interviews.workspaceId, workspaceId), ne(interviews.status, "cancelled")];
  if (scope.kitId) filters.push(eq(interviews.kitId, scope.kitId));
  if (scope.stageKey) filters.push(eq(interviews.stageKey, scope.stageKey));
  if (scope.from) filters.push(gte(interviews.startsAt, new Date(`${scope.from}T00:00:00Z`)));
  if (scope.to) filters.push(lt(interviews.startsAt, new Date(Date.parse(`${scope.to}T00:00:00Z`) + dayMs)));
  return filters;
}

/** Criteria in the order the newest interviews list them; a renamed criterion shows its newest name. */
function criteriaOf(rows: readonly { criteria: unknown }[]) {
  const seen = new Map<string, string>();
  for (const row of rows) {
    for (const criterion of StoredCriteria.parse(row.criteria)) if (!seen.has(criterion.key)) seen.set(criterion.key, criterion.name);
  }
  return [...seen.entries()].map(([key, name]) => ({ key, name }));
}

async function submittedCards(db: DbOrTx, interviewIds: string[]) {
  if (interviewIds.length === 0) return [];
  const rows = await db
    .select({ interviewId: scorecards.interviewId, userId: user.id, name: user.name, email: user.email, scores: scorecards.scores, recommendation: scorecards.recommendation })
    .from(scorecards)
    .innerJoin(user, eq(user.id, scorecards.interviewerUserId))
    .where(and(inArray(scorecards.interviewId, interviewIds), isNotNull(scorecards.submittedAt)));
  return rows.map((row) => ({
    interviewId: row.interviewId,
    interviewerUserId: row.userId,
    userId: row.userId,
    name: row.name,
    email: row.email,
    scores: Object.fromEntries(Object.entries(StoredScores.parse(row.scores)).filter(([, entry]) => Number.isFinite(entry.score))),
    recommendation: Recommendation.nullable().catch(null).parse(row.recommendation),
  }));
}

async function panelOf(db: DbOrTx, interviewIds: string[]) {
  if (interviewIds.length === 0) return [];
  return db
    .select({ interviewId: interviewPanel.interviewId, userId: user.id, name: user.name, email: user.email })
    .from(interviewPanel)
    .innerJoin(user, eq(user.id, interviewPanel.userId))
    .where(inArray(interviewPanel.interviewId, interviewIds))
    .orderBy(asc(user.name));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

async function certifiedIds(db: DbOrTx, workspaceId: string): Promise<Set<string>> {
  const rows = await db.select({ userId: staffCertifications.userId }).from(staffCertifications).where(and(eq(staffCertifications.workspaceId, workspaceId), eq(staffCertifications.kind, "culture_interviews")));
  return new Set(rows.map((row) => row.userId));
}

/** The workspace's kits with their stages, archived ones too: old interviews still name them. */
export async function kitsOf(db: DbOrTx, workspaceId: string) {
  const rows = await db.select({ id: interviewKits.id, name: interviewKits.name, stages: interviewKits.stages }).from(interviewKits).where(eq(interviewKits.workspaceId, workspaceId)).orderBy(asc(interviewKits.name));
  return rows.map((row) => ({ id: row.id, name: row.name, stages: StoredStages.parse(row.stages).map(({ key, name }) => ({ key, name })) }));
}
