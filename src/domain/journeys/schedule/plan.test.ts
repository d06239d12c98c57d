import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DueRule, type StepKey } from "../due-rule";
import { addOffset, type DueAnchors } from "./due-date";
import { addDaysToDate, localDateOf, wallTimeOf } from "./zoned-time";
import { completionShifts, findDueCycle, planDueDates, shiftPreview, type PlannedStep, type StepToPlan } from "./plan";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const rule = (input: unknown): DueRule => DueRule.parse(input);
const step = (key: StepKey, due: unknown, more: Partial<StepToPlan> = {}): StepToPlan => ({ key, due: rule(due), dependsOn: [], ...more });
const anchorsAt = (start: string, doneAt: Record<string, string> = {}, timeZone = "Europe/Berlin"): DueAnchors => ({
  start: new Date(start),
  timeZone,
  doneAt: new Map(Object.entries(doneAt).map(([key, at]) => [key, new Date(at)])),
  events: new Map(),
});
function plannedOrFail(steps: readonly StepToPlan[], anchors: DueAnchors): readonly PlannedStep[] {
  const result = planDueDates(steps, anchors);
  if (!result.ok) throw new Error(`unexpected plan problem: ${JSON.stringify(result.problem)}`);
  return result.steps;
}
const dueOf = (planned: readonly PlannedStep[], key: StepKey) => planned.find((p) => p.key === key)?.dueAt ?? null;

const journey = [
  step("welcome", { after: "start", days: 1 }),
  step("kickoff", { after: "step", step: "welcome", businessDays: 2 }, { dependsOn: ["welcome"] }),
  step("contract", { after: "step", step: "kickoff", days: 5 }, { dependsOn: ["kickoff"] }),
  step("first_deal", { after: "event", event: "first_deal_approved", hours: 48 }),
  step("celebrate", { after: "step", step: "first_deal", days: 1 }),
];

describe("planning a journey", () => {
  it("plans every step, projecting from the planned date of steps not done yet", () => {
    const planned = plannedOrFail(journey, anchorsAt("2026-03-23T08:00:00Z")); // Monday 9:00 CET
    expect(planned).toEqual([
      { key: "welcome", dueAt: new Date("2026-03-24T08:00:00Z"), basis: "actual" },
      { key: "kickoff", dueAt: new Date("2026-03-26T08:00:00Z"), basis: "projected" },
      // Five days later crosses the Berlin spring change: still 9:00, now summer time.
      { key: "contract", dueAt: new Date("2026-03-31T07:00:00Z"), basis: "projected" },
      { key: "first_deal", dueAt: null, basis: "unknown" },
      { key: "celebrate", dueAt: null, basis: "unknown" },
    ]);
  });

  it("counts from when the anchor step was actually done", () => {
    const planned = plannedOrFail(journey, anchorsAt("2026-03-23T08:00:00Z", { welcome: "2026-03-23T15:00:00Z" }));
    expect(planned[1]).toEqual({ key: "kickoff", dueAt: new Date("2026-03-25T15:00:00Z"), basis: "actual" });
  });

  it("keeps a date set by hand, and plans its dependents from it", () => {
    const manual = new Date("2026-04-15T10:00:00Z");
    const steps = journey.map((s) => (s.key === "kickoff" ? { ...s, manualDueAt: manual } : s));
    const planned = plannedOrFail(steps, anchorsAt("2026-03-23T08:00:00Z", { welcome: "2026-03-23T15:00:00Z" }));
    expect(planned[1]).toEqual({ key: "kickoff", dueAt: manual, basis: "manual" });
    expect(dueOf(planned, "contract")).toEqual(new Date("2026-04-20T10:00:00Z"));
  });

  it("plans from the event once it is raised", () => {
    const anchors = { ...anchorsAt("2026-03-23T08:00:00Z"), events: new Map([["first_deal_approved", new Date("2026-05-04T12:00:00Z")]]) };
    const planned = plannedOrFail(journey, anchors);
    expect(planned.slice(3)).toEqual([
      { key: "first_deal", dueAt: new Date("2026-05-06T12:00:00Z"), basis: "actual" },
      { key: "celebrate", dueAt: new Date("2026-05-07T12:00:00Z"), basis: "projected" },
    ]);
  });

  it("reports a due rule that waits for itself", () => {
    expect(planDueDates([step("a", { after: "step", step: "a", days: 1 })], anchorsAt("2026-03-23T08:00:00Z"))).toEqual({
      ok: false,
      problem: { kind: "due-cycle", path: ["a", "a"] },
    });
  });

  it("reports a chain of due rules that comes back to its start, with the path", () => {
    const steps = [
      step("intro", { after: "start", days: 1 }),
      step("a", { after: "step", step: "c", days: 1 }),
      step("b", { after: "step", step: "a", hours: 1 }),
      step("c", { after: "step", step: "b", businessDays: 1 }),
    ];
    expect(findDueCycle(steps)).toEqual(["a", "c", "b", "a"]);
    expect(planDueDates(steps, anchorsAt("2026-03-23T08:00:00Z"))).toEqual({ ok: false, problem: { kind: "due-cycle", path: ["a", "c", "b", "a"] } });
  });

  it("reports a due rule or dependency on a step that does not exist, and a key used twice", () => {
    const anchors = anchorsAt("2026-03-23T08:00:00Z");
    expect(planDueDates([step("a", { after: "step", step: "ghost", days: 1 })], anchors)).toEqual({ ok: false, problem: { kind: "unknown-step", step: "a", missing: "ghost" } });
    expect(planDueDates([step("a", { after: "start", days: 1 }, { dependsOn: ["ghost"] })], anchors)).toEqual({ ok: false, problem: { kind: "unknown-step", step: "a", missing: "ghost" } });
    expect(planDueDates([step("a", { after: "start", days: 1 }), step("a", { after: "start", days: 2 })], anchors)).toEqual({ ok: false, problem: { kind: "duplicate-step", step: "a" } });
  });
});

