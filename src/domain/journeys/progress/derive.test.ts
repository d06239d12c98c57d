import { describe, expect, it } from "vitest";
import { deriveJourney, phaseStates, progressOf, projectCompletion, type JourneyInput, type StepInput } from "./derive";

const day = 24 * 3_600_000;
const start = new Date("2026-03-02T09:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * day);
const step = (key: string, phaseKey: string, extra: Partial<StepInput> = {}): StepInput => ({
  key,
  phaseKey,
  status: "open",
  dependsOn: [],
  dueAt: null,
  baselineDueAt: null,
  completedAt: null,
  ...extra,
});
const journey = (steps: StepInput[], extra: Partial<JourneyInput> = {}): JourneyInput => ({
  startedAt: start,
  cancelledAt: null,
  phases: [{ key: "one" }, { key: "two" }, { key: "three", entry: ["b1"] }],
  steps,
  ...extra,
});

describe("phases open progressively", () => {
  it("opens the first phase at the start and keeps later ones locked", () => {
    const states = phaseStates(journey([]).phases, [step("a1", "one"), step("b1", "two"), step("c1", "three")]);
    expect([...states.values()].map((p) => p.state)).toEqual(["open", "locked", "locked"]);
  });

  it("opens a phase without entry steps when the whole previous phase is resolved", () => {
    const states = phaseStates(journey([]).phases, [step("a1", "one", { status: "done" }), step("a2", "one", { status: "skipped" }), step("b1", "two"), step("c1", "three")]);
    expect([...states.values()].map((p) => p.state)).toEqual(["done", "open", "locked"]);
  });

  it("opens a phase with entry steps as soon as those are done, whatever else is open", () => {
    const states = phaseStates(journey([]).phases, [step("a1", "one"), step("b1", "two", { status: "done" }), step("b2", "two"), step("c1", "three")]);
    expect(states.get("three")?.state).toBe("open");
  });

  it("does not hold a phase shut for an entry step that was left out of this partner's journey", () => {
    const states = phaseStates([{ key: "one" }, { key: "two", entry: ["gone"] }], [step("a1", "one"), step("b1", "two")]);
    expect(states.get("two")?.state).toBe("open");
  });
});

describe("step states", () => {
  it("says a step is blocked while something it depends on is open, ready once it is resolved", () => {
    const blocked = deriveJourney(journey([step("a1", "one"), step("a2", "one", { dependsOn: ["a1"] })]), start);
    expect(blocked.steps.map((s) => s.state)).toEqual(["ready", "blocked"]);
    const ready = deriveJourney(journey([step("a1", "one", { status: "skipped" }), step("a2", "one", { dependsOn: ["a1"] })]), start);
    expect(ready.steps.map((s) => s.state)).toEqual(["skipped", "ready"]);
  });

  it("marks open steps past their due date late, and never resolved ones", () => {
    const derived = deriveJourney(journey([step("a1", "one", { dueAt: at(1) }), step("a2", "one", { status: "done", dueAt: at(1), completedAt: at(3) })]), at(2));
    expect(derived.steps.map((s) => s.late)).toEqual([true, false]);
    expect(derived.status).toBe("late");
  });

  it("locks steps of a locked phase even when their own dependencies are met", () => {
    const derived = deriveJourney(journey([step("a1", "one"), step("b1", "two")]), start);
    expect(derived.steps[1]?.state).toBe("locked");
  });
});

describe("journey status and projection", () => {
  it("is on track when nothing is late and the pace keeps the plan", () => {
    const derived = deriveJourney(journey([step("a1", "one", { status: "done", completedAt: at(1), baselineDueAt: at(2) }), step("a2", "one", { dueAt: at(10), baselineDueAt: at(10) })]), at(1));
    expect(derived.status).toBe("on_track");
    expect(derived.progress).toEqual({ done: 1, total: 2, percent: 50 });
    expect(derived.projectedCompletionAt).toEqual(at(10));
    expect(derived.plannedCompletionAt).toEqual(at(10));
  });

  it("is at risk when the pace so far ends after the plan", () => {
    const derived = deriveJourney(journey([step("a1", "one", { status: "done", completedAt: at(8) }), step("a2", "one", { dueAt: at(12), baselineDueAt: at(10) })]), at(8));
    expect(derived.projectedCompletionAt).toEqual(at(16));
    expect(derived.status).toBe("at_risk");
  });

  it("is at risk when a step due within two days cannot be started yet", () => {
    const derived = deriveJourney(journey([step("a1", "one", { dueAt: at(30), baselineDueAt: at(30) }), step("b1", "two", { dueAt: at(1), baselineDueAt: at(30) })]), start);
    expect(derived.status).toBe("at_risk");
  });

  it("is done when every step is resolved, completed when the last one was", () => {
    const derived = deriveJourney(journey([step("a1", "one", { status: "done", completedAt: at(3) }), step("a2", "one", { status: "skipped", completedAt: at(5) })]), at(9));
    expect(derived.status).toBe("done");
    expect(derived.completedAt).toEqual(at(5));
    expect(derived.projectedCompletionAt).toEqual(at(5));
  });

  it("is cancelled once stopped, whatever its steps say", () => {
    expect(deriveJourney(journey([step("a1", "one", { dueAt: at(1) })], { cancelledAt: at(2) }), at(3)).status).toBe("cancelled");
  });

  it("never projects the end before the latest due date of an open step, e.g. one moved out by hand", () => {
    const derived = deriveJourney(journey([step("a1", "one", { status: "done", completedAt: at(1), baselineDueAt: at(2) }), step("a2", "one", { dueAt: at(40), baselineDueAt: at(10) })]), at(1));
    expect(derived.projectedCompletionAt).toEqual(at(40));
    expect(derived.status).toBe("at_risk");
  });

  it("projects from the plan, never before now, until something is resolved", () => {
    const input = journey([step("a1", "one", { baselineDueAt: at(5) })]);
    expect(projectCompletion(input, progressOf(input.steps), at(5), at(1))).toEqual(at(5));
    expect(projectCompletion(input, progressOf(input.steps), at(5), at(7))).toEqual(at(7));
    expect(projectCompletion(input, progressOf(input.steps), null, at(7))).toBeNull();
  });

  it("counts an empty journey as complete", () => {
    expect(progressOf([])).toEqual({ done: 0, total: 0, percent: 100 });
    expect(deriveJourney(journey([], { phases: [{ key: "one" }] }), start).phases).toEqual([{ key: "one", state: "open", progress: { done: 0, total: 0, percent: 100 } }]);
  });
});
