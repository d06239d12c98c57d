import { eq, sql } from "drizzle-orm";
import type { AdHocStepInput } from "../../../domain/journeys/contracts";
import { isPartnerRole } from "../../../domain/journeys/template/owner";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { journeySteps, journeyTimers, journeys } from "../../db/schema";
import { badRequest, conflict, notFound, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { authorizeJourney } from "./access";
import { insertAdHocStep } from "./ad-hoc-step";
import { appendEvents } from "./events";
import { isAssignable, roleHolders } from "./owners";
import { viewJourney } from "./read";
import { loadJourney } from "./load";

type JourneyIds = { partnerId: string; journeyId: string };

/** Locks the journey for a journey-wide change and checks it is still running. */
export async function lockJourney(tx: Tx, caller: Caller, ids: JourneyIds, version: number | null) {
  const { partner } = await authorizeJourney(tx, caller, ids.partnerId, ids.journeyId, "journey.manage");
  const [journey] = await tx.select().from(journeys).where(eq(journeys.id, ids.journeyId)).for("update");
  if (!journey) throw notFound("That journey");
  if (journey.cancelledAt) throw conflict("This journey was cancelled; it can no longer change.");
  if (version !== null && journey.version !== version) throw staleVersion("This journey");
  return { partner, journey };
}

/** A step the template did not have, for this partner only (R-D4); its date is set by hand. */
export async function addAdHocStep(ctx: AppContext, caller: Caller, ids: JourneyIds, input: AdHocStepInput & { dependsOn: string[]; visibility: "internal" | "shared" }) {
  const care = await ctx.db.transaction(async (tx) => {
    const { partner, journey } = await lockJourney(tx, caller, ids, null);
    const loaded = await loadJourney(tx, caller.workspace.id, journey.id);
    if (!loaded.phases.some((phase) => phase.key === input.phaseKey)) {
      throw badRequest("That phase is not part of this journey.", [{ path: "body.phaseKey", message: `use one of ${loaded.phases.map((phase) => phase.key).join(", ")}` }]);
    }
    const keys = new Set(loaded.steps.map(({ step }) => step.key));
    const missing = input.dependsOn.map((key, index) => ({ key, index })).filter(({ key }) => !keys.has(key));
    if (missing.length > 0) throw badRequest("A step it depends on is not in this journey.", missing.map(({ key, index }) => ({ path: `body.dependsOn.${index}`, message: `no step "${key}"` })));
    if (isPartnerRole(input.ownerRole) && input.visibility === "internal") {
      throw badRequest("A step owned by the partner must be shared with it.", [{ path: "body.visibility", message: "use shared for a partner-owned step" }]);
    }
    const side = isPartnerRole(input.ownerRole) ? "partner" : "host";
    if (input.ownerUserId && !(await isAssignable(tx, caller.workspace.id, partner.id, input.ownerUserId, side))) {
      throw badRequest("That person cannot own this step.", [{ path: "body.ownerUserId", message: side === "host" ? "must be active staff of this workspace" : "must be an active user of this partner" }]);
    }
    const ownerUserId = input.ownerUserId ?? (await roleHolders(tx, caller.workspace.id, partner))[input.ownerRole];
    const { stepId: id } = await insertAdHocStep(tx, {
      workspaceId: caller.workspace.id, partnerId: partner.id, journeyId: journey.id, phaseKey: input.phaseKey, title: input.title, description: input.description,
      ownerRole: input.ownerRole, ownerUserId, visibility: input.visibility, dueAt: new Date(input.dueAt), dependsOn: input.dependsOn, actorUserId: caller.actor.userId, now: ctx.clock.now(),
    });
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "journey.step_added", entityType: "journey_step", entityId: id, after: { title: input.title, phaseKey: input.phaseKey, dueAt: input.dueAt } });
    return partner;
  });
  return viewJourney(ctx, caller, care, ids.journeyId);
}

/** Stops a journey before its end, with a reason; what was done stays on record, reminders stop. */
export async function cancelJourney(ctx: AppContext, caller: Caller, ids: JourneyIds, input: { version: number; reason: string }) {
  const care = await ctx.db.transaction(async (tx) => {
    const { partner, journey } = await lockJourney(tx, caller, ids, input.version);
    const now = ctx.clock.now();
    await tx.update(journeys).set({ cancelledAt: now, version: sql`${journeys.version} + 1` }).where(eq(journeys.id, journey.id));
    await tx.execute(sql`delete from ${journeyTimers} where ${journeyTimers.firedAt} is null and ${journeyTimers.stepId} in (select ${journeySteps.id} from ${journeySteps} where ${journeySteps.journeyId} = ${journey.id})`);
    await appendEvents(tx, [{ workspaceId: journey.workspaceId, journeyId: journey.id, partnerId: journey.partnerId, type: "journey.cancelled", actorUserId: caller.actor.userId, visibility: "shared", data: { reason: input.reason }, at: now }]);
    await writeAudit(tx, ctx.clock, { workspaceId: journey.workspaceId, actor: caller.audit, action: "journey.cancel", entityType: "journey", entityId: journey.id, after: { reason: input.reason } });
    await recordActivity(tx, ctx.clock, { workspaceId: journey.workspaceId, partnerId: journey.partnerId, actorUserId: caller.actor.userId, kind: "journey.cancelled", summary: `Journey “${journey.name}” was cancelled: ${input.reason}`, visibility: "shared" });
    return partner;
  });
  return viewJourney(ctx, caller, care, ids.journeyId);
}