describe("previewing a shift", () => {
  it("shows the dependents that move when a step is done two days late, and leaves hand-set dates alone", () => {
    const steps = [...journey, step("review", { after: "step", step: "kickoff", days: 3 }, { manualDueAt: new Date("2026-04-30T08:00:00Z") })];
    const anchors = anchorsAt("2026-03-23T08:00:00Z");
    const result = completionShifts(steps, anchors, "welcome", new Date("2026-03-26T08:00:00Z"));
    expect(result).toEqual({
      ok: true,
      shifts: [
        { key: "kickoff", from: new Date("2026-03-26T08:00:00Z"), to: new Date("2026-03-30T07:00:00Z") },
        { key: "contract", from: new Date("2026-03-31T07:00:00Z"), to: new Date("2026-04-04T07:00:00Z") },
      ],
    });
  });

  it("shows nothing when a step is done exactly on its planned date", () => {
    const result = completionShifts(journey, anchorsAt("2026-03-23T08:00:00Z"), "welcome", new Date("2026-03-24T08:00:00Z"));
    expect(result).toEqual({ ok: true, shifts: [] });
  });

  it("shows a date appearing when a step waiting for an unknown date gets one, and ignores steps in one plan only", () => {
    const before: PlannedStep[] = [{ key: "a", dueAt: null, basis: "unknown" }, { key: "gone", dueAt: new Date(0), basis: "actual" }];
    const after: PlannedStep[] = [{ key: "a", dueAt: new Date(DAY), basis: "actual" }, { key: "new", dueAt: new Date(0), basis: "actual" }];
    expect(shiftPreview(before, after)).toEqual([{ key: "a", from: null, to: new Date(DAY) }]);
  });

  it("passes a planning problem on instead of previewing", () => {
    const cyclic = [step("a", { after: "step", step: "a", days: 1 })];
    expect(completionShifts(cyclic, anchorsAt("2026-03-23T08:00:00Z"), "a", new Date())).toEqual({ ok: false, problem: { kind: "due-cycle", path: ["a", "a"] } });
  });
});

// ---- properties ----

const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC"];
const starts = fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true });
const offsets = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((days) => ({ days })),
  fc.integer({ min: 0, max: 40 }).map((businessDays) => ({ businessDays })),
  fc.integer({ min: 0, max: 500 }).map((hours) => ({ hours })),
);
const dayOrHourOffsets = fc.oneof(fc.integer({ min: 0, max: 60 }).map((days) => ({ days })), fc.integer({ min: 0, max: 500 }).map((hours) => ({ hours })));
/** s0 after the start, each next step due after the previous one. */
const chainOf = (list: readonly object[], manual: readonly boolean[] = []): StepToPlan[] =>
  list.map((offset, i) =>
    step(`s${i}`, i === 0 ? { after: "start", ...offset } : { after: "step", step: `s${i - 1}`, ...offset }, {
      dependsOn: i === 0 ? [] : [`s${i - 1}`],
      ...(manual[i] ? { manualDueAt: new Date("2030-01-01T00:00:00Z") } : {}),
    }),
  );

