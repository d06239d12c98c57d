import { z } from "zod";

/*
 * When a step's reminder, overdue notice and escalation fall due (DESIGN section 4, "Timers").
 * The journeys module stores one row per planned notice; the sweep sends each once.
 */

export const timerKinds = ["reminder", "overdue", "escalation"] as const;
export const TimerKind = z.enum(timerKinds);
export type TimerKind = z.infer<typeof TimerKind>;

const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;

export interface TimerSettings {
  /** How long before the due date the owner is reminded. */
  reminderLeadMs: number;
  /** How long after the due date the partner's owning manager hears that the step is late. */
  escalationDelayMs: number;
}

/** Two days' notice is enough to act on most steps; three days late is when a manager should step in. */
export const defaultTimerSettings: TimerSettings = { reminderLeadMs: 2 * dayMs, escalationDelayMs: 3 * dayMs };

export interface PlannedTimer {
  kind: TimerKind;
  fireAt: Date;
}

/**
 * The notices a step due at `dueAt` still needs, seen from `now`. A reminder whose moment has
 * passed is dropped (reminding someone after the fact says nothing); of the notices already due,
 * only the latest is kept, so a step that is planned or moved well into the past raises one
 * notice (the escalation, or the overdue notice) instead of a burst of all three at once.
 */
export function timerPlan(dueAt: Date, now: Date, settings: TimerSettings = defaultTimerSettings): PlannedTimer[] {
  const candidates: PlannedTimer[] = [
    { kind: "reminder", fireAt: new Date(dueAt.getTime() - settings.reminderLeadMs) },
    { kind: "overdue", fireAt: dueAt },
    { kind: "escalation", fireAt: new Date(dueAt.getTime() + settings.escalationDelayMs) },
  ];
  const future = candidates.filter((timer) => timer.fireAt.getTime() > now.getTime());
  const lastPast = candidates.filter((timer) => timer.kind !== "reminder" && timer.fireAt.getTime() <= now.getTime()).at(-1);
  return lastPast ? [lastPast, ...future] : future;
}

/** Whole days a step is late by (at least one, since a notice only goes out once it is late). */
export function daysLate(dueAt: Date, now: Date): number {
  return Math.max(1, Math.floor((now.getTime() - dueAt.getTime()) / dayMs));
}
