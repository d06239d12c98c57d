import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from "ical-generator";
import type { ScheduledMeeting } from "../../../domain/meetings/schemas";

export interface MeetingCalendarInput {
  stepId: string;
  title: string;
  description: string;
  agenda: readonly string[];
  /** Where the step opens in Accord, put in the event so attendees find their way back. */
  url: string;
  /** The installation's host name: UIDs must be globally unique and stable (RFC 5545 3.8.4.7). */
  host: string;
  meeting: ScheduledMeeting;
}

/**
 * The meeting as an iCalendar invitation (R-H2). The UID is the step's, so every download of the
 * same meeting is the same event; SEQUENCE grows with each reschedule, so a calendar that has the
 * event replaces it instead of adding a second one. Times are written in UTC.
 */
export function meetingCalendar(input: MeetingCalendarInput): string {
  const { meeting } = input;
  const calendar = ical({ prodId: { company: "Accord", product: "Accord", language: "EN" }, method: ICalCalendarMethod.REQUEST, name: input.title });
  const description = [input.description, input.agenda.length > 0 ? `Agenda:\n${input.agenda.map((item) => `- ${item}`).join("\n")}` : "", input.url]
    .filter((part) => part !== "")
    .join("\n\n");
  calendar.createEvent({
    id: `${input.stepId}@${input.host}`,
    sequence: meeting.sequence,
    stamp: new Date(meeting.scheduledAt),
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    summary: input.title,
    description,
    location: meeting.location,
    url: input.url,
    organizer: { name: meeting.organizer.name, email: meeting.organizer.email },
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