describe("plan properties", () => {
  it("plans a chain of dependencies in order: no step is due before the one it waits for", () => {
    fc.assert(
      fc.property(starts, fc.array(offsets, { minLength: 1, maxLength: 12 }), fc.constantFrom(...zones), (start, list, zone) => {
        const planned = plannedOrFail(chainOf(list), anchorsAt(start.toISOString(), {}, zone));
        planned.forEach((p, i) => {
          expect(p.dueAt).not.toBeNull();
          const previous = i === 0 ? start : planned[i - 1]?.dueAt;
          expect(p.dueAt?.getTime()).toBeGreaterThanOrEqual(previous?.getTime() ?? Infinity);
        });
      }),
    );
  });

  it("shifts every dependent step by exactly Δ when a step is done Δ later or earlier (day and hour offsets, UTC)", () => {
    fc.assert(
      fc.property(
        starts,
        fc.array(dayOrHourOffsets, { minLength: 2, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: -30 * 24 * 60, max: 30 * 24 * 60 }),
        (start, list, manual, deltaMinutes) => {
          const steps = chainOf(list, [false, ...manual.slice(1)]);
          const doneAt = new Date(start.getTime() + DAY);
          const moved = new Date(doneAt.getTime() + deltaMinutes * 60_000);
          const before = plannedOrFail(steps, anchorsAt(start.toISOString(), { s0: doneAt.toISOString() }, "UTC"));
          const after = plannedOrFail(steps, anchorsAt(start.toISOString(), { s0: moved.toISOString() }, "UTC"));
          // A hand-set date stops the wave: it and everything after it stays put.
          let stillMoving = true;
          for (let i = 1; i < steps.length; i++) {
            stillMoving &&= !steps[i]?.manualDueAt;
            const shift = (after[i]?.dueAt?.getTime() ?? NaN) - (before[i]?.dueAt?.getTime() ?? NaN);
            expect(shift).toBe(stillMoving ? deltaMinutes * 60_000 : 0);
          }
        },
      ),
    );
  });

  it("shifts dependents by exactly Δ hours in zones with DST when offsets are in hours", () => {
    fc.assert(
      fc.property(starts, fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 2, maxLength: 10 }), fc.integer({ min: -500, max: 500 }), fc.constantFrom(...zones), (start, hours, delta, zone) => {
        const steps = chainOf(hours.map((h) => ({ hours: h })));
        const doneAt = start.getTime() + DAY;
        const before = plannedOrFail(steps, anchorsAt(start.toISOString(), { s0: new Date(doneAt).toISOString() }, zone));
        const after = plannedOrFail(steps, anchorsAt(start.toISOString(), { s0: new Date(doneAt + delta * HOUR).toISOString() }, zone));
        const shifts = shiftPreview(before, after);
        expect(shifts.map((s) => s.key)).toEqual(delta === 0 ? [] : steps.slice(1).map((s) => s.key));
        for (const s of shifts) expect((s.to?.getTime() ?? NaN) - (s.from?.getTime() ?? NaN)).toBe(delta * HOUR);
      }),
    );
  });

  it("shifts day-offset dependents by whole days at the same wall time when done whole days later, across DST", () => {
    fc.assert(
      fc.property(starts, fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 8 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom(...zones), (start, days, delta, zone) => {
        const steps = chainOf(days.map((d) => ({ days: d })));
        const doneAt = new Date(start.getTime() + DAY);
        const doneLater = addOffset(doneAt, { days: delta }, zone);
        const before = plannedOrFail(steps, anchorsAt(start.toISOString(), { s0: doneAt.toISOString() }, zone));
        const after = plannedOrFail(steps, anchorsAt(start.toISOString(), { s0: doneLater.toISOString() }, zone));
        for (let i = 1; i < steps.length; i++) {
          const from = before[i]?.dueAt ?? new Date(NaN);
          const to = after[i]?.dueAt ?? new Date(NaN);
          expect(localDateOf(to, zone)).toEqual(addDaysToDate(localDateOf(from, zone), delta));
          // Same wall time, unless one of the two days has it inside a DST gap (then an hour later).
          const minutes = (d: Date) => wallTimeOf(d, zone).hour * 60 + wallTimeOf(d, zone).minute;
          expect(Math.abs(minutes(to) - minutes(from))).toBeLessThanOrEqual(60);
          if (zone === "UTC") expect(to.getTime() - from.getTime()).toBe(delta * DAY);
        }
      }),
    );
  });

  it("always finds a cycle of due rules, and names a path whose every link is a due rule", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }), fc.array(offsets, { minLength: 20, maxLength: 20 }), fc.infiniteStream(fc.integer({ min: 0, max: 1000 })), (cycleLength, extra, list, shuffle) => {
        // A ring c0 → c1 → … → c0, plus acyclic steps hanging off it, in shuffled order.
        const ring = Array.from({ length: cycleLength }, (_, i) => step(`c${i}`, { after: "step", step: `c${(i + 1) % cycleLength}`, ...list[i] }));
        const tails = Array.from({ length: extra }, (_, i) => step(`t${i}`, { after: "step", step: i === 0 ? "c0" : `t${i - 1}`, ...list[cycleLength + i] }));
        const order = [...ring, ...tails].map((s) => ({ s, rank: shuffle.next().value })).sort((a, b) => a.rank - b.rank).map(({ s }) => s);
        const path = findDueCycle(order);
        expect(path).not.toBeNull();
        expect(path?.length).toBe(cycleLength + 1);
        expect(path?.[0]).toBe(path?.at(-1));
        const anchorOf = new Map(order.map((s) => [s.key, s.due.after === "step" ? s.due.step : null]));
        path?.slice(0, -1).forEach((key, i) => expect(anchorOf.get(key)).toBe(path[i + 1]));
        const result = planDueDates(order, anchorsAt("2026-03-23T08:00:00Z"));
        expect(result.ok).toBe(false);
      }),
    );
  });

  it("finds no cycle in a chain or tree of due rules", () => {
    fc.assert(
      fc.property(fc.array(offsets, { minLength: 1, maxLength: 15 }), (list) => {
        expect(findDueCycle(chainOf(list))).toBeNull();
      }),
    );
  });
});
