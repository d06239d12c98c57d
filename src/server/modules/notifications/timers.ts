import { and, inArray, isNull } from "drizzle-orm";
import { timerPlan } from "../../../domain/notifications/timer-plan";
import type { DbOrTx } from "../../db/client";
import { journeyTimers } from "../../db/schema";
import { newId } from "../../ids";

/*
 * The journeys module calls these in the transaction that sets or moves a step's due date (start,
 * reschedule, shift, reopen, complete); the sweep (jobs/sweep-timers.ts) sends what falls due.
 */

export interface StepDue {
  workspaceId: string;
  stepId: string;
  /** The step's current due date; null when it has none (or no longer needs notices). */
  dueAt: Date | null;
}

/** Rows per INSERT: far below PostgreSQL's 65,535 bind parameters, large enough for any journey. */
const chunkSize = 2000;

/**
 * Replaces the unfired timers of one step by the plan for its due date. With `dueAt` null (done,
 * skipped, no date) it only removes them. Fired timers stay as the record of what was sent, and
 * because (step, kind, due date) is unique, moving a step back to a date it was already reminded
 * about does not remind anyone twice.
 */
export async function scheduleStepTimers(tx: DbOrTx, input: StepDue & { now: Date }): Promise<void> {
  await scheduleTimersForSteps(tx, [input], input.now);
}

/** The batch form for many steps at once (starting a journey): one DELETE and one INSERT. */
export async function scheduleTimersForSteps(tx: DbOrTx, steps: readonly StepDue[], now: Date): Promise<void> {
  if (steps.length === 0) return;
  // The last entry of a step wins, should a caller list one twice.
  const latest = new Map(steps.map((step) => [step.stepId, step]));
  const stepIds = [...latest.keys()];
  for (let i = 0; i < stepIds.length; i += chunkSize) {
    await tx.delete(journeyTimers).where(and(inArray(journeyTimers.stepId, stepIds.slice(i, i + chunkSize)), isNull(journeyTimers.firedAt)));
  }
  const rows = [...latest.values()].flatMap(({ workspaceId, stepId, dueAt }) =>
    dueAt === null ? [] : timerPlan(dueAt, now).map((timer) => ({ id: newId(), workspaceId, stepId, kind: timer.kind, dueAt, fireAt: timer.fireAt })),
  );
  for (let i = 0; i < rows.length; i += chunkSize) {
    await tx
      .insert(journeyTimers)
      .values(rows.slice(i, i + chunkSize))
      .onConflictDoNothing({ target: [journeyTimers.stepId, journeyTimers.kind, journeyTimers.dueAt] });
  }
}
