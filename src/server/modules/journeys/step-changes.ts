import { eq, sql } from "drizzle-orm";
import { isPartnerRole, OwnerRole } from "../../../domain/journeys/template/owner";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { journeySteps } from "../../db/schema";
import { badRequest, conflict } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { journeyStepLink } from "../notifications/links";
import { notify } from "../notifications/service";
import { scheduleStepTimers } from "../notifications/timers";
import { markResolved } from "./complete";
import { appendEvents } from "./events";
import { isAssignable } from "./owners";
import { viewJourney } from "./read";
import { replanJourney } from "./replan";
import { lockStep, type LockedStep } from "./step-lock";

type StepIds = { partnerId: string; journeyId: string; stepId: string };

/**
 * The manager's changes to a step (R-D4). Each: the step locked at the version the person saw,
 * the change, due dates re-planned, an event in the journey's history, an audit entry.
 */
async function changeStep(
  ctx: AppContext,
  caller: Caller,
  ids: StepIds,
  version: number,
  change: (tx: Tx, locked: LockedStep, now: Date) => Promise<{ type: string; data: Record<string, unknown>; summary?: string }>,
) {
  const care = await ctx.db.transaction(async (tx) => {
    const locked = await lockStep(tx, caller, ids, "journey.manage", version);
    const now = ctx.clock.now();
    const event = await change(tx, locked, now);
    await replanJourney(tx, locked.journey, locked.timeZone, now);
    const { step, journey } = locked;
    await appendEvents(tx, [{ workspaceId: step.workspaceId, journeyId: journey.id, partnerId: journey.partnerId, stepId: step.id, type: event.type, actorUserId: caller.actor.userId, visibility: step.visibility, data: { title: step.title, ...event.data }, at: now }]);
    await writeAudit(tx, ctx.clock, { workspaceId: step.workspaceId, actor: caller.audit, action: event.type, entityType: "journey_step", entityId: step.id, before: { status: step.status, ownerUserId: step.ownerUserId, dueAt: step.dueAt?.toISOString() ?? null }, after: event.data });
    if (event.summary) await recordActivity(tx, ctx.clock, { workspaceId: step.workspaceId, partnerId: journey.partnerId, actorUserId: caller.actor.userId, kind: event.type, summary: event.summary, visibility: step.visibility });
    return locked.partner;
  });
  return viewJourney(ctx, caller, care, ids.journeyId);
}

const bump = { version: sql`${journeySteps.version} + 1` };

/** "Send back": a done or skipped step opens again, with the reason, and its owner is told. */
export function reopenStep(ctx: AppContext, caller: Caller, ids: StepIds, input: { version: number; reason: string }) {
  return changeStep(ctx, caller, ids, input.version, async (tx, { step, journey }, now) => {
    if (step.status === "open") throw conflict(`“${step.title}” is still open; only a done or skipped step can be sent back.`);
    await tx.update(journeySteps).set({ status: "open", completedAt: null, completedBy: null, ...bump }).where(eq(journeySteps.id, step.id));
    await scheduleStepTimers(tx, { workspaceId: step.workspaceId, stepId: step.id, dueAt: step.dueAt, now });
    if (step.ownerUserId && step.ownerUserId !== caller.actor.userId) {
      const audience = isPartnerRole(OwnerRole.parse(step.ownerRole)) ? "partner" : "staff";
      await notify(tx, ctx.clock, {
        workspaceId: step.workspaceId,
        userIds: [step.ownerUserId],
        kind: "step.reopened",
        title: `“${step.title}” was sent back to you`,
        body: input.reason,
        link: journeyStepLink(caller.workspace.slug, journey.partnerId, step.id, audience),
        dedupeKey: `step-reopened:${step.id}:${step.version}`,
        partnerId: journey.partnerId,
        journeyId: journey.id,
        stepId: step.id,
        email: true,
        publicUrl: ctx.config.publicUrl,
      });
    }
    return { type: "step.reopened", data: { reason: input.reason, was: step.status }, summary: `“${step.title}” was sent back: ${input.reason}` };
  });
}

/** Skipping needs a reason; a required step (a required gate above all) can never be skipped. */
export function skipStep(ctx: AppContext, caller: Caller, ids: StepIds, input: { version: number; reason: string }) {
  return changeStep(ctx, caller, ids, input.version, async (tx, { step }, now) => {
    if (step.status !== "open") throw conflict(`“${step.title}” is already ${step.status}.`);
    if (step.required) throw conflict(`“${step.title}” is required and cannot be skipped.`);
    await markResolved(tx, step, "skipped", now, caller.actor.userId);
    return { type: "step.skipped", data: { reason: input.reason }, summary: `“${step.title}” was skipped: ${input.reason}` };
  });
}

/** Gives the step to another person of the same side as its owner role; they are told. */
export function reassignStep(ctx: AppContext, caller: Caller, ids: StepIds, input: { version: number; userId: string }) {
  return changeStep(ctx, caller, ids, input.version, async (tx, { step, journey }) => {
    if (step.status !== "open") throw conflict(`“${step.title}” is ${step.status}; reopen it before giving it to someone else.`);
    const side = isPartnerRole(OwnerRole.parse(step.ownerRole)) ? "partner" : "host";
    if (!(await isAssignable(tx, step.workspaceId, journey.partnerId, input.userId, side))) {
      throw badRequest("That person cannot own this step.", [{ path: "body.userId", message: side === "host" ? "must be active staff of this workspace" : "must be an active user of this partner" }]);
    }
    await tx.update(journeySteps).set({ ownerUserId: input.userId, ...bump }).where(eq(journeySteps.id, step.id));
    await notify(tx, ctx.clock, {
      workspaceId: step.workspaceId,
      userIds: [input.userId],
      kind: "step.assigned",
      title: `“${step.title}” is now yours`,
      body: `${caller.name} gave you this step${step.dueAt ? `, due ${step.dueAt.toISOString().slice(0, 10)}` : ""}.`,
      link: journeyStepLink(caller.workspace.slug, journey.partnerId, step.id, side === "host" ? "staff" : "partner"),
      dedupeKey: `step-assigned:${step.id}:${step.version}`,
      partnerId: journey.partnerId,
      journeyId: journey.id,
      stepId: step.id,
      email: true,
      publicUrl: ctx.config.publicUrl,
    });
    return { type: "step.reassigned", data: { from: step.ownerUserId, to: input.userId } };
  });
}

/** A date set by hand, with a reason; it stays put whatever happens to the step it counted from. */
export function rescheduleStep(ctx: AppContext, caller: Caller, ids: StepIds, input: { version: number; dueAt: string; reason: string }) {
  return changeStep(ctx, caller, ids, input.version, async (tx, { step }, now) => {
    if (step.status !== "open") throw conflict(`“${step.title}” is ${step.status}; only open steps can be rescheduled.`);
    const dueAt = new Date(input.dueAt);
    await tx.update(journeySteps).set({ dueAt, dueManual: true, baselineDueAt: step.baselineDueAt ?? dueAt, ...bump }).where(eq(journeySteps.id, step.id));
    await scheduleStepTimers(tx, { workspaceId: step.workspaceId, stepId: step.id, dueAt, now });
    return {
      type: "step.rescheduled",
      data: { from: step.dueAt?.toISOString() ?? null, to: dueAt.toISOString(), reason: input.reason },
      summary: `“${step.title}” was rescheduled to ${dueAt.toISOString().slice(0, 10)}: ${input.reason}`,
    };
  });
}
