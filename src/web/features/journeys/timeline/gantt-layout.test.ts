import { describe, expect, it } from "vitest";
import type { Journey, JourneyStep } from "../../../../domain/journeys/contracts";
import { layoutGantt, minBarWidth, spansOf } from "./gantt-layout";

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 9)).toISOString();
let counter = 0;

function step(key: string, phaseKey: string, overrides: Partial<JourneyStep> = {}): JourneyStep {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    key,
    phaseKey,
    kind: "task",
    title: key,
    description: "",
    ownerRole: "host:manager",
    owner: null,
    visibility: "shared",
    required: false,
    status: "open",
    state: "ready",
    dependsOn: [],
    dueAt: null,
    dueManual: false,
    baselineDueAt: null,
    late: false,
    completedAt: null,
    completedBy: null,
    fields: {},
    result: null,
    adHoc: false,
    version: 1,
    canAct: true,
    ...overrides,
  };
}

const phase = (key: string): Journey["phases"][number] => ({ key, name: `Phase ${key}`, description: "", state: "open", progress: { done: 0, total: 0, percent: 0 } });

function journey(steps: JourneyStep[], overrides: Partial<Journey> = {}) {
  return { startedAt: day(0), status: "on_track" as const, phases: [phase("a"), phase("b")], steps, projectedCompletionAt: null, ...overrides };
}

describe("Gantt bar layout", () => {
  it("starts a step without dependencies at the journey's start in the first phase", () => {
    const first = step("kickoff", "a", { dueAt: day(3) });
    const spans = spansOf(journey([first]));
    expect(spans.get(first.id)).toEqual({ start: Date.parse(day(0)), end: Date.parse(day(3)) });
  });

  it("starts a dependent step when the latest of its prerequisites ends (done ones at their completion)", () => {
    const early = step("early", "a", { dueAt: day(2), status: "done", state: "done", completedAt: day(4) });
    const later = step("later", "a", { dueAt: day(5) });
    const both = step("both", "a", { dueAt: day(9), dependsOn: ["early", "later"] });
    const spans = spansOf(journey([early, later, both]));
    expect(spans.get(both.id)?.start).toBe(Date.parse(day(5)));
  });

  it("starts a step of a later phase when the phase before could end", () => {
    const one = step("one", "a", { dueAt: day(3) });
    const two = step("two", "a", { dueAt: day(6) });
    const next = step("next", "b", { dueAt: day(10) });
    expect(spansOf(journey([one, two, next])).get(next.id)?.start).toBe(Date.parse(day(6)));
  });

  it("never starts a bar after its own due date (a date set by hand before its prerequisites)", () => {
    const before = step("before", "a", { dueAt: day(8) });
    const manual = step("manual", "a", { dueAt: day(5), dueManual: true, dependsOn: ["before"] });
    const span = spansOf(journey([before, manual])).get(manual.id);
    expect(span).toEqual({ start: Date.parse(day(5)), end: Date.parse(day(5)) });
  });

  it("gives a step with no date yet no bar, but keeps its row", () => {
    const waiting = step("first-deal", "a", { kind: "milestone" });
    const layout = layoutGantt(journey([waiting]), new Date(day(1)), 600);
    expect(layout.rows).toContainEqual({ type: "step", step: waiting, tone: "open", bar: null });
  });

  it("lists each phase as a heading followed by its own steps, in phase order", () => {
    const b1 = step("b1", "b", { dueAt: day(9) });
    const a1 = step("a1", "a", { dueAt: day(2) });
    const rows = layoutGantt(journey([b1, a1]), new Date(day(1)), 600).rows;
    expect(rows.map((row) => (row.type === "phase" ? row.key : row.step.key))).toEqual(["a", "a1", "b", "b1"]);
  });

  it("scales bars to the width, with the whole journey and today inside it", () => {
    const a1 = step("a1", "a", { dueAt: day(10) });
    const layout = layoutGantt(journey([a1]), new Date(day(5)), 1000);
    const row = layout.rows[1];
    if (row?.type !== "step" || !row.bar) throw new Error("expected a bar");
    expect(row.bar.x).toBeGreaterThan(0);
    expect(row.bar.x + row.bar.width).toBeLessThan(1000);
    expect(layout.todayX).toBeCloseTo(row.bar.x + row.bar.width / 2, 5);
  });

  it("keeps a bar visible when its step is due the moment it may start", () => {
    const instant = step("instant", "a", { dueAt: day(0) });
    const row = layoutGantt(journey([instant]), new Date(day(0)), 800).rows[1];
    expect(row?.type === "step" && row.bar?.width).toBe(minBarWidth);
  });

  it("colours by what happened: done, skipped, late, locked, open", () => {
    const steps = [
      step("d", "a", { dueAt: day(1), status: "done", state: "done", completedAt: day(1) }),
      step("s", "a", { dueAt: day(1), status: "skipped", state: "skipped" }),
      step("l", "a", { dueAt: day(1), late: true }),
      step("k", "b", { dueAt: day(4), state: "locked" }),
      step("o", "b", { dueAt: day(4) }),
    ];
    const tones = layoutGantt(journey(steps), new Date(day(2)), 800).rows.flatMap((row) => (row.type === "step" ? [row.tone] : []));
    expect(tones).toEqual(["done", "skipped", "late", "locked", "open"]);
  });

  it("leaves today off the chart of a journey that ended long ago", () => {
    const a1 = step("a1", "a", { dueAt: day(3), status: "done", state: "done", completedAt: day(3) });
    const layout = layoutGantt(journey([a1], { status: "done" }), new Date(day(400)), 800);
    expect(layout.todayX).toBeNull();
  });

  it("stretches to the projected completion and spaces at most eight ticks evenly", () => {
    const a1 = step("a1", "a", { dueAt: day(20) });
    const layout = layoutGantt(journey([a1], { projectedCompletionAt: day(120) }), new Date(day(1)), 900);
    expect(Date.parse(layout.to)).toBeGreaterThan(Date.parse(day(120)));
    expect(layout.ticks.length).toBeGreaterThan(1);
    expect(layout.ticks.length).toBeLessThanOrEqual(9);
    const gaps = layout.ticks.slice(1).map((tick, index) => tick.x - (layout.ticks[index]?.x ?? 0));
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0] ?? 0, 5);
  });

  it("gives a journey shorter than a day a day's width", () => {
    const layout = layoutGantt(journey([]), new Date(day(0)), 500);
    expect(Date.parse(layout.to) - Date.parse(layout.from)).toBeGreaterThanOrEqual(86_400_000);
  });
});
