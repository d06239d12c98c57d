import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Person } from "../../../domain/journeys/contracts";
import type { PartnerMeeting} from "../../../domain/meetings/partner-meetings";
import { StoredActionItem, type MeetingAttendee, type PartnerMeetingDetail } from "../../../domain/meetings/partner-meetings";
import { agendaGuideFor, MeetingType } from "../../../domain/trust/agenda-guides";
import { recapDueAt } from "../../../domain/trust/recap";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { journeySteps, partnerMeetings, partnerMembers, user } from "../../db/schema";
import { notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";

/*
 * Partner meetings as their readers get them: people resolved to names and sides, internal notes
 * only for staff, and for partner users no meeting that belongs to an internal journey step.
 */

export type MeetingRow = typeof partnerMeetings.$inferSelect;

const StringList = z.array(z.string());
const StoredActionItems = z.array(StoredActionItem);

export const agendaOf = (row: MeetingRow) => StringList.catch([]).parse(row.agenda);
export const attendeeIdsOf = (row: MeetingRow) => StringList.catch([]).parse(row.attendeeUserIds);
export const decisionsOf = (row: MeetingRow) => StringList.catch([]).parse(row.decisions);
export const actionItemsOf = (row: MeetingRow) => StoredActionItems.catch([]).parse(row.actionItems);

export const isPartnerCaller = (caller: Caller) => caller.actor.kind === "partner";

/** Meetings that do not belong to an internal journey step (the host's own preparation). */
export function notOfInternalStep() {
  return or(
    isNull(partnerMeetings.stepId),
    sql`not exists (select 1 from ${journeySteps} where ${journeySteps.id} = ${partnerMeetings.stepId} and ${journeySteps.visibility} = 'internal')`,
  );
}

/** Partner users do not see meetings of internal journey steps. */
function visibleTo(caller: Caller) {
  return isPartnerCaller(caller) ? notOfInternalStep() : undefined;
}

export async function meetingRowsOf(db: DbOrTx, caller: Caller, partnerId: string, kind?: MeetingType): Promise<MeetingRow[]> {
  return db
    .select()
    .from(partnerMeetings)
    .where(and(eq(partnerMeetings.workspaceId, caller.workspace.id), eq(partnerMeetings.partnerId, partnerId), kind ? eq(partnerMeetings.kind, kind) : undefined, visibleTo(caller)))
    .orderBy(asc(partnerMeetings.startsAt));
}

/** One meeting of the partner, 404 when it is another partner's or hidden from the caller; locked with `lock`. */
export async function meetingRowOf(db: DbOrTx, caller: Caller, partnerId: string, meetingId: string, lock = false): Promise<MeetingRow> {
  const query = db
    .select()
    .from(partnerMeetings)
    .where(and(eq(partnerMeetings.id, meetingId), eq(partnerMeetings.workspaceId, caller.workspace.id), eq(partnerMeetings.partnerId, partnerId), visibleTo(caller)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("That meeting");
  return row;
}

export interface PeopleIndex {
  person(userId: string | null): Person | null;
  attendee(userId: string): MeetingAttendee | null;
}

/** Names, addresses and sides of everyone the rows mention, in two queries. */
export async function peopleIndex(db: DbOrTx, workspaceId: string, partnerId: string, rows: readonly MeetingRow[]): Promise<PeopleIndex> {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const id of [row.organizerUserId, row.recapOwnerUserId, ...attendeeIdsOf(row), ...actionItemsOf(row).map((entry) => entry.owner.userId)]) if (id) ids.add(id);
  }
  const userIds = [...ids];
  const people = userIds.length === 0 ? [] : await db.select({ userId: user.id, name: user.name, email: user.email }).from(user).where(inArray(user.id, userIds));
  const partnerUsers =
    userIds.length === 0
      ? []
      : await db
          .select({ userId: partnerMembers.userId })
          .from(partnerMembers)
          .where(and(eq(partnerMembers.workspaceId, workspaceId), eq(partnerMembers.partnerId, partnerId), inArray(partnerMembers.userId, userIds)));
  const byId = new Map(people.map((person) => [person.userId, person]));
  const onPartnerSide = new Set(partnerUsers.map((row) => row.userId));
  return {
    person: (userId) => (userId ? (byId.get(userId) ?? null) : null),
    attendee: (userId) => {
      const person = byId.get(userId);
      return person ? { ...person, side: onPartnerSide.has(userId) ? "partner" : "host" } : null;
    },
  };
}

/** Staff read internal notes; partner users (and the recap email) never get the field. */
export const withInternalNotes = (caller: Caller) => !isPartnerCaller(caller);

/** The meeting as its reader gets it; `internalNotes` only when `internal` (staff). */
export function meetingView(row: MeetingRow, people: PeopleIndex, internal: boolean, now: Date): PartnerMeeting {
  const due = recapDueAt(row.endsAt);
  const status = row.cancelledAt ? "cancelled" : row.heldAt ? "held" : "scheduled";
  const ended = row.heldAt !== null || row.endsAt.getTime() <= now.getTime();
  return {
    id: row.id,
    partnerId: row.partnerId,
    kind: MeetingType.catch("check_in").parse(row.kind),
    title: row.title,
    status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    durationMinutes: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
    location: row.location,
    agenda: agendaOf(row),
    organizer: people.person(row.organizerUserId),
    attendees: attendeeIdsOf(row)
      .map((id) => people.attendee(id))
      .filter((person): person is MeetingAttendee => person !== null),
    recapOwner: people.person(row.recapOwnerUserId),
    stepId: row.stepId,
    earlyWinId: row.earlyWinId,
    escalationId: row.escalationId,
    sequence: row.sequence,
    notes: row.notes,
    ...(internal ? { internalNotes: row.internalNotes } : {}),
    decisions: decisionsOf(row),
    actionItems: actionItemsOf(row).map((entry) => ({ ...entry, ownerName: people.person(entry.owner.userId)?.name ?? "" })),
    heldAt: row.heldAt?.toISOString() ?? null,
    recapSentAt: row.recapSentAt?.toISOString() ?? null,
    recapDueAt: due.toISOString(),
    recapOverdue: status !== "cancelled" && ended && row.recapSentAt === null && due.getTime() <= now.getTime(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One meeting with its kind's agenda guide, after a change or for the meeting view. */
export async function meetingDetail(db: DbOrTx, row: MeetingRow, internal: boolean, now: Date): Promise<PartnerMeetingDetail> {
  const people = await peopleIndex(db, row.workspaceId, row.partnerId, [row]);
  const view = meetingView(row, people, internal, now);
  return { ...view, guide: agendaGuideFor(view.kind) };
}
