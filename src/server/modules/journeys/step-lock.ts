import { and, eq } from "drizzle-orm";
import type { WorkspaceAction } from "../../../domain/access/actions";
import type { Tx } from "../../db/client";
import { journeySteps, journeys, partners } from "../../db/schema";
import { conflict, notFound, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { authorizeJourney } from "./access";

/**
 * Opens a change to one step: the partner and journey authorized for the action, the step locked
 * for the rest of the transaction, and the version the person saw compared with the stored one,
 * so of two people completing the same step at once one wins and the other gets 409.
 * A partner user asking for an internal step gets 404, as for anything they may not see.
 */
export async function lockStep(tx: Tx, caller: Caller, ids: { partnerId: string; journeyId: string; stepId: string }, action: WorkspaceAction, version: number | null) {
  const { partner } = await authorizeJourney(tx, caller, ids.partnerId, ids.journeyId, action);
  const [journey] = await tx.select().from(journeys).where(eq(journeys.id, ids.journeyId)).for("update");
  if (!journey) throw notFound("That journey");
  const [step] = await tx
    .select()
    .from(journeySteps)
    .where(and(eq(journeySteps.id, ids.stepId), eq(journeySteps.journeyId, ids.journeyId)))
    .for("update");
  if (!step || (caller.actor.kind === "partner" && step.visibility !== "shared")) throw notFound("That step");
  if (journey.cancelledAt) throw conflict("This journey was cancelled; its steps can no longer change.");
  if (version !== null && step.version !== version) throw staleVersion(`“${step.title}”`);
  const [place] = await tx.select({ timeZone: partners.timeZone }).from(partners).where(eq(partners.id, ids.partnerId));
  return { partner, journey, step, timeZone: place?.timeZone ?? "UTC" };
}

export type LockedStep = Awaited<ReturnType<typeof lockStep>>;
