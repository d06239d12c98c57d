import type { JourneyStatus, PhaseState, Progress, StepState, StepStatus } from "../contracts";
import type { z } from "zod";

/*
 * Everything a journey screen shows about where things stand, computed from the steps as they
 * are. Nothing here is stored: reading a journey derives it again, so it can never disagree with
 * the steps and their events.
 */

export interface PhaseInput {
  readonly key: string;
  /** Steps that open the phase; left out, every step of the previous phase. */
  readonly entry?: readonly string[] | undefined;
}

export interface StepInput {
  readonly key: string;
  readonly phaseKey: string;
  readonly status: StepStatus;
  readonly dependsOn: readonly string[];
  readonly dueAt: Date | null;
  readonly baselineDueAt: Date | null;
  readonly completedAt: Date | null;
}

export interface JourneyInput {
  readonly startedAt: Date;
  readonly cancelledAt: Date | null;
  readonly phases: readonly PhaseInput[];
  readonly steps: readonly StepInput[];
}

export interface DerivedStep {
  readonly key: string;
  readonly state: StepState;
  /** Open and past its due date. */
  readonly late: boolean;
}

export interface DerivedPhase {
  readonly key: string;
  readonly state: z.infer<typeof PhaseState>;
  readonly progress: Progress;
}

export interface DerivedJourney {
  readonly status: JourneyStatus;
  readonly progress: Progress;
  readonly phases: readonly DerivedPhase[];
  readonly steps: readonly DerivedStep[];
  /** When the last step was resolved, once every step is. */
  readonly completedAt: Date | null;
  readonly plannedCompletionAt: Date | null;
  readonly projectedCompletionAt: Date | null;
}

/** A step is at risk when it is due within this window and cannot be worked on yet. */
export const atRiskWindowMs = 2 * 24 * 3_600_000;

const isResolved = (status: StepStatus) => status !== "open";

export function progressOf(steps: readonly Pick<StepInput, "status">[]): Progress {
  const total = steps.length;
  const done = steps.filter((step) => isResolved(step.status)).length;
  return { done, total, percent: total === 0 ? 100 : Math.floor((done * 100) / total) };
}

/**
 * Which phases are open: the first when the journey starts, each later one when its entry steps
 * (or, without entry steps, all steps of the phase before) are done or skipped. A phase whose
 * every step is resolved is done.
 */
export function phaseStates(phases: readonly PhaseInput[], steps: readonly StepInput[]): Map<string, DerivedPhase> {
  const byKey = new Map(steps.map((step) => [step.key, step]));
  const result = new Map<string, DerivedPhase>();
  phases.forEach((phase, index) => {
    const own = steps.filter((step) => step.phaseKey === phase.key);
    const progress = progressOf(own);
    const previous = phases[index - 1];
    const gate = phase.entry ?? (previous ? steps.filter((step) => step.phaseKey === previous.key).map((step) => step.key) : []);
    // An entry step that is no longer in the journey (left out for this partner) does not hold the phase shut.
    const open = index === 0 || gate.every((key) => { const step = byKey.get(key); return !step || isResolved(step.status); });
    const state = !open ? "locked" : own.length > 0 && progress.done === own.length ? "done" : "open";
    result.set(phase.key, { key: phase.key, state, progress });
  });
  return result;
}

export function deriveJourney(journey: JourneyInput, now: Date): DerivedJourney {
  const phases = phaseStates(journey.phases, journey.steps);
  const statusOf = new Map(journey.steps.map((step) => [step.key, step.status]));
  const steps = journey.steps.map((step): DerivedStep => {
    const late = step.status === "open" && step.dueAt !== null && step.dueAt.getTime() < now.getTime();
    if (step.status !== "open") return { key: step.key, state: step.status, late };
    if (phases.get(step.phaseKey)?.state === "locked") return { key: step.key, state: "locked", late };
    const waiting = step.dependsOn.some((key) => { const status = statusOf.get(key); return status !== undefined && !isResolved(status); });
    return { key: step.key, state: waiting ? "blocked" : "ready", late };
  });

  const progress = progressOf(journey.steps);
  const completedAt = progress.done === progress.total ? latest(journey.steps.map((step) => step.completedAt)) ?? journey.startedAt : null;
  const plannedCompletionAt = latest(journey.steps.map((step) => step.baselineDueAt));
  const projectedCompletionAt = completedAt ?? projectCompletion(journey, progress, plannedCompletionAt, now);
  return {
    status: journeyStatusOf(journey, steps, progress, plannedCompletionAt, projectedCompletionAt, now),
    progress,
    phases: journey.phases.map((phase) => phases.get(phase.key) ?? { key: phase.key, state: "locked", progress: { done: 0, total: 0, percent: 100 } }),
    steps,
    completedAt,
    plannedCompletionAt,
    projectedCompletionAt,
  };
}

/**
 * The likely end: at the pace so far (the time spent per resolved step, times the steps left,
 * from now), but never before the latest due date of an open step — a step moved out by hand
 * moves the end with it. Before anything is resolved there is no pace yet, so the plan is the
 * best guess. Never earlier than now.
 */
export function projectCompletion(journey: JourneyInput, progress: Progress, planned: Date | null, now: Date): Date | null {
  const remaining = progress.total - progress.done;
  const elapsed = now.getTime() - journey.startedAt.getTime();
  const lastOpenDue = latest(journey.steps.filter((step) => step.status === "open").map((step) => step.dueAt));
  const atPace = progress.done === 0 || elapsed <= 0 ? planned : new Date(now.getTime() + Math.round((elapsed / progress.done) * remaining));
  const candidates = [atPace, lastOpenDue].filter((date): date is Date => date !== null);
  if (candidates.length === 0) return null;
  return new Date(Math.max(now.getTime(), ...candidates.map((date) => date.getTime())));
}

function journeyStatusOf(
  journey: JourneyInput,
  steps: readonly DerivedStep[],
  progress: Progress,
  planned: Date | null,
  projected: Date | null,
  now: Date,
): JourneyStatus {
  if (journey.cancelledAt) return "cancelled";
  if (progress.done === progress.total) return "done";
  if (steps.some((step) => step.late)) return "late";
  const dueSoonButStuck = journey.steps.some((step, index) => {
    const state = steps[index]?.state;
    return (state === "locked" || state === "blocked") && step.dueAt !== null && step.dueAt.getTime() - now.getTime() < atRiskWindowMs;
  });
  const behindPlan = planned !== null && projected !== null && projected.getTime() > planned.getTime();
  return dueSoonButStuck || behindPlan ? "at_risk" : "on_track";
}

function latest(dates: readonly (Date | null)[]): Date | null {
  let result: Date | null = null;
  for (const date of dates) if (date && (!result || date.getTime() > result.getTime())) result = date;
  return result;
}
