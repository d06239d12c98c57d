import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Person } from "../../../domain/journeys/contracts";

/** What an invitation needs of a meeting, whether a journey step's or one from the meetings tab. */
export interface CalendarMeeting {
  startsAt: string;
  endsAt: string;
  location: string | null;
  organizer: Person | null;
  attendees: readonly Person[];
  sequence: number;
  /** When this version of the event was made (DTSTAMP). */
  scheduledAt: string;
  cancelled?: boolean;
}

export interface MeetingCalendarInput {
  /** Stable per meeting: a step meeting keeps its step's id, so both downloads are one event. */
  uid: string;
  title: string;
  description: string;
  agenda: readonly string[];
  /** Where the step opens in Accord, put in the event so attendees find their way back. */
  url: string;
  /** The installation's host name: UIDs must be globally unique and stable (RFC 5545 3.8.4.7). */
  host: string;
  meeting: CalendarMeeting;
}

/**
 * The meeting as an iCalendar invitation (R-H2). The UID is stable per meeting, so every download of the
 * same meeting is the same event; SEQUENCE grows with each reschedule, so a calendar that has the
 * event replaces it instead of adding a second one. Times are written in UTC.
 */
export function meetingCalendar(input: MeetingCalendarInput): string {
  const { meeting } = input;
  const calendar = ical({ prodId: { company: "Accord", product: "Accord", language: "EN" }, method: meeting.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST, name: input.title });
  const description = [input.description, input.agenda.length > 0 ? `Agenda:\n${input.agenda.map((item) => `- ${item}`).join("\n")}` : "", input.url]
    .filter((part) => part !== "")
    .join("\n\n");
  calendar.createEvent({
    id: `${input.uid}@${input.host}`,
    sequence: meeting.sequence,
    stamp: new Date(meeting.scheduledAt),
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    summary: input.title,
    description,
    location: meeting.location,
    url: input.url,
    ...(meeting.organizer ? { organizer: { name: meeting.organizer.name, email: meeting.organizer.email } } : {}),
    ...(meeting.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
    attendees: meeting.attendees.map((person) => ({
      name: person.name,
      email: person.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })),
  });
  return calendar.toString();
}
