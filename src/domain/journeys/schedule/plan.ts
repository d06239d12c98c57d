import { offsetOf, type DueRule, type StepKey } from "../due-rule";
import { addOffset, dueDateOf, type DueAnchors } from "./due-date";
import { findCycles } from "../graph";

/** A step as the planner needs it: its due rule, what it waits for, and a date set by hand. */
export interface StepToPlan {
  readonly key: StepKey;
  readonly due: DueRule;
  /**
   * Steps that must be done before this one can start. The planner does not move dates for them
   * (dates come from due rules only, so a template that makes a step due before its prerequisite
   * shows that plainly instead of hiding it); it checks that they exist.
   */
  readonly dependsOn: readonly StepKey[];
  /** A due date set by hand (rescheduled): it stays put whatever happens to its anchor. */
  readonly manualDueAt?: Date;
}

/**
 * Where a planned due date comes from:
 * - `manual`: set by hand;
 * - `actual`: counted from something that happened (the start, a done step, a raised event);
 * - `projected`: counted from the *planned* due date of a step not done yet, so it moves when
 *   that step is done early or late;
 * - `unknown`: waits for an event not raised yet (or a step that does), so there is no date.
 */
export type DueBasis = "manual" | "actual" | "projected" | "unknown";

export interface PlannedStep {
  readonly key: StepKey;
  readonly dueAt: Date | null;
  readonly basis: DueBasis;
}

/** Why a list of steps cannot be planned; each names the keys at fault for a 400 response. */
export type PlanProblem =
  /** `path` starts and ends with the same key: a is due after b, …, which is due after a. */
  | { readonly kind: "due-cycle"; readonly path: readonly StepKey[] }
  | { readonly kind: "duplicate-step"; readonly step: StepKey }
  /** `step` refers to `missing` in its due rule (`after: step`) or its `dependsOn`. */
  | { readonly kind: "unknown-step"; readonly step: StepKey; readonly missing: StepKey };

/**
 * The result of planning. A result type rather than an exception because a cycle or a missing
 * step is an ordinary outcome of a template a person wrote, which the caller turns into a 400.
 */
export type PlanResult = { readonly ok: true; readonly steps: readonly PlannedStep[] } | { readonly ok: false; readonly problem: PlanProblem };

/**
 * The planned due date of every step, in the order given. A step due `after: step` whose anchor
 * step is not done yet is planned from that step's own planned due date, so the plan covers the
 * whole journey; a repeating step is planned at its first occurrence.
 */
export function planDueDates(steps: readonly StepToPlan[], anchors: DueAnchors): PlanResult {
  const problem = problemOf(steps);
  if (problem) return { ok: false, problem };

  const byKey = new Map(steps.map((step) => [step.key, step]));
  const planned = new Map<StepKey, PlannedStep>();
  // Depth-first with memo: no cycles (checked above), so each step is planned once.
  const planOf = (step: StepToPlan): PlannedStep => {
    const known = planned.get(step.key);
    if (known) return known;
    const result = planOne(step, anchors, (key) => {
      const anchorStep = byKey.get(key);
      return anchorStep ? planOf(anchorStep) : null;
    });
    planned.set(step.key, result);
    return result;
  };
  return { ok: true, steps: steps.map(planOf) };
}

function planOne(step: StepToPlan, anchors: DueAnchors, planOfKey: (key: StepKey) => PlannedStep | null): PlannedStep {
  const { key, due: rule } = step;
  if (step.manualDueAt) return { key, dueAt: step.manualDueAt, basis: "manual" };
  if (rule.after === "step" && !anchors.doneAt.has(rule.step)) {
    const anchorDue = planOfKey(rule.step)?.dueAt ?? null;
    if (!anchorDue) return { key, dueAt: null, basis: "unknown" };
    return { key, dueAt: addOffset(anchorDue, offsetOf(rule), anchors.timeZone), basis: "projected" };
  }
  const dueAt = dueDateOf(rule, anchors);
  return { key, dueAt, basis: dueAt ? "actual" : "unknown" };
}

/** A step whose planned due date changes, as shown before the user confirms the change. */
export interface DueShift {
  readonly key: StepKey;
  readonly from: Date | null;
  readonly to: Date | null;
}

/**
 * The steps whose planned due date differs between two plans of the same journey (typically
 * before and after completing a step early or late), in the order of `after`. Steps present in
 * only one of the plans are not shifts and are left out.
 */
export function shiftPreview(before: readonly PlannedStep[], after: readonly PlannedStep[]): DueShift[] {
  const earlier = new Map(before.map((step) => [step.key, step.dueAt]));
  const shifts: DueShift[] = [];
  for (const { key, dueAt: to } of after) {
    if (!earlier.has(key)) continue;
    const from = earlier.get(key) ?? null;
    if (from?.getTime() !== to?.getTime()) shifts.push({ key, from, to });
  }
  return shifts;
}

/**
 * What completing `key` at `doneAt` would shift: the plan now against the plan with that step
 * done. Fails like `planDueDates` when the steps cannot be planned.
 */
export function completionShifts(
  steps: readonly StepToPlan[],
  anchors: DueAnchors,
  key: StepKey,
  doneAt: Date,
): { readonly ok: true; readonly shifts: DueShift[] } | { readonly ok: false; readonly problem: PlanProblem } {
  const before = planDueDates(steps, anchors);
  if (!before.ok) return before;
  const after = planDueDates(steps, { ...anchors, doneAt: new Map([...anchors.doneAt, [key, doneAt]]) });
  if (!after.ok) return after;
  return { ok: true, shifts: shiftPreview(before.steps, after.steps) };
}

/** The first problem that makes the steps unplannable, or null. */
function problemOf(steps: readonly StepToPlan[]): PlanProblem | null {
  const keys = new Set<StepKey>();
  for (const step of steps) {
    if (keys.has(step.key)) return { kind: "duplicate-step", step: step.key };
    keys.add(step.key);
  }
  for (const step of steps) {
    for (const needed of [...anchorStepOf(step), ...step.dependsOn]) {
      if (!keys.has(needed)) return { kind: "unknown-step", step: step.key, missing: needed };
    }
  }
  const path = findDueCycle(steps);
  return path ? { kind: "due-cycle", path } : null;
}

/**
 * A chain of `after: step` due rules that comes back to where it started, as the path of keys
 * (first and last the same: `["a", "b", "a"]`), or null. Only due rules count: a cycle of
 * `dependsOn` is the template validator's business. The search is the template validator's own
 * (`findCycles`), so both report the same cycle the same way.
 */
export function findDueCycle(steps: readonly StepToPlan[]): StepKey[] | null {
  const edges = steps.flatMap((step) => anchorStepOf(step).map((anchor) => ({ from: step.key, to: anchor, path: step.key })));
  return findCycles(steps.map((step) => step.key), edges)[0]?.keys ?? null;
}

function anchorStepOf(step: StepToPlan): StepKey[] {
  return step.due.after === "step" ? [step.due.step] : [];
}
