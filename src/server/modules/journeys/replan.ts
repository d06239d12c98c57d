import { and, asc, eq, sql } from "drizzle-orm";
import { planDueDates, type StepToPlan } from "../../../domain/journeys/schedule/plan";
import type { DueAnchors } from "../../../domain/journeys/schedule/due-date";
import type { DbOrTx, Tx } from "../../db/client";
import { journeySteps, partnerEvents } from "../../db/schema";
import { scheduleTimersForSteps } from "../notifications/timers";
import { definitionOf } from "./definition";

export interface StepRow {
  id: string;
  key: string;
  status: "open" | "done" | "skipped";
  definition: unknown;
  dueAt: Date | null;
  dueManual: boolean;
  baselineDueAt: Date | null;
  completedAt: Date | null;
}

/** What due rules count from in one journey: its start, resolved steps, the partner's first events. */
export async function anchorsOf(tx: DbOrTx, journey: { workspaceId: string; partnerId: string; startedAt: Date }, steps: readonly StepRow[], timeZone: string): Promise<DueAnchors> {
  const events = await tx
    .select({ name: partnerEvents.name, at: sql<Date>`min(${partnerEvents.at})`.mapWith((value: string | Date) => new Date(value)) })
    .from(partnerEvents)
    .where(and(eq(partnerEvents.workspaceId, journey.workspaceId), eq(partnerEvents.partnerId, journey.partnerId)))
    .groupBy(partnerEvents.name);
  return {
    start: journey.startedAt,
    // A skipped step counts as resolved when it was skipped, so what waits on it can go on.
    doneAt: new Map(steps.flatMap((step) => (step.status !== "open" && step.completedAt ? [[step.key, step.completedAt] as const] : []))),
    // The first time an event was raised is the one that counts (a repeated event moves nothing).
    events: new Map(events.map((event) => [event.name, event.at])),
    timeZone,
  };
}

export function toPlan(step: StepRow): StepToPlan {
  const definition = definitionOf(step.definition);
  return { key: step.key, due: definition.due, dependsOn: definition.dependsOn, ...(step.dueManual && step.dueAt ? { manualDueAt: step.dueAt } : {}) };
}

/** The planned due date of every step of a journey, from its rules and what has happened. */
export function planOf(steps: readonly StepRow[], anchors: DueAnchors) {
  const result = planDueDates(steps.map(toPlan), anchors);
  // Templates are validated before a journey starts and ad-hoc steps carry dates set by hand,
  // so an unplannable journey is a bug, not a user's mistake.
  if (!result.ok) throw new Error(`journey cannot be planned: ${JSON.stringify(result.problem)}`);
  return new Map(result.steps.map((step) => [step.key, step.dueAt]));
}

/**
 * Recomputes the due dates of a journey's open steps after a change and writes those that moved,
 * with their timers. A step's first known date also becomes its baseline ("the plan") unless it
 * has one. Returns the steps whose due date changed.
 */
export async function replanJourney(
  tx: Tx,
  journey: { id: string; workspaceId: string; partnerId: string; startedAt: Date },
  timeZone: string,
  now: Date,
): Promise<{ stepId: string; key: string; from: Date | null; to: Date | null }[]> {
  const steps = await tx.select().from(journeySteps).where(eq(journeySteps.journeyId, journey.id)).orderBy(asc(journeySteps.position));
  const planned = planOf(steps, await anchorsOf(tx, journey, steps, timeZone));
  const moved: { stepId: string; key: string; from: Date | null; to: Date | null }[] = [];
  for (const step of steps) {
    if (step.status !== "open" || step.dueManual) continue;
    const to = planned.get(step.key) ?? null;
    if ((step.dueAt?.getTime() ?? null) === (to?.getTime() ?? null)) continue;
    moved.push({ stepId: step.id, key: step.key, from: step.dueAt, to });
    await tx
      .update(journeySteps)
      .set({ dueAt: to, baselineDueAt: step.baselineDueAt ?? to })
      .where(eq(journeySteps.id, step.id));
  }
  await scheduleTimersForSteps(
    tx,
    moved.map((step) => ({ workspaceId: journey.workspaceId, stepId: step.stepId, dueAt: step.to })),
    now,
  );
  return moved;
}
