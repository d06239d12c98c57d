import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregateHistory } from "../../src/domain/health/aggregate";
import { addDays, addHours } from "../../src/domain/health/durations";
import { healthFromAggregates } from "../../src/domain/health/score";
import { escalations, journeySteps, journeyTimers, partnerMeetings, partnerPreferences, quarterlyReviews, relationshipTimers } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { selectHealthAggregates } from "../../src/server/modules/health/aggregates-sql";
import { loadHealthHistory } from "../../src/server/modules/health/history";
import { insertJourney } from "../factories/journeys";
import type { World } from "../factories/world";
import { createTestWorld, type TestApp } from "../support/test-app";

/*
 * The portfolio's SQL aggregates and the domain's replay of the loaded history must agree on
 * every figure at every date (ADR 0017): one crafted year of partner A is compared at many dates.
 */

let t: TestApp & { world: World };
const start = new Date("2026-01-05T09:00:00.000Z");
const at = (days: number, hours = 0) => addHours(addDays(start, days), hours);

beforeAll(async () => {
  t = await createTestWorld();
  const { acme, partners, staff, partnerUsers } = t.world;
  const ws = acme.id;
  const partnerId = partners.a;
  const db = t.ctx.db;
  // 40 steps, every ninth day: some done on time, some late, some skipped, the rest open.
  const journey = await insertJourney(db, {
    workspaceId: ws,
    partnerId,
    startedAt: start,
    steps: Array.from({ length: 40 }, (_, n) => ({ key: `s${n}`, visibility: n % 3 === 0 ? "internal" : "shared", dueAt: at(9 * n + 3), status: n % 11 === 5 ? "skipped" : "open" })),
  });
  for (const [n, step] of journey.steps.entries()) {
    if (n % 11 === 5 || n % 4 === 3) continue;
    const late = n % 5 === 1 ? 30 + n : 0;
    await db.update(journeySteps).set({ status: "done", completedAt: addHours(step.dueAt ?? start, late - 2) }).where(eq(journeySteps.id, step.id));
  }
  // Fired escalation timers: on a step still open (a breach), on a step done before it fired (none),
  // and a reminder (none).
  const doneEarly = journey.steps[0];
  const leftOpen = journey.steps[3];
  await db.insert(journeyTimers).values([
    { id: newId(), workspaceId: ws, stepId: doneEarly?.id ?? "", kind: "escalation", dueAt: at(3), fireAt: at(6), firedAt: at(6) },
    { id: newId(), workspaceId: ws, stepId: leftOpen?.id ?? "", kind: "escalation", dueAt: at(30), fireAt: at(200), firedAt: at(200) },
    { id: newId(), workspaceId: ws, stepId: leftOpen?.id ?? "", kind: "reminder", dueAt: at(30), fireAt: at(201), firedAt: at(201) },
  ]);
  // A meeting every 12 days for the first 200 days, then a gap; one cancelled one ignored.
  const meetings = Array.from({ length: 18 }, (_, n) => ({
    id: newId(),
    workspaceId: ws,
    partnerId,
    kind: n === 0 ? "kickoff" : "check_in",
    title: `Meeting ${n}`,
    startsAt: at(12 * n),
    endsAt: at(12 * n, 1),
    heldAt: at(12 * n, 1),
    cancelledAt: n === 7 ? at(12 * n - 1) : null,
    createdAt: at(12 * n - 2),
  }));
  await db.insert(partnerMeetings).values(meetings);
  // Recap escalations: one whose recap never went out (a breach), one that fired after the recap was sent (none).
  const recapSent = meetings[3];
  await db.update(partnerMeetings).set({ recapSentAt: at(36, 5) }).where(eq(partnerMeetings.id, recapSent?.id ?? ""));
  await db.insert(relationshipTimers).values([
    { id: newId(), workspaceId: ws, partnerId, subjectType: "meeting", subjectId: meetings[2]?.id ?? "", kind: "recap.escalation", fireAt: at(250), firedAt: at(250) },
    { id: newId(), workspaceId: ws, partnerId, subjectType: "meeting", subjectId: recapSent?.id ?? "", kind: "recap.escalation", fireAt: at(260), firedAt: at(260) },
    { id: newId(), workspaceId: ws, partnerId, subjectType: "meeting", subjectId: newId(), kind: "recap.reminder", fireAt: at(249), firedAt: at(249) },
  ]);
  await db.insert(partnerPreferences).values([
    { workspaceId: ws, partnerId, userId: staff.manager.id, side: "host", answers: { meetingFrequency: "monthly" }, answeredAt: at(-3) },
    { workspaceId: ws, partnerId, userId: partnerUsers.aAdmin.id, side: "partner", answers: { meetingFrequency: "every_two_weeks" }, answeredAt: at(-2) },
  ]);
  // Escalations both ways: answered fast, answered slowly, never answered; one resolved.
  const escalation = (n: number, side: "host" | "partner", answeredAfterHours: number | null, resolvedAfterDays: number | null) => ({
    id: newId(),
    workspaceId: ws,
    partnerId,
    title: `Escalation ${n}`,
    raisedSide: side,
    raisedAt: at(20 * n + 10),
    raiserPerspective: "What we saw",
    answeredAt: answeredAfterHours === null ? null : addHours(at(20 * n + 10), answeredAfterHours),
    resolvedAt: resolvedAfterDays === null ? null : at(20 * n + 10 + resolvedAfterDays),
  });
  await db.insert(escalations).values([
    escalation(1, "host", 5, 2),
    escalation(2, "host", 80, 6),
    escalation(3, "partner", 20, 1),
    escalation(4, "partner", null, null),
    escalation(5, "host", 3, null),
    escalation(6, "partner", 30, 3),
    escalation(15, "host", null, null),
  ]);
  // Quarterly reviews: the partner side drops, the host side is steady; one opens an investigation.
  const investigation = journey.steps[20]?.id ?? null;
  const review = (quarter: string, side: "host" | "partner", trust: number, satisfaction: number, day: number, stepId: string | null = null) => ({
    id: newId(),
    workspaceId: ws,
    partnerId,
    quarter,
    side,
    trust,
    satisfaction,
    ratedBy: side === "host" ? staff.manager.id : partnerUsers.aAdmin.id,
    ratedAt: at(day),
    investigationStepId: stepId,
  });
  await db.insert(quarterlyReviews).values([
    review("2026-Q1", "host", 8, 7, 80),
    review("2026-Q1", "partner", 9, 8, 81),
    review("2026-Q2", "host", 8, 8, 170),
    review("2026-Q2", "partner", 6, 5, 171, investigation),
    review("2026-Q3", "partner", 7, 7, 262),
  ]);
});

