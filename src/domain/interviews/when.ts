/**
 * An interview's time as the candidate reads it, in the partner's own time zone:
 * "Tuesday 1 December 2026, 14:00 (Europe/Berlin)". English, 24-hour clock, as emails are written.
 */
export function interviewWhen(startsAt: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(startsAt));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")} (${timeZone})`;
}
