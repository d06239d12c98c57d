import { and, eq } from "drizzle-orm";
import type { WorkspaceAction } from "../../../domain/access/actions";
import { can } from "../../../domain/access/policy";
import { mayCompleteStep } from "../../../domain/journeys/step-access";
import { Step } from "../../../domain/journeys/template/schema";
import type { DbOrTx } from "../../db/client";
import { journeySteps, journeys } from "../../db/schema";
import { conflict, forbidden, notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";

/*
 * The one way files and meetings reach a journey step: the partner is authorized for the action
 * (404 outside the caller's scope), the journey and the step must belong to it, and a partner
 * user never learns that an internal step exists. Then `mayAct` says whether the caller may work
 * on the step (the domain's `mayCompleteStep`, which also holds for uploading and scheduling).
 */

export interface StepIds {
  partnerId: string;
  journeyId: string;
  stepId: string;
}

export type StepRow = typeof journeySteps.$inferSelect;

export async function loadStepScope(db: DbOrTx, caller: Caller, ids: StepIds, action: WorkspaceAction, lock = false) {
  const partner = await authorizePartner(db, caller, ids.partnerId, action);
  const [journey] = await db
    .select({ id: journeys.id, cancelledAt: journeys.cancelledAt })
    .from(journeys)
    .where(and(eq(journeys.id, ids.journeyId), eq(journeys.partnerId, ids.partnerId), eq(journeys.workspaceId, caller.workspace.id)));
  if (!journey) throw notFound("That journey");
  const query = db
    .select()
    .from(journeySteps)
    .where(and(eq(journeySteps.id, ids.stepId), eq(journeySteps.journeyId, journey.id), eq(journeySteps.workspaceId, caller.workspace.id)));
  const [step] = lock ? await query.for("update") : await query;
  if (!step || (caller.actor.kind === "partner" && step.visibility !== "shared")) throw notFound("That step");
  const definition = Step.parse(step.definition);
  const care = { ownerUserId: partner.ownerUserId, teamUserIds: partner.teamUserIds };
  const resource = { partner: { id: partner.id, ownerUserId: partner.ownerUserId, teamUserIds: partner.teamUserIds } };
  const mayAct =
    can(caller.actor, "journey.step.act", resource) === "allow" &&
    mayCompleteStep(
      caller.actor,
      {
        kind: step.kind,
        ownerRole: definition.owner,
        ownerUserId: step.ownerUserId,
        visibility: step.visibility,
        approver: definition.kind === "approval_gate" ? definition.approver : undefined,
      },
      care,
    );
  const mayManage = can(caller.actor, "journey.manage", resource) === "allow";
  return { partner, journey, step, definition, mayAct, mayManage };
}

export type StepScope = Awaited<ReturnType<typeof loadStepScope>>;

/** Working on a step (adding files, scheduling) needs the step to be the caller's and still open. */
export function assertWorkable(scope: StepScope, doing: string): void {
  if (!scope.mayAct) throw forbidden(`This step is not yours to work on, so you cannot ${doing}.`);
  if (scope.journey.cancelledAt) throw conflict(`This journey was cancelled, so you cannot ${doing}.`);
  if (scope.step.status !== "open") throw conflict(`This step is already ${scope.step.status}, so you cannot ${doing}. Ask the partner manager to reopen it if something changed.`);
}
