import { and, eq, isNull } from "drizzle-orm";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { journeySteps, journeys, partners } from "../../db/schema";
import { recordActivity } from "../activity/record";
import { markResolved } from "./complete";
import { definitionOf } from "./definition";
import { appendEvents } from "./events";
import { replanJourney } from "./replan";

export interface RaisedEvent {
  workspaceId: string;
  partnerId: string;
  /** e.g. `first_deal_approved` */
  name: string;
  at: Date;
  actorUserId: string | null;
}

/**
 * Called in the transaction that records an event for a partner (POST /api/events or another
 * module): open milestones waiting for it are completed, and due dates counted from it appear.
 * Only the first time an event is raised counts for due dates (see replan.anchorsOf).
 */
export async function onPartnerEvent(tx: Tx, ctx: AppContext, event: RaisedEvent): Promise<{ completedSteps: number }> {
  const running = await tx
    .select({ id: journeys.id, workspaceId: journeys.workspaceId, partnerId: journeys.partnerId, startedAt: journeys.startedAt, timeZone: partners.timeZone })
    .from(journeys)
    .innerJoin(partners, eq(partners.id, journeys.partnerId))
    .where(and(eq(journeys.workspaceId, event.workspaceId), eq(journeys.partnerId, event.partnerId), isNull(journeys.cancelledAt)))
    .for("update", { of: journeys });
  let completedSteps = 0;
  const now = ctx.clock.now();
  for (const journey of running) {
    const open = await tx
      .select()
      .from(journeySteps)
      .where(and(eq(journeySteps.journeyId, journey.id), eq(journeySteps.kind, "milestone"), eq(journeySteps.status, "open")));
    for (const step of open) {
      const definition = definitionOf(step.definition);
      if (definition.kind !== "milestone" || definition.completedBy !== event.name) continue;
      await markResolved(tx, step, "done", event.at, event.actorUserId, { event: event.name, at: event.at.toISOString() });
      await appendEvents(tx, [{ workspaceId: step.workspaceId, journeyId: journey.id, partnerId: journey.partnerId, stepId: step.id, type: "step.completed", actorUserId: event.actorUserId, visibility: step.visibility, data: { title: step.title, kind: step.kind, event: event.name }, at: now }]);
      await recordActivity(tx, ctx.clock, { workspaceId: step.workspaceId, partnerId: journey.partnerId, actorUserId: event.actorUserId, kind: "journey.milestone_reached", summary: `Milestone reached: “${step.title}”`, visibility: step.visibility });
      completedSteps += 1;
    }
    await replanJourney(tx, journey, journey.timeZone, now);
  }
  return { completedSteps };
}
