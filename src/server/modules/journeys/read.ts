import { and, desc, eq } from "drizzle-orm";
import type { PartnerCare } from "../../../domain/journeys/step-access";
import type { AppContext } from "../../context";
import { journeys } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";
import { authorizeJourney } from "./access";
import { loadJourney } from "./load";
import { deriveOf, figuresFor, journeyView, summaryOf } from "./view";

/** One journey as the caller may see it. */
export async function readJourney(ctx: AppContext, caller: Caller, partnerId: string, journeyId: string) {
  const { partner } = await authorizeJourney(ctx.db, caller, partnerId, journeyId, "journey.read");
  return viewJourney(ctx, caller, partner, journeyId);
}

/**
 * The journey as it stands after a change the caller was just authorized for (in the change's
 * transaction), so the answer to a change does not ask the same questions twice.
 */
export async function viewJourney(ctx: AppContext, caller: Caller, care: PartnerCare, journeyId: string) {
  const loaded = await loadJourney(ctx.db, caller.workspace.id, journeyId);
  return journeyView(caller, loaded, care, ctx.clock.now());
}

/** A partner's journeys, newest first (usually one; cancelled ones stay for the record). */
export async function listPartnerJourneys(ctx: AppContext, caller: Caller, partnerId: string) {
  await authorizePartner(ctx.db, caller, partnerId, "journey.read");
  const ids = await ctx.db
    .select({ id: journeys.id })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, caller.workspace.id), eq(journeys.partnerId, partnerId)))
    .orderBy(desc(journeys.startedAt));
  const now = ctx.clock.now();
  const loaded = await Promise.all(ids.map(({ id }) => loadJourney(ctx.db, caller.workspace.id, id)));
  return loaded.map((journey) => summaryOf(journey, figuresFor(caller, journey, deriveOf(journey, journey.steps, now), now)));
}