afterAll(async () => {
  await t.close();
});

/** Numbers rounded so that SQL's and JavaScript's last floating-point bits do not matter. */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, rounded(entry)]));
  return value;
}

describe("health aggregates: SQL against the domain's replay", () => {
  const dates = [-1, 0, 2, 7, 13.5, 30, 61, 90, 95, 120, 171.5, 180, 200, 230, 251, 263, 300, 340, 364].map((days) => at(days));

  it.each(dates.map((date) => [date.toISOString(), date] as const))("agree on every figure at %s", async (_label, now) => {
    const { acme, partners } = t.world;
    const fromSql = (await selectHealthAggregates(t.ctx.db, acme.id, [partners.a], now)).get(partners.a);
    const history = await loadHealthHistory(t.ctx.db, acme.id, partners.a, now);
    expect(history).not.toBeNull();
    if (!history || !fromSql) throw new Error("no aggregates");
    expect(rounded(fromSql)).toEqual(rounded(aggregateHistory(history, now)));
  });

  it("reads the partner side's preferred rhythm and a history rich enough to measure every factor", async () => {
    const { acme, partners } = t.world;
    const now = at(263);
    const aggregates = (await selectHealthAggregates(t.ctx.db, acme.id, [partners.a], now)).get(partners.a);
    expect(aggregates?.meetingEveryDays).toBe(14);
    expect(aggregates?.slaBreachesLast90Days).toBe(2);
    expect(aggregates?.ratings.partner).toMatchObject({ latest: 7, previous: 5 });
    expect(aggregates?.openIssues.count).toBeGreaterThanOrEqual(2);
    if (!aggregates) return;
    const health = healthFromAggregates(aggregates, now);
    expect(health.basedOnWeight).toBe(100);
    expect(health.factors.every((factor) => factor.status === "measured")).toBe(true);
  });

  it("answers a partner with no history and leaves out partners of other workspaces", async () => {
    const { acme, globex, partners } = t.world;
    const now = at(10);
    const result = await selectHealthAggregates(t.ctx.db, acme.id, [partners.b], now);
    expect([...result.keys()]).toEqual([partners.b]);
    expect(result.get(partners.b)).toMatchObject({ daysSinceLastMeeting: null, meetingsLast90Days: 0, steps: { due: 0 }, slaBreachesLast90Days: 0, openIssues: { count: 0 } });
    expect(await selectHealthAggregates(t.ctx.db, globex.id, [partners.a], now)).toEqual(new Map());
  });
});
