import { and, eq, inArray } from "drizzle-orm";
import type {
  EditPartnerMeetingInput,
  MeetingAttendee,
  MeetingPeople,
  PartnerMeetingDetail,
  PartnerMeetingList,
  SchedulePartnerMeetingInput,
} from "../../../domain/meetings/partner-meetings";
import { startingAgenda, type MeetingType } from "../../../domain/trust/agenda-guides";
import type { AppContext } from "../../context";
import { partnerMeetings, partnerMembers, staffMemberships, user } from "../../db/schema";
import { conflict, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { authorizePartner } from "../partners/access";
import { teamOf } from "../partners/queries";
import { insertPartnerMeeting, planRecapTimers } from "./insert";
import { notifyMeetingAttendees } from "./partner-notices";
import { meetingAttendees } from "./people";
import { agendaOf, attendeeIdsOf, meetingDetail, meetingRowOf, meetingRowsOf, meetingView, peopleIndex, type MeetingRow, withInternalNotes } from "./partner-view";

/*
 * Meetings with a partner (R-F1) from the meetings tab: list, read, schedule, move, cancel. The
 * meeting of a journey step is moved or dropped on its step, so the two never disagree.
 */

export async function listPartnerMeetings(ctx: AppContext, caller: Caller, partnerId: string, kind: MeetingType | undefined): Promise<PartnerMeetingList> {
  await authorizePartner(ctx.db, caller, partnerId, "relationship.read");
  const rows = await meetingRowsOf(ctx.db, caller, partnerId, kind);
  const people = await peopleIndex(ctx.db, caller.workspace.id, partnerId, rows);
  const now = ctx.clock.now();
  const views = rows.map((row) => meetingView(row, people, withInternalNotes(caller), now));
  const isUpcoming = (view: (typeof views)[number]) => view.status === "scheduled" && new Date(view.endsAt).getTime() > now.getTime();
  return { upcoming: views.filter(isUpcoming), past: views.filter((view) => !isUpcoming(view)).reverse() };
}

export async function readPartnerMeeting(ctx: AppContext, caller: Caller, partnerId: string, meetingId: string): Promise<PartnerMeetingDetail> {
  await authorizePartner(ctx.db, caller, partnerId, "relationship.read");
  const row = await meetingRowOf(ctx.db, caller, partnerId, meetingId);
  return meetingDetail(ctx.db, row, withInternalNotes(caller), ctx.clock.now());
}

export async function schedulePartnerMeeting(ctx: AppContext, caller: Caller, partnerId: string, input: SchedulePartnerMeetingInput): Promise<PartnerMeetingDetail> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.write");
    const attendees = await meetingAttendees(tx, caller.workspace.id, partnerId, input.attendeeUserIds);
    const now = ctx.clock.now();
    const { id } = await insertPartnerMeeting(tx, {
      workspaceId: caller.workspace.id,
      partnerId,
      kind: input.kind,
      title: input.title,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes ?? 60,
      location: input.location && input.location !== "" ? input.location : null,
      agenda: input.agenda ?? startingAgenda(input.kind),
      organizerUserId: caller.actor.userId,
      attendeeUserIds: attendees.map((person) => person.userId),
      createdBy: caller.actor.userId,
      now,
    });
    const row = await meetingRowOf(tx, caller, partnerId, id);
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "meeting.scheduled", entityType: "partner_meeting", entityId: id, after: auditFacts(row) });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "meeting.scheduled",
      summary: `${caller.name} scheduled "${row.title}" for ${row.startsAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
      data: { meetingId: id, startsAt: row.startsAt.toISOString() },
      visibility: "shared",
    });
    await notifyMeetingAttendees(tx, ctx, caller, row, "scheduled");
    return meetingDetail(tx, row, withInternalNotes(caller), now);
  });
}

/** A meeting scheduled from a journey step is changed on its step; cancelled and held meetings stay as they were. */
function assertMovable(row: MeetingRow, doing: string) {
  if (row.stepId) throw conflict(`"${row.title}" belongs to a step of the journey; ${doing} on the step instead.`);
  if (row.cancelledAt) throw conflict(`"${row.title}" was cancelled; schedule a new meeting instead.`);
  if (row.heldAt) throw conflict(`"${row.title}" has already taken place; schedule a new meeting instead.`);
}

export async function editPartnerMeeting(ctx: AppContext, caller: Caller, ids: { partnerId: string; meetingId: string }, input: EditPartnerMeetingInput): Promise<PartnerMeetingDetail> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, ids.partnerId, "relationship.write");
    const row = await meetingRowOf(tx, caller, ids.partnerId, ids.meetingId, true);
    if (row.version !== input.version) throw staleVersion("This meeting");
    assertMovable(row, "move it");
    const attendeeUserIds = input.attendeeUserIds ? (await meetingAttendees(tx, caller.workspace.id, ids.partnerId, input.attendeeUserIds)).map((person) => person.userId) : attendeeIdsOf(row);
    const startsAt = input.startsAt ? new Date(input.startsAt) : row.startsAt;
    const durationMinutes = input.durationMinutes ?? Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000);
    const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
    const [updated] = await tx
      .update(partnerMeetings)
      .set({
        title: input.title ?? row.title,
        startsAt,
        endsAt,
        location: input.location === undefined ? row.location : input.location === null || input.location === "" ? null : input.location,
        attendeeUserIds: attendeeUserIds,
        agenda: input.agenda ?? agendaOf(row),
        sequence: row.sequence + 1,
        version: row.version + 1,
      })
      .where(and(eq(partnerMeetings.id, row.id), eq(partnerMeetings.version, row.version)))
      .returning();
    if (!updated) throw staleVersion("This meeting");
    await planRecapTimers(tx, { ...updated, recapSentAt: null });
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "meeting.rescheduled", entityType: "partner_meeting", entityId: row.id, before: auditFacts(row), after: auditFacts(updated) });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId: ids.partnerId,
      actorUserId: caller.actor.userId,
      kind: "meeting.rescheduled",
      summary: `${caller.name} changed "${updated.title}" (now ${updated.startsAt.toISOString().slice(0, 16).replace("T", " ")} UTC)`,
      data: { meetingId: row.id, startsAt: updated.startsAt.toISOString() },
      visibility: "shared",
    });
    await notifyMeetingAttendees(tx, ctx, caller, updated, "rescheduled");
    return meetingDetail(tx, updated, withInternalNotes(caller), ctx.clock.now());
  });
}

export async function cancelPartnerMeeting(ctx: AppContext, caller: Caller, ids: { partnerId: string; meetingId: string }, version: number): Promise<PartnerMeetingDetail> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, ids.partnerId, "relationship.write");
    const row = await meetingRowOf(tx, caller, ids.partnerId, ids.meetingId, true);
    if (row.version !== version) throw staleVersion("This meeting");
    assertMovable(row, "skip the step");
    const now = ctx.clock.now();
    // A cancellation is a change of the event too: calendars replace it when SEQUENCE grows.
    const [updated] = await tx
      .update(partnerMeetings)
      .set({ cancelledAt: now, sequence: row.sequence + 1, version: row.version + 1 })
      .where(eq(partnerMeetings.id, row.id))
      .returning();
    if (!updated) throw staleVersion("This meeting");
    await planRecapTimers(tx, { ...updated, cancelled: true });
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "meeting.cancelled", entityType: "partner_meeting", entityId: row.id, before: auditFacts(row) });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId: ids.partnerId,
      actorUserId: caller.actor.userId,
      kind: "meeting.cancelled",
      summary: `${caller.name} cancelled "${row.title}"`,
      data: { meetingId: row.id },
      visibility: "shared",
    });
    await notifyMeetingAttendees(tx, ctx, caller, updated, "cancelled");
    return meetingDetail(tx, updated, withInternalNotes(caller), now);
  });
}

export function auditFacts(row: MeetingRow) {
  return { kind: row.kind, title: row.title, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), location: row.location, attendeeUserIds: attendeeIdsOf(row), sequence: row.sequence };
}

/**
 * Who a meeting of this partner may invite. Staff choose from all active staff; partner users
 * from the people who work with them (the owner and the team), never the whole host directory.
 * Both see the partner's active users.
 */
export async function meetingPeople(ctx: AppContext, caller: Caller, partnerId: string): Promise<MeetingPeople> {
  const partner = await authorizePartner(ctx.db, caller, partnerId, "relationship.read");
  const hostFilter = caller.actor.kind === "partner" ? inArray(staffMemberships.userId, [...new Set([...(partner.ownerUserId ? [partner.ownerUserId] : []), ...(await teamOf(ctx.db, partnerId))])]) : undefined;
  const host = await ctx.db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(staffMemberships)
    .innerJoin(user, eq(user.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.workspaceId, caller.workspace.id), eq(staffMemberships.status, "active"), hostFilter))
    .orderBy(user.name);
  const partnerSide = await ctx.db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(partnerMembers)
    .innerJoin(user, eq(user.id, partnerMembers.userId))
    .where(and(eq(partnerMembers.workspaceId, caller.workspace.id), eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, "active")))
    .orderBy(user.name);
  const people: MeetingAttendee[] = [...host.map((person) => ({ ...person, side: "host" as const })), ...partnerSide.map((person) => ({ ...person, side: "partner" as const }))];
  return { people };
}
