import { and, eq, sql } from "drizzle-orm";
import type { EscalationView, PerspectiveInput, RaiseEscalationInput, ResolveEscalationInput, ScheduleResolutionMeetingInput } from "../../../domain/escalations/contracts";
import { startingAgenda } from "../../../domain/trust/agenda-guides";
import { ResolveEscalation, resolutionTimers, resolveEscalation } from "../../../domain/trust/escalation";
import { otherSide, type Side } from "../../../domain/trust/side";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { escalations, partnerEvents } from "../../db/schema";
import { badRequest, conflict, notFound, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { onPartnerEvent } from "../journeys/partner-events";
import { insertPartnerMeeting } from "../meetings/insert";
import { meetingAttendees } from "../meetings/people";
import { authorizePartner } from "../partners/access";
import { cancelRelationshipTimers, replaceRelationshipTimers } from "../relationship-timers/schedule";
import { partnerContext } from "../relationship-timers/recipients";
import { peopleOfSide, tellAboutEscalation } from "./notices";
import { readEscalation, toEscalation, type EscalationRow } from "./read";

/*
 * Misunderstandings and escalations (R-F5): either side raises one with its perspective; the
 * other side answers with its own; a resolution meeting is held within 48 hours (timers remind at
 * 24 h and escalate at 48 h; the meetings module stops them when it records the meeting held);
 * resolving records the agreed action and the lesson, which the lessons log shows both sides.
 */

export interface EscalationParams {
  partnerId: string;
  escalationId: string;
}

const sideOf = (caller: Caller): Side => (caller.actor.kind === "partner" ? "partner" : "host");

/** The trust-first template's resolution step waits for this event (due 48 h after it). */
export const misunderstandingRaisedEvent = "misunderstanding_raised";

async function lockEscalation(tx: Tx, caller: Caller, params: EscalationParams, version: number | null): Promise<EscalationRow> {
  const [row] = await tx
    .select()
    .from(escalations)
    .where(and(eq(escalations.workspaceId, caller.workspace.id), eq(escalations.partnerId, params.partnerId), eq(escalations.id, params.escalationId)))
    .for("update");
  if (!row) throw notFound("That escalation");
  if (version !== null && row.version !== version) throw staleVersion("The escalation");
  if (row.resolvedAt) throw conflict("This escalation is resolved already; its lesson is in the lessons log.");
  return row;
}

export async function raiseEscalation(ctx: AppContext, caller: Caller, partnerId: string, input: RaiseEscalationInput): Promise<EscalationView> {
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, partnerId, "relationship.write");
    const workspaceId = caller.workspace.id;
    const now = ctx.clock.now();
    const side = sideOf(caller);
    const id = newId();
    const [row] = await tx
      .insert(escalations)
      .values({ id, workspaceId, partnerId: partner.id, title: input.summary, raisedSide: side, raisedBy: caller.actor.userId, raisedAt: now, raiserPerspective: input.perspective })
      .returning();
    if (!row) throw new Error("escalation insert returned nothing");
    // Recorded as a partner event so journeys waiting for it (the trust-first resolution step) fall due.
    await tx.insert(partnerEvents).values({ id: newId(), workspaceId, partnerId: partner.id, name: misunderstandingRaisedEvent, data: { escalationId: id }, source: "manual", idempotencyKey: `escalation:${id}`, at: now });
    await onPartnerEvent(tx, ctx, { workspaceId, partnerId: partner.id, name: misunderstandingRaisedEvent, at: now, actorUserId: caller.actor.userId });
    await replaceRelationshipTimers(tx, { workspaceId, partnerId: partner.id, subjectType: "escalation", subjectId: id }, resolutionTimers(toEscalation(row, new Set())));

    const context = await partnerContext(tx, workspaceId, partner.id);
    if (context) {
      const otherPeople = await peopleOfSide(tx, context, otherSide(side), partner.teamUserIds);
      await tellAboutEscalation(tx, ctx, workspaceId, caller.actor.userId, [...otherPeople, ...(partner.ownerUserId ? [partner.ownerUserId] : [])], {
        escalationId: id,
        partnerId: partner.id,
        kind: "escalation.raised",
        title: `Misunderstanding raised: ${input.summary}`,
        body: `${caller.name} raised "${input.summary}" in the relationship with ${partner.name}. Add how your side sees it; the two sides meet within 48 hours to resolve it.`,
        dedupeKey: `escalation:${id}:raised`,
      });
    }
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "escalation.raised", entityType: "escalation", entityId: id, after: { partnerId: partner.id, title: input.summary, side } });
    await recordActivity(tx, ctx.clock, { workspaceId, partnerId: partner.id, actorUserId: caller.actor.userId, kind: "escalation.raised", summary: `Misunderstanding raised by the ${side} side: “${input.summary}”`, data: { escalationId: id }, visibility: "shared" });
    return readEscalation(tx, workspaceId, partner.id, id, now);
  });
}

