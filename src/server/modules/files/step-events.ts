import type { Clock } from "../../clock";
import type { DbOrTx } from "../../db/client";
import { journeyEvents } from "../../db/schema";
import type { StepRow } from "./step-scope";

/**
 * One entry in the journey's append-only history, seen by the same people as the step it is
 * about (partner users never get events of internal steps).
 */
export async function recordStepEvent(tx: DbOrTx, clock: Clock, step: StepRow, type: string, actorUserId: string, data: Record<string, unknown>) {
  await tx.insert(journeyEvents).values({
    workspaceId: step.workspaceId,
    journeyId: step.journeyId,
    partnerId: step.partnerId,
    stepId: step.id,
    type,
    actorUserId,
    data,
    visibility: step.visibility,
    at: clock.now(),
  });
}
