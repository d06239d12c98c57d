import { addHours } from "../health/durations";
import type { Asked } from "./answer";
import { dayOf, isAtOrBefore, no, notYetDue, unknown, yes } from "./answer";
import type { ReadinessMeeting, ReadinessQuestion } from "./schemas";

/*
 * Every meeting's recap is due within 24 hours (R-F1): it turns what was said into what both
 * sides remember. The alignment moment asks about its own recap; the "every meeting" group about all.
 */

export const recapWithinHours = 24;

export type RecapState = "on_time" | "late" | "pending" | "not_recorded";

/** Where a held meeting's recap stands at `asOf`. */
export function recapStateOf(heldAt: Date, recapSentAt: string | null | undefined, asOf: Date): RecapState {
  if (recapSentAt === undefined) return "not_recorded";
  const dueAt = addHours(heldAt, recapWithinHours);
  const sentBy = recapSentAt === null ? null : new Date(recapSentAt);
  if (sentBy !== null && isAtOrBefore(sentBy, asOf)) return isAtOrBefore(sentBy, dueAt) ? "on_time" : "late";
  return isAtOrBefore(asOf, dueAt) ? "pending" : "late";
}

export function heldMeetings(meetings: readonly ReadinessMeeting[], asOf: Date) {
  return meetings
    .flatMap((meeting) => (meeting.heldAt === null ? [] : [{ ...meeting, heldAt: new Date(meeting.heldAt) }]))
    .filter((meeting) => isAtOrBefore(meeting.heldAt, asOf))
    .sort((a, b) => a.heldAt.getTime() - b.heldAt.getTime());
}

const recapsAsked: Asked = { key: "recaps_within_24h", question: "Did every meeting's recap go out within 24 hours?" };

export function recapsWithin24h(meetings: readonly ReadinessMeeting[], asOf: Date): ReadinessQuestion {
  const held = heldMeetings(meetings, asOf);
  const states = held.map((meeting) => ({ meeting, state: recapStateOf(meeting.heldAt, meeting.recapSentAt, asOf) }));
  const late = states.filter((entry) => entry.state === "late");
  if (late.length > 0) {
    const days = late.map((entry) => `${entry.meeting.kind.replace("_", "-")} of ${dayOf(entry.meeting.heldAt)}`).join(", ");
    return no(recapsAsked, `${late.length} of ${held.length} recaps went out late or not at all (${days}).`, "Send the missing recaps now with decisions and action items, and let the reminder fire for the next ones.");
  }
  if (states.some((entry) => entry.state === "not_recorded")) return unknown(recapsAsked, "Some meetings have no record of whether a recap was sent.");
  const pending = states.filter((entry) => entry.state === "pending");
  if (pending.length > 0) return notYetDue(recapsAsked, `${pending.length} recap${pending.length === 1 ? " is" : "s are"} still within the 24 hours.`);
  if (held.length === 0) return notYetDue(recapsAsked, "No meeting held yet.");
  return yes(recapsAsked, `All ${held.length} recaps went out within 24 hours.`);
}
