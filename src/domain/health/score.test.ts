import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateHistory } from "./aggregate";
import { addDays, addHours } from "./durations";
import type { HealthHistory, Side } from "./schemas";
import { HealthHistory as HealthHistorySchema, HealthScore } from "./schemas";
import { bandOf, combineFactors, healthFromAggregates, healthOf } from "./score";

const start = new Date("2026-01-05T09:00:00Z");
const iso = (date: Date) => date.toISOString();
const day = (n: number) => addDays(start, n);

function history(overrides: Partial<HealthHistory> = {}): HealthHistory {
  return HealthHistorySchema.parse({ startedAt: iso(start), ...overrides });
}

function factor(score: HealthScore, key: string) {
  const found = score.factors.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no factor ${key}`);
  return found;
}

/** Questions asked by one side on days 1, 2, 3…, each answered after `hours`. */
function answersBy(side: Side, hours: number, count = 4): HealthHistory["messages"] {
  const askedBy: Side = side === "host" ? "partner" : "host";
  return Array.from({ length: count }, (_, index) => ({ askedBy, askedAt: iso(day(index + 1)), answeredAt: iso(addHours(day(index + 1), hours)) }));
}

describe("health score", () => {
  it("gives a new partner on day one a score, marks what it cannot know yet and never says NaN", () => {
    const score = healthOf(history(), start);
    expect(HealthScore.parse(score)).toEqual(score);
    expect(score.score).toBe(100);
    expect(score.band).toBe("healthy");
    expect(score.basedOnWeight).toBe(20);
    const unmeasured = score.factors.filter((entry) => entry.status === "not_enough_data").map((entry) => entry.key);
    expect(unmeasured).toEqual(["communication", "responsiveness", "satisfaction", "progress"]);
    expect(factor(score, "sla_breaches").effectiveWeight).toBe(50);
    expect(factor(score, "communication").effectiveWeight).toBe(0);
    expect(JSON.stringify(score)).not.toContain("NaN");
  });

  it("explains a long silence the way a manager would say it", () => {
    const score = healthOf(history({ meetings: [{ kind: "alignment", heldAt: iso(day(2)) }] }), day(37));
    const communication = factor(score, "communication");
    expect(communication.explanation).toBe("No meeting in the last 35 days; the plan asks for one every 14.");
    expect(communication.score).toBe(25);
    expect(communication.figures).toMatchObject({ daysSinceLastMeeting: 35, meetingEveryDays: 14, meetingsLast90Days: 1 });
  });

  it("gives full marks for meetings that keep the plan's rhythm", () => {
    const communication = factor(healthOf(history({ meetings: [{ kind: "check_in", heldAt: iso(day(10)) }] }), day(11)), "communication");
    expect(communication).toMatchObject({ score: 100, explanation: "Last meeting 1 day ago; the plan asks for one every 14." });
  });

  it("counts the days since the start against a partner who never met once the first meeting is overdue", () => {
    const communication = factor(healthOf(history(), day(60)), "communication");
    expect(communication).toMatchObject({ score: 0, status: "measured", explanation: "No meeting in the last 60 days; the plan asks for one every 14." });
  });

  it("marks a partner who answers within a day as responsive and one who takes a week as slow", () => {
    const quick = factor(healthOf(history({ messages: answersBy("partner", 6) }), day(20)), "responsiveness");
    expect(quick.score).toBe(100);
    expect(quick.explanation).toBe("Partner takes 6 hours (median, responsive); host: not enough answers yet.");
    const withinTheHour = factor(healthOf(history({ messages: answersBy("partner", 1) }), day(20)), "responsiveness");
    expect(withinTheHour.explanation).toContain("Partner takes 1 hour (median, responsive)");
    const slow = factor(healthOf(history({ messages: answersBy("partner", 7 * 24) }), day(20)), "responsiveness");
    expect(slow.score).toBe(0);
    expect(slow.explanation).toContain("Partner takes 7 days (median, slow)");
  });

  it("measures each side on its own and weighs them alike", () => {
    const messages = [...answersBy("partner", 12), ...answersBy("host", 96)];
    const responsiveness = factor(healthOf(history({ messages }), day(20)), "responsiveness");
    expect(responsiveness.figures).toMatchObject({ partnerMedianHours: 12, hostMedianHours: 96, partnerSamples: 4, hostSamples: 4 });
    expect(responsiveness.score).toBe(75);
    expect(responsiveness.explanation).toBe("Partner takes 12 hours (median, responsive); host takes 4 days (median, getting slow).");
  });

  it("counts a question left unanswered for days as slow instead of ignoring it", () => {
    const unanswered: HealthHistory["messages"] = Array.from({ length: 3 }, (_, index) => ({ askedBy: "host", askedAt: iso(day(index)), answeredAt: null }));
    const aggregates = aggregateHistory(history({ messages: unanswered }), day(10));
    expect(aggregates.response.partner).toEqual({ medianHours: 9 * 24, samples: 3 });
  });

  it("leaves out a question asked an hour ago: it may still be answered in time", () => {
    const messages: HealthHistory["messages"] = [{ askedBy: "host", askedAt: iso(addHours(day(5), -1)), answeredAt: null }];
    expect(aggregateHistory(history({ messages }), day(5)).response.partner.samples).toBe(0);
  });

  it("counts a step done by its due date as keeping nobody waiting and a late one from its due date on", () => {
    const steps: HealthHistory["steps"] = [
      { side: "host", dueAt: iso(day(3)), completedAt: iso(day(2)) },
      { side: "host", dueAt: iso(day(3)), completedAt: iso(day(5)) },
      { side: "host", dueAt: iso(day(3)), completedAt: iso(day(3)) },
    ];
    expect(aggregateHistory(history({ steps }), day(10)).response.host).toEqual({ medianHours: 0, samples: 3 });
  });

  it("takes the latest rating of each side and names a drop of two points or more", () => {
    const ratings: HealthHistory["ratings"] = [
      { side: "partner", score: 9, ratedAt: iso(day(30)) },
      { side: "partner", score: 6, ratedAt: iso(day(120)) },
      { side: "host", score: 8, ratedAt: iso(day(120)) },
    ];
    const satisfaction = factor(healthOf(history({ ratings }), day(121)), "satisfaction");
    expect(satisfaction.score).toBe(67);
    expect(satisfaction.explanation).toBe("Partner rates 6/10, host rates 8/10. A drop of 3 points since the last rating calls for a look.");
  });

  it("uses the one side that rated when the other has not", () => {
    const satisfaction = factor(healthOf(history({ ratings: [{ side: "host", score: 10, ratedAt: iso(day(1)) }] }), day(2)), "satisfaction");
    expect(satisfaction).toMatchObject({ score: 100, explanation: "Partner has not rated yet, host rates 10/10." });
  });

  it("lets the rating recorded last win when two share the same instant", () => {
    const ratings: HealthHistory["ratings"] = [
      { side: "partner", score: 3, ratedAt: iso(day(1)) },
      { side: "partner", score: 7, ratedAt: iso(day(1)) },
    ];
    expect(aggregateHistory(history({ ratings }), day(2)).ratings.partner).toEqual({ latest: 7, previous: 3, latestAt: iso(day(1)) });
  });

  it("credits steps on time fully, late ones half and overdue ones not at all", () => {
    const steps: HealthHistory["steps"] = [
      { side: "partner", dueAt: iso(day(5)), completedAt: iso(day(4)) },
      { side: "partner", dueAt: iso(day(5)), completedAt: iso(day(8)) },
      { side: "partner", dueAt: iso(day(6)), completedAt: null },
      { side: "host", dueAt: iso(day(6)), completedAt: iso(day(30)) },
      { side: "host", dueAt: iso(day(40)), completedAt: null },
      { side: "host", dueAt: null, completedAt: null },
    ];
    const progress = factor(healthOf(history({ steps }), day(10)), "progress");
    expect(progress.score).toBe(38);
    expect(progress.figures).toEqual({ due: 4, doneOnTime: 1, doneLate: 1, overdueHost: 1, overduePartner: 1 });
    expect(progress.explanation).toBe("1 of 4 steps due so far were done on time, 1 late, 2 overdue (1 on the partner's side, 1 on the host's).");
  });

  it("compares instants, not strings, when offsets differ", () => {
    // 10:00 at +02:00 is 08:00 UTC, before the 09:00 UTC due date.
    const steps: HealthHistory["steps"] = [{ side: "partner", dueAt: "2026-01-10T09:00:00Z", completedAt: "2026-01-10T10:00:00+02:00" }];
    expect(factor(healthOf(history({ steps }), day(10)), "progress").explanation).toBe("1 of 1 steps due so far were done on time, 0 late, none overdue.");
  });

  it("forgets SLA breaches older than a quarter", () => {
    const slaBreaches = [{ at: iso(day(5)) }, { at: iso(day(100)) }, { at: iso(day(101)) }, { at: iso(day(200)) }];
    const sla = factor(healthOf(history({ slaBreaches }), day(120)), "sla_breaches");
    expect(sla).toMatchObject({ score: 50, explanation: "2 SLA breaches in the last 90 days." });
    expect(factor(healthOf(history({ slaBreaches: [{ at: iso(day(1)) }] }), day(2)), "sla_breaches").explanation).toBe("1 SLA breach in the last 90 days.");
  });

  it("weighs an escalation left open past 48 hours twice as heavily as a fresh one", () => {
    const issues: HealthHistory["issues"] = [
      { openedAt: iso(day(1)), closedAt: null, escalation: true },
      { openedAt: iso(addHours(day(4), -3)), closedAt: null, escalation: false },
      { openedAt: iso(day(0)), closedAt: iso(day(2)), escalation: false },
    ];
    const open = factor(healthOf(history({ issues }), day(4)), "open_issues");
    expect(open.score).toBe(55);
    expect(open.explanation).toBe("2 open issues, the oldest 3 days old, 1 past the time it should have been resolved in.");
    const single = factor(healthOf(history({ issues: issues.slice(1, 2) }), day(4)), "open_issues");
    expect(single.explanation).toBe("1 open issue, the oldest 0 days old.");
  });

  it("ignores everything that happens after the day it is asked about", () => {
    const later = history({ meetings: [{ kind: "kickoff", heldAt: iso(day(20)) }], slaBreaches: [{ at: iso(day(20)) }], issues: [{ openedAt: iso(day(20)), closedAt: null, escalation: true }] });
    expect(healthOf(later, day(3))).toEqual(healthOf(history(), day(3)));
  });

  it("scores the same from aggregates as from the history they came from", () => {
    const full = history({ messages: answersBy("partner", 30), ratings: [{ side: "partner", score: 4, ratedAt: iso(day(3)) }] });
    expect(healthFromAggregates(aggregateHistory(full, day(9)), day(9))).toEqual(healthOf(full, day(9)));
  });

  it("puts the band edges at 75 and 50", () => {
    expect([100, 75, 74, 50, 49, 0].map(bandOf)).toEqual(["healthy", "healthy", "watch", "watch", "at_risk", "at_risk"]);
  });

  it("starts at 100 when nothing at all can be measured", () => {
    const combined = combineFactors([{ key: "satisfaction", weight: 25, score: null, figures: {}, explanation: "" }]);
    expect(combined).toMatchObject({ score: 100, basedOnWeight: 0 });
    expect(combineFactors([])).toMatchObject({ score: 100, basedOnWeight: 0, factors: [] });
  });
});

describe("health score properties", () => {
  const instant = fc.integer({ min: 0, max: 200 }).map((n) => iso(addHours(start, n * 12)));
  const side = fc.constantFrom("host", "partner");
  const arbitraryHistory = fc.record({
    meetings: fc.array(fc.record({ kind: fc.constantFrom("check_in", "kickoff"), heldAt: instant }), { maxLength: 5 }),
    messages: fc.array(fc.record({ askedBy: side, askedAt: instant, answeredAt: fc.option(instant, { nil: null }) }), { maxLength: 8 }),
    steps: fc.array(fc.record({ side, dueAt: fc.option(instant, { nil: null }), completedAt: fc.option(instant, { nil: null }) }), { maxLength: 6 }),
    ratings: fc.array(fc.record({ side, score: fc.integer({ min: 1, max: 10 }), ratedAt: instant }), { minLength: 1, maxLength: 4 }),
    slaBreaches: fc.array(fc.record({ at: instant }), { maxLength: 4 }),
    issues: fc.array(fc.record({ openedAt: instant, closedAt: fc.option(instant, { nil: null }), escalation: fc.boolean() }), { maxLength: 4 }),
  });

  it("always lies in 0–100 and never falls when only a satisfaction rating rises", () => {
    fc.assert(
      fc.property(arbitraryHistory, fc.nat(), fc.integer({ min: 0, max: 150 }), (raw, which, asOfDays) => {
        const base = history(raw);
        const asOf = day(asOfDays);
        const before = healthOf(base, asOf);
        expect(Number.isInteger(before.score) && before.score >= 0 && before.score <= 100).toBe(true);
        const index = which % base.ratings.length;
        const raised = { ...base, ratings: base.ratings.map((rating, at) => (at === index ? { ...rating, score: Math.min(10, rating.score + 1) } : rating)) };
        expect(healthOf(raised, asOf).score).toBeGreaterThanOrEqual(before.score);
      }),
      { numRuns: 200 },
    );
  });
});
