import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export interface InterviewCalendarInput {
  interviewId: string;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  /** Where the interview opens in Accord. */
  url: string;
  /** The installation's host name, for a globally unique, stable UID (RFC 5545 3.8.4.7). */
  host: string;
  /** Grows with each reschedule, so calendars replace the event instead of adding another. */
  sequence: number;
  stamp: Date;
  organizer: { name: string; email: string };
  panel: readonly { name: string; email: string }[];
  cancelled: boolean;
}

/** The interview as an iCalendar invitation for its panel (R-H2); a cancelled one says so. */
export function interviewCalendar(input: InterviewCalendarInput): string {
  const calendar = ical({ prodId: { company: "Accord", product: "Accord", language: "EN" }, method: input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST, name: input.title });
  calendar.createEvent({
    id: `interview-${input.interviewId}@${input.host}`,
    sequence: input.sequence,
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    stamp: input.stamp,
    start: input.startsAt,
    end: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    summary: input.title,
    description: [input.description, input.url].filter((part) => part !== "").join("\n\n"),
    location: input.location || null,
    url: input.url,
    organizer: input.organizer,
    attendees: input.panel.map((person) => ({ name: person.name, email: person.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: true })),
  });
  return calendar.toString();
}