/** Each side writes its own perspective; the other side's first answer counts as its response time. */
export async function givePerspective(ctx: AppContext, caller: Caller, params: EscalationParams, input: PerspectiveInput): Promise<EscalationView> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, params.partnerId, "relationship.write");
    const row = await lockEscalation(tx, caller, params, input.version);
    const now = ctx.clock.now();
    const side = sideOf(caller);
    const raiserSide = side === row.raisedSide;
    const firstAnswer = !raiserSide && row.answeredAt === null;
    await tx
      .update(escalations)
      .set(raiserSide ? { raiserPerspective: input.perspective, version: sql`${escalations.version} + 1` } : { otherPerspective: input.perspective, answeredAt: row.answeredAt ?? now, version: sql`${escalations.version} + 1` })
      .where(eq(escalations.id, row.id));
    if (firstAnswer && row.raisedBy) {
      await tellAboutEscalation(tx, ctx, row.workspaceId, caller.actor.userId, [row.raisedBy], {
        escalationId: row.id,
        partnerId: row.partnerId,
        kind: "escalation.answered",
        title: `The ${side} side answered: ${row.title}`,
        body: `${caller.name} added how the ${side} side sees "${row.title}". Read both perspectives before the resolution meeting.`,
        dedupeKey: `escalation:${row.id}:answered`,
      });
    }
    await writeAudit(tx, ctx.clock, { workspaceId: row.workspaceId, actor: caller.audit, action: "escalation.perspective", entityType: "escalation", entityId: row.id, after: { side } });
    await recordActivity(tx, ctx.clock, { workspaceId: row.workspaceId, partnerId: row.partnerId, actorUserId: caller.actor.userId, kind: "escalation.perspective", summary: `The ${side} side gave its perspective on “${row.title}”`, data: { escalationId: row.id }, visibility: "shared" });
    return readEscalation(tx, row.workspaceId, row.partnerId, row.id, now);
  });
}

