import ical, { ICalCalendarMethod } from "ical-generator";

/*
 * Renders a person's feed as iCalendar (RFC 5545). A subscribed feed is published, not an
 * invitation: no ORGANIZER/ATTENDEE lines (those make some clients offer to reply), METHOD
 * PUBLISH, stable UIDs so each refresh updates the same events, and SEQUENCE from the meeting so
 * a moved meeting replaces the old one.
 */

export interface FeedMeeting {
  id: string;
  title: string;
  partnerName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  agenda: readonly string[];
  attendeeNames: readonly string[];
  sequence: number;
  createdAt: Date;
  url: string;
}

export interface FeedDueStep {
  id: string;
  title: string;
  partnerName: string;
  /** The due day in the partner's zone, `YYYY-MM-DD`: a due date is a day, not an instant. */
  dueDay: string;
  /** The day after, the exclusive end of an all-day event. */
  dayAfter: string;
  url: string;
}

export interface FeedInput {
  calendarName: string;
  /** The installation's host name: UIDs must be globally unique and stable (RFC 5545 3.8.4.7). */
  host: string;
  /** When the feed was built: the DTSTAMP of due-date events, which have no history of their own. */
  builtAt: Date;
  meetings: readonly FeedMeeting[];
  dueSteps: readonly FeedDueStep[];
}

/** How often calendar apps are asked to fetch the feed again. */
const refreshSeconds = 3600;

function meetingDescription(meeting: FeedMeeting): string {
  return [
    meeting.attendeeNames.length > 0 ? `With: ${meeting.attendeeNames.join(", ")}` : "",
    meeting.agenda.length > 0 ? `Agenda:\n${meeting.agenda.map((item) => `- ${item}`).join("\n")}` : "",
    meeting.url,
  ]
    .filter((part) => part !== "")
    .join("\n\n");
}

export function renderFeed(input: FeedInput): string {
  const calendar = ical({ prodId: { company: "Accord", product: "Accord", language: "EN" }, method: ICalCalendarMethod.PUBLISH, name: input.calendarName, ttl: refreshSeconds });
  for (const meeting of input.meetings) {
    calendar.createEvent({
      id: `meeting-${meeting.id}@${input.host}`,
      sequence: meeting.sequence,
      stamp: meeting.createdAt,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: `${meeting.title} (${meeting.partnerName})`,
      description: meetingDescription(meeting),
      location: meeting.location,
      url: meeting.url,
    });
  }
  for (const step of input.dueSteps) {
    calendar.createEvent({
      id: `step-due-${step.id}@${input.host}`,
      stamp: input.builtAt,
      start: step.dueDay,
      end: step.dayAfter,
      allDay: true,
      summary: `Due: ${step.title} (${step.partnerName})`,
      description: `A journey step you own is due.\n\n${step.url}`,
      url: step.url,
    });
  }
  return calendar.toString();
}
