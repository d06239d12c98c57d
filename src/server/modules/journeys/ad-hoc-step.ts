import { and, desc, eq, isNull, max, sql } from "drizzle-orm";
import type { OwnerRole, Visibility } from "../../../domain/journeys/template/owner";
import type { Step } from "../../../domain/journeys/template/schema";
import type { Tx } from "../../db/client";
import { journeySteps, journeys } from "../../db/schema";
import { newId } from "../../ids";
import { scheduleStepTimers } from "../notifications/timers";
import { appendEvents } from "./events";

/*
 * A step the template did not have, written into a running journey in the caller's transaction:
 * an ad-hoc step added by hand (journey-changes.ts), a meeting's action item, the investigation
 * a quarterly review opens. Its due date is set by hand, so re-planning never moves it.
 */

export interface AdHocStepRow {
  workspaceId: string;
  partnerId: string;
  journeyId: string;
  phaseKey: string;
  title: string;
  description?: string;
  ownerRole: OwnerRole;
  ownerUserId: string | null;
  visibility: Visibility;
  dueAt: Date;
  dependsOn?: string[];
  actorUserId: string | null;
  now: Date;
}

/** Inserts the step, its reminders and its `step.added` event; the caller has locked the journey. */
export async function insertAdHocStep(tx: Tx, row: AdHocStepRow): Promise<{ stepId: string; key: string }> {
  const [{ last } = { last: 0 }] = await tx.select({ last: max(journeySteps.position) }).from(journeySteps).where(eq(journeySteps.journeyId, row.journeyId));
  const position = (last ?? 0) + 1;
  const key = `adhoc_${position}`;
  const definition: Step = {
    kind: "task",
    key,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    owner: row.ownerRole,
    due: { after: "start", days: 0 },
    dependsOn: row.dependsOn ?? [],
    visibility: row.visibility,
    required: false,
  };
  const stepId = newId();
  await tx.insert(journeySteps).values({
    id: stepId,
    workspaceId: row.workspaceId,
    journeyId: row.journeyId,
    partnerId: row.partnerId,
    phaseKey: row.phaseKey,
    position,
    key,
    kind: "task",
    title: row.title,
    description: row.description ?? "",
    ownerRole: row.ownerRole,
    ownerUserId: row.ownerUserId,
    visibility: row.visibility,
    required: false,
    definition,
    dueAt: row.dueAt,
    dueManual: true,
    baselineDueAt: row.dueAt,
    adHoc: true,
  });
  await scheduleStepTimers(tx, { workspaceId: row.workspaceId, stepId, dueAt: row.dueAt, now: row.now });
  await tx.update(journeys).set({ version: sql`${journeys.version} + 1` }).where(eq(journeys.id, row.journeyId));
  await appendEvents(tx, [
    {
      workspaceId: row.workspaceId,
      journeyId: row.journeyId,
      partnerId: row.partnerId,
      stepId,
      type: "step.added",
      actorUserId: row.actorUserId,
      visibility: row.visibility,
      data: { title: row.title, dueAt: row.dueAt.toISOString() },
      at: row.now,
    },
  ]);
  return { stepId, key };
}

/**
 * The partner's most recently started journey that still runs, locked for the change, with the
 * phase a new step joins (the phase of its last step). Null when the partner has no running
 * journey: callers then keep the item on their own record and say so.
 */
export async function lockRunningJourney(tx: Tx, workspaceId: string, partnerId: string): Promise<{ journeyId: string; phaseKey: string } | null> {
  const [journey] = await tx
    .select({ id: journeys.id })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.partnerId, partnerId), isNull(journeys.cancelledAt)))
    .orderBy(desc(journeys.startedAt))
    .limit(1)
    .for("update");
  if (!journey) return null;
  const [lastStep] = await tx
    .select({ phaseKey: journeySteps.phaseKey })
    .from(journeySteps)
    .where(eq(journeySteps.journeyId, journey.id))
    .orderBy(desc(journeySteps.position))
    .limit(1);
  if (!lastStep) return null;
  return { journeyId: journey.id, phaseKey: lastStep.phaseKey };
}

/** Adds a step to the partner's running journey, if it has one. */
export async function addStepToRunningJourney(tx: Tx, row: Omit<AdHocStepRow, "journeyId" | "phaseKey">): Promise<{ stepId: string; journeyId: string } | null> {
  const running = await lockRunningJourney(tx, row.workspaceId, row.partnerId);
  if (!running) return null;
  const { stepId } = await insertAdHocStep(tx, { ...row, ...running });
  return { stepId, journeyId: running.journeyId };
}