/** The resolution meeting lands in the partner's meetings (notes, recap, invite) like any other. */
export async function scheduleResolutionMeeting(ctx: AppContext, caller: Caller, params: EscalationParams, input: ScheduleResolutionMeetingInput): Promise<EscalationView> {
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, params.partnerId, "relationship.write");
    const row = await lockEscalation(tx, caller, params, null);
    const startsAt = new Date(input.startsAt);
    if (startsAt.getTime() < row.raisedAt.getTime()) {
      throw badRequest("The resolution meeting cannot start before the escalation was raised.", [{ path: "body.startsAt", message: "must be after the escalation was raised" }]);
    }
    const invited = await meetingAttendees(tx, row.workspaceId, row.partnerId, input.attendeeUserIds ?? []);
    const attendeeUserIds = [...new Set([caller.actor.userId, ...(row.raisedBy ? [row.raisedBy] : []), ...(partner.ownerUserId ? [partner.ownerUserId] : []), ...invited.map((person) => person.userId)])];
    const now = ctx.clock.now();
    const meeting = await insertPartnerMeeting(tx, {
      workspaceId: row.workspaceId,
      partnerId: row.partnerId,
      kind: "resolution",
      title: `Resolution: ${row.title}`,
      startsAt,
      durationMinutes: input.durationMinutes,
      location: input.location ?? null,
      agenda: startingAgenda("resolution"),
      organizerUserId: caller.actor.userId,
      attendeeUserIds,
      escalationId: row.id,
      createdBy: caller.actor.userId,
      now,
    });
    const when = `${startsAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
    await tellAboutEscalation(tx, ctx, row.workspaceId, caller.actor.userId, attendeeUserIds, {
      escalationId: row.id,
      partnerId: row.partnerId,
      meetingId: meeting.id,
      kind: "escalation.meeting_scheduled",
      title: `Resolution meeting: ${row.title}`,
      body: `${caller.name} scheduled the resolution meeting for "${row.title}" at ${when}${input.location ? ` (${input.location})` : ""}. Each side tells what happened, then you agree what changes.`,
      dedupeKey: `escalation:${row.id}:meeting:${meeting.id}`,
    });
    await writeAudit(tx, ctx.clock, { workspaceId: row.workspaceId, actor: caller.audit, action: "escalation.meeting_scheduled", entityType: "escalation", entityId: row.id, after: { meetingId: meeting.id, startsAt: input.startsAt } });
    await recordActivity(tx, ctx.clock, { workspaceId: row.workspaceId, partnerId: row.partnerId, actorUserId: caller.actor.userId, kind: "escalation.meeting_scheduled", summary: `Resolution meeting scheduled for “${row.title}”`, data: { escalationId: row.id, meetingId: meeting.id }, visibility: "shared" });
    return readEscalation(tx, row.workspaceId, row.partnerId, row.id, now);
  });
}

/**
 * Resolving needs the meeting held, the other side's perspective, the agreed action and the
 * lesson; one 400 names every part still missing so the form can mark them all at once.
 */
export async function resolve(ctx: AppContext, caller: Caller, params: EscalationParams, input: ResolveEscalationInput): Promise<EscalationView> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, params.partnerId, "relationship.write");
    const row = await lockEscalation(tx, caller, params, input.version);
    const otherPerspective = input.otherPerspective || row.otherPerspective;
    const parsed = ResolveEscalation.safeParse({ otherPerspective, agreedAction: input.agreedAction ?? "", lessonLearned: input.lessonLearned ?? "" });
    const missing = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: `body.${issue.path.join(".")}`, message: issue.message }));
    if (!row.meetingHeldAt) missing.unshift({ path: "meeting", message: "hold the resolution meeting first: record it as held in the partner's meetings, then resolve" });
    if (!parsed.success || missing.length > 0) throw badRequest(`Not ready to resolve: ${missing.map((m) => m.message).join("; ")}.`, missing);
    const now = ctx.clock.now();
    const resolved = resolveEscalation(toEscalation(row, new Set()), parsed.data, { side: sideOf(caller), userId: caller.actor.userId }, now);
    if (!resolved.ok) throw conflict(resolved.message);
    await tx
      .update(escalations)
      .set({
        otherPerspective: parsed.data.otherPerspective,
        answeredAt: row.answeredAt ?? now,
        agreedAction: parsed.data.agreedAction,
        lesson: parsed.data.lessonLearned,
        resolvedAt: now,
        resolvedBy: caller.actor.userId,
        version: sql`${escalations.version} + 1`,
      })
      .where(eq(escalations.id, row.id));
    await cancelRelationshipTimers(tx, { subjectType: "escalation", subjectId: row.id });
    await writeAudit(tx, ctx.clock, { workspaceId: row.workspaceId, actor: caller.audit, action: "escalation.resolved", entityType: "escalation", entityId: row.id, after: { agreedAction: parsed.data.agreedAction, lessonLearned: parsed.data.lessonLearned } });
    await recordActivity(tx, ctx.clock, { workspaceId: row.workspaceId, partnerId: row.partnerId, actorUserId: caller.actor.userId, kind: "escalation.resolved", summary: `Resolved “${row.title}”; the lesson is in the lessons log`, data: { escalationId: row.id }, visibility: "shared" });
    return readEscalation(tx, row.workspaceId, row.partnerId, row.id, now);
  });
}
