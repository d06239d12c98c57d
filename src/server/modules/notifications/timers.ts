import { and, isNull, sql } from "drizzle-orm";
import { timerPlan } from "../../../domain/notifications/timer-plan";
import type { DbOrTx } from "../../db/client";
import { journeyTimers } from "../../db/schema";
import { newId } from "../../ids";
import { inIdList } from "./id-list";

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
    await tx.delete(journeyTimers).where(and(inIdList(journeyTimers.stepId, stepIds.slice(i, i + chunkSize), "uuid"), isNull(journeyTimers.firedAt)));
  }
  const rows = [...latest.values()].flatMap(({ workspaceId, stepId, dueAt }) =>
    dueAt === null
      ? []
      : timerPlan(dueAt, now).map((timer) => ({ id: newId(), workspace_id: workspaceId, step_id: stepId, kind: timer.kind, due_at: dueAt.toISOString(), fire_at: timer.fireAt.toISOString() })),
  );
  // One JSON parameter per chunk: starting a 60-step journey writes ~180 timers in one cheap statement.
  for (let i = 0; i < rows.length; i += chunkSize) {
    await tx.execute(sql`
      insert into ${journeyTimers} (id, workspace_id, step_id, kind, due_at, fire_at)
      select id, workspace_id, step_id, kind, due_at, fire_at
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + chunkSize))}::jsonb) as x(id uuid, workspace_id uuid, step_id uuid, kind text, due_at timestamptz, fire_at timestamptz)
      on conflict (step_id, kind, due_at) do nothing`);
  }
}
