import { and, desc, eq } from "drizzle-orm";
import type { JourneyEvent } from "../../../domain/journeys/contracts";
import type { AppContext } from "../../context";
import { journeyEvents as events, journeySteps, user } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { authorizeJourney } from "./access";

/** The journey's history, newest first; partner users see the shared part only. */
export async function journeyEvents(ctx: AppContext, caller: Caller, ids: { partnerId: string; journeyId: string }): Promise<JourneyEvent[]> {
  await authorizeJourney(ctx.db, caller, ids.partnerId, ids.journeyId, "journey.read");
  const rows = await ctx.db
    .select({ event: events, stepTitle: journeySteps.title, actorName: user.name, actorEmail: user.email })
    .from(events)
    .leftJoin(journeySteps, eq(journeySteps.id, events.stepId))
    .leftJoin(user, eq(user.id, events.actorUserId))
    .where(and(eq(events.journeyId, ids.journeyId), caller.actor.kind === "partner" ? eq(events.visibility, "shared") : undefined))
    .orderBy(desc(events.id))
    .limit(500);
  return rows.map(({ event, stepTitle, actorName, actorEmail }) => ({
    id: event.id,
    type: event.type,
    stepId: event.stepId,
    stepTitle,
    actor: event.actorUserId && actorName !== null && actorEmail !== null ? { userId: event.actorUserId, name: actorName, email: actorEmail } : null,
    data: isRecord(event.data) ? event.data : {},
    at: event.at.toISOString(),
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
