import { z } from "zod";
import { Id, Timestamp, Version } from "../common/schemas";
import { Person } from "../journeys/contracts";
import { text } from "../journeys/template/text";
import { AgendaGuide, MeetingType } from "../trust/agenda-guides";
import { ActionItem, maxActionItems } from "../trust/meeting-record";
import { Side } from "../trust/side";
import { maxAttendees } from "./schemas";

/*
 * Meetings with a partner (issue 6, R-F1): scheduled from the meetings tab or a journey meeting
 * step, with an agenda from the kind's guide, attendees from both sides, notes (shared), internal
 * notes (host only), decisions and action items that become journey steps, and a recap due 24
 * hours after the end.
 */

export const maxAgendaItems = 20;

const Agenda = z.array(text(200)).max(maxAgendaItems, `at most ${maxAgendaItems} agenda items`);
const Duration = z.number().int("use whole minutes").min(5, "at least 5 minutes").max(480, "at most 480 minutes (8 hours)");
const Location = z.string().trim().max(500, "at most 500 characters");
const AttendeeIds = z
  .array(z.string().trim().min(1).max(100))
  .min(1, "invite at least one person")
  .max(maxAttendees, `at most ${maxAttendees} attendees`)
  .refine((ids) => new Set(ids).size === ids.length, "each person may be invited once");

export const SchedulePartnerMeetingInput = z
  .strictObject({
    kind: MeetingType,
    title: text(200),
    startsAt: Timestamp,
    durationMinutes: Duration.default(60),
    location: Location.optional(),
    attendeeUserIds: AttendeeIds,
    /** Left out: the kind's agenda guide (`startingAgenda`). */
    agenda: Agenda.optional(),
  })
  .meta({ id: "SchedulePartnerMeetingInput" });
export type SchedulePartnerMeetingInput = z.input<typeof SchedulePartnerMeetingInput>;

/** Changing time, place, people or agenda: each change raises the invitation's SEQUENCE. */
export const EditPartnerMeetingInput = z
  .strictObject({
    version: Version,
    title: text(200).optional(),
    startsAt: Timestamp.optional(),
    durationMinutes: Duration.optional(),
    location: Location.nullable().optional(),
    attendeeUserIds: AttendeeIds.optional(),
    agenda: Agenda.optional(),
  })
  .meta({ id: "EditPartnerMeetingInput" });
export type EditPartnerMeetingInput = z.infer<typeof EditPartnerMeetingInput>;

export const MeetingVersionInput = z.strictObject({ version: Version }).meta({ id: "MeetingVersionInput" });
export type MeetingVersionInput = z.infer<typeof MeetingVersionInput>;

/**
 * Notes, decisions and action items as the form sends them. The rule that an item may not be due
 * before the meeting ends needs the meeting, so the server checks it with `MeetingRecordFor`.
 */
export const RecordMeetingInput = z
  .strictObject({
    version: Version,
    /** True: the meeting took place ("Mark held & save"); the first time sets `heldAt`. */
    held: z.boolean().default(true),
    notes: z.string().trim().max(20_000, "at most 20,000 characters").default(""),
    /** Host only: a partner user sending it gets 403. Left out: kept as it was. */
    internalNotes: z.string().trim().max(20_000, "at most 20,000 characters").optional(),
    decisions: z.array(text(500)).max(50, "at most 50 decisions").default([]),
    actionItems: z.array(ActionItem).max(maxActionItems, `at most ${maxActionItems} action items`).default([]),
  })
  .meta({ id: "RecordMeetingInput" });
export type RecordMeetingInput = z.input<typeof RecordMeetingInput>;

export const MeetingAttendee = Person.extend({ side: Side }).meta({ id: "MeetingAttendee" });
export type MeetingAttendee = z.infer<typeof MeetingAttendee>;

/** An action item as stored: the journey step it became (null while the partner has no running journey). */
export const StoredActionItem = ActionItem.extend({ stepId: Id.nullable() });
export type StoredActionItem = z.infer<typeof StoredActionItem>;

export const MeetingActionItem = StoredActionItem.extend({ ownerName: z.string() }).meta({ id: "MeetingActionItem" });
export type MeetingActionItem = z.infer<typeof MeetingActionItem>;

export const meetingStatuses = ["scheduled", "held", "cancelled"] as const;

export const PartnerMeeting = z
  .object({
    id: Id,
    partnerId: Id,
    kind: MeetingType,
    title: z.string(),
    status: z.enum(meetingStatuses),
    startsAt: Timestamp,
    endsAt: Timestamp,
    durationMinutes: z.number().int(),
    location: z.string().nullable(),
    agenda: z.array(z.string()),
    organizer: Person.nullable(),
    attendees: z.array(MeetingAttendee),
    recapOwner: Person.nullable(),
    /** The journey meeting step it was scheduled from; move it there. */
    stepId: Id.nullable(),
    earlyWinId: Id.nullable(),
    escalationId: Id.nullable(),
    sequence: z.number().int(),
    notes: z.string(),
    /** Only in staff answers; partner users never receive the field. */
    internalNotes: z.string().optional(),
    decisions: z.array(z.string()),
    actionItems: z.array(MeetingActionItem),
    heldAt: Timestamp.nullable(),
    recapSentAt: Timestamp.nullable(),
    /** 24 hours after the end (R-F1). */
    recapDueAt: Timestamp,
    /** Held or past, no recap yet, and the due time has passed. */
    recapOverdue: z.boolean(),
    cancelledAt: Timestamp.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
  })
  .meta({ id: "PartnerMeeting" });
export type PartnerMeeting = z.infer<typeof PartnerMeeting>;

export const PartnerMeetingDetail = PartnerMeeting.extend({ guide: AgendaGuide }).meta({ id: "PartnerMeetingDetail" });
export type PartnerMeetingDetail = z.infer<typeof PartnerMeetingDetail>;

export const PartnerMeetingList = z
  .object({
    /** Not yet ended and not cancelled, soonest first. */
    upcoming: z.array(PartnerMeeting),
    /** Ended or cancelled, latest first. */
    past: z.array(PartnerMeeting),
  })
  .meta({ id: "PartnerMeetingList" });
export type PartnerMeetingList = z.infer<typeof PartnerMeetingList>;

export const PartnerMeetingQuery = z.object({ kind: MeetingType.optional() });

/** What saving the record answers: the meeting, and whether action items could become journey steps. */
export const MeetingRecorded = z
  .object({
    meeting: PartnerMeetingDetail,
    /** False when the partner has no running journey: the action items stay on the meeting only. */
    actionItemsOnJourney: z.boolean(),
  })
  .meta({ id: "MeetingRecorded" });
export type MeetingRecorded = z.infer<typeof MeetingRecorded>;

export const RecapSent = z.object({ meeting: PartnerMeetingDetail, recipients: z.number().int() }).meta({ id: "RecapSent" });
export type RecapSent = z.infer<typeof RecapSent>;

/** People a meeting of this partner may invite, by side (for the attendee and owner pickers). */
export const MeetingPeople = z.object({ people: z.array(MeetingAttendee) }).meta({ id: "MeetingPeople" });
export type MeetingPeople = z.infer<typeof MeetingPeople>;
