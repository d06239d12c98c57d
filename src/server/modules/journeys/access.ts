import { and, eq } from "drizzle-orm";
import type { WorkspaceAction } from "../../../domain/access/actions";
import type { DbOrTx } from "../../db/client";
import { journeys } from "../../db/schema";
import { notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";

/**
 * The partner is authorized for the action (404 outside scope, 403 without the right), then the
 * journey must belong to that partner: a journey id of another partner is 404 like any stranger's.
 */
export async function authorizeJourney(db: DbOrTx, caller: Caller, partnerId: string, journeyId: string, action: WorkspaceAction) {
  const partner = await authorizePartner(db, caller, partnerId, action);
  const [journey] = await db
    .select({ id: journeys.id, version: journeys.version, cancelledAt: journeys.cancelledAt })
    .from(journeys)
    .where(and(eq(journeys.id, journeyId), eq(journeys.partnerId, partnerId), eq(journeys.workspaceId, caller.workspace.id)));
  if (!journey) throw notFound("That journey");
  return { partner, journey };
}
