import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayMs, daysLate, defaultTimerSettings, timerPlan } from "./timer-plan";

const due = new Date("2026-12-10T16:00:00Z");
const at = (offsetMs: number) => new Date(due.getTime() + offsetMs);

describe("timerPlan", () => {
  it("plans a reminder two days before, an overdue notice at the due date and an escalation three days after", () => {
    expect(timerPlan(due, at(-10 * dayMs))).toEqual([
      { kind: "reminder", fireAt: at(-2 * dayMs) },
      { kind: "overdue", fireAt: due },
      { kind: "escalation", fireAt: at(3 * dayMs) },
    ]);
  });

  it("drops a reminder whose moment has passed", () => {
    expect(timerPlan(due, at(-dayMs)).map((t) => t.kind)).toEqual(["overdue", "escalation"]);
    expect(timerPlan(due, at(-2 * dayMs)).map((t) => t.kind)).toEqual(["overdue", "escalation"]);
  });

  it("keeps the overdue notice of a step that is already late, to go out at once", () => {
    expect(timerPlan(due, at(dayMs))).toEqual([
      { kind: "overdue", fireAt: due },
      { kind: "escalation", fireAt: at(3 * dayMs) },
    ]);
  });

  it("raises only the escalation for a step planned long into the past, not all three at once", () => {
    expect(timerPlan(due, at(30 * dayMs))).toEqual([{ kind: "escalation", fireAt: at(3 * dayMs) }]);
  });

  it("follows other leads and delays", () => {
    const plan = timerPlan(due, at(-10 * dayMs), { reminderLeadMs: 3_600_000, escalationDelayMs: 7 * dayMs });
    expect(plan.map((t) => t.fireAt)).toEqual([at(-3_600_000), due, at(7 * dayMs)]);
  });

  it("never plans a notice twice, keeps them in time order and leaves at most one in the past", () => {
    fc.assert(
      fc.property(fc.integer({ min: -40 * dayMs, max: 40 * dayMs }), (offset) => {
        const now = at(offset);
        const plan = timerPlan(due, now, defaultTimerSettings);
        const kinds = plan.map((t) => t.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
        expect(plan.map((t) => t.fireAt.getTime())).toEqual([...plan.map((t) => t.fireAt.getTime())].sort((a, b) => a - b));
        expect(plan.filter((t) => t.fireAt.getTime() <= now.getTime()).length).toBeLessThanOrEqual(1);
        expect(plan.some((t) => t.kind === "escalation")).toBe(true);
      }),
    );
  });
});

describe("daysLate", () => {
  it("counts whole days, at least one", () => {
    expect(daysLate(due, at(1000))).toBe(1);
    expect(daysLate(due, at(3 * dayMs))).toBe(3);
    expect(daysLate(due, at(3 * dayMs + dayMs - 1))).toBe(3);
  });
});
