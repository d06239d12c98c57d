import { MS_PER_HOUR, type Timer } from "./side";

/**
 * The recap rule (R-F1): after a meeting its owner sends a recap (notes, decisions, action items)
 * within 24 hours of the meeting's end.
 *
 * The 24 hours are elapsed hours, not "the same time tomorrow": the promise to the other side is
 * about how long they wait, so a DST change in the partner's zone does not stretch or shrink it.
 *
 * Timers: a reminder to the owner when the recap falls due, and an escalation (to the owner's
 * manager) after a grace period of another 24 hours; a sent recap cancels both.
 */
export const recapDueAfterHours = 24;
export const recapGraceHours = 24;

export type RecapTimerKind = "recap.reminder" | "recap.escalation";

export interface HeldMeeting {
  readonly endsAt: Date;
  /** When the recap went out; null while it has not. */
  readonly recapSentAt: Date | null;
}

export function recapDueAt(meetingEndsAt: Date): Date {
  return new Date(meetingEndsAt.getTime() + recapDueAfterHours * MS_PER_HOUR);
}

/** The timers still to raise for a held meeting; none once the recap went out. */
export function recapTimers(meeting: HeldMeeting): Timer<RecapTimerKind>[] {
  if (meeting.recapSentAt) return [];
  const due = recapDueAt(meeting.endsAt);
  return [
    { kind: "recap.reminder", fireAt: due },
    { kind: "recap.escalation", fireAt: new Date(due.getTime() + recapGraceHours * MS_PER_HOUR) },
  ];
}

/** On time means sent no later than 24 hours after the end (exactly 24 hours still counts). */
export function recapOnTime(meetingEndsAt: Date, recapSentAt: Date): boolean {
  return recapSentAt.getTime() <= recapDueAt(meetingEndsAt).getTime();
}
