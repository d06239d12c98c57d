/**
 * Instants and wall-clock times in an IANA time zone, using only `Intl` (the domain has no date
 * library). An instant is a `Date`; a wall time is what a clock on the wall in that zone shows.
 *
 * Not every wall time exists exactly once: at a spring-forward change an hour is skipped (a gap),
 * at a fall-back change an hour is shown twice (an overlap). `instantOf` resolves both the same
 * way every time, like Temporal's "compatible" choice:
 * - a wall time inside a gap moves forward by the length of the gap (02:30 on the Berlin spring
 *   change day becomes 03:30 summer time), so a due date never lands before its intended time;
 * - a wall time inside an overlap takes the earlier of its two instants (the first 02:30), so a
 *   due date is never later than what a person reading the clock would expect.
 */

/** A calendar date in some zone; `month` is 1–12. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A time of day on a wall clock; `hour` is 0–23. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

export type WallTime = LocalDate & TimeOfDay;

const MS_PER_DAY = 86_400_000;

// Building a DateTimeFormat is far slower than using one; journeys plan many steps in one zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock time an instant shows in `zone`. */
export function wallTimeOf(instant: Date, zone: string): WallTime {
  let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  for (const { type, value } of formatterFor(zone).formatToParts(instant)) {
    if (type === "year") year = Number(value);
    else if (type === "month") month = Number(value);
    else if (type === "day") day = Number(value);
    else if (type === "hour") hour = Number(value) % 24; // some engines print midnight as 24 even with h23
    else if (type === "minute") minute = Number(value);
    else if (type === "second") second = Number(value);
  }
  // Offsets are whole seconds, so the milliseconds of the instant are those of the wall time.
  return { year, month, day, hour, minute, second, millisecond: millisOf(instant) };
}

/** The calendar date an instant falls on in `zone`. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  const { year, month, day } = wallTimeOf(instant, zone);
  return { year, month, day };
}

/** The day of the week an instant falls on in `zone`: 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export function weekdayOf(instant: Date, zone: string): number {
  return weekdayOfDate(localDateOf(instant, zone));
}

/** The day of the week of a calendar date (zone-free: a date is a date), 0 = Sunday. */
export function weekdayOfDate(date: LocalDate): number {
  return new Date(utcMillisOf({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 })).getUTCDay();
}

/** The calendar date `days` after (or before, when negative) `date`. */
export function addDaysToDate(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(utcMillisOf({ ...date, hour: 12, minute: 0, second: 0, millisecond: 0 }) + days * MS_PER_DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds (Berlin in winter: +3 600 000). */
export function offsetAt(instant: Date, zone: string): number {
  const wholeSecond = new Date(instant.getTime() - millisOf(instant));
  return utcMillisOf(wallTimeOf(wholeSecond, zone)) - wholeSecond.getTime();
}

/**
 * The instant at which the clock in `zone` shows `wall`; gaps move forward by the gap, overlaps
 * take the earlier instant (see the file comment).
 */
export function instantOf(wall: WallTime, zone: string): Date {
  const asIfUtc = utcMillisOf(wall);
  // Zone changes are far more than two days apart, so the offsets a day either side are the only
  // ones this wall time can have.
  const offsetBefore = offsetAt(new Date(asIfUtc - MS_PER_DAY), zone);
  const offsetAfter = offsetAt(new Date(asIfUtc + MS_PER_DAY), zone);
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => asIfUtc - offset)
    .filter((candidate) => utcMillisOf(wallTimeOf(new Date(candidate), zone)) === asIfUtc);
  if (matching.length > 0) return new Date(Math.min(...matching));
  // In a gap: read the wall time with the offset from before the change, which lands as far past
  // the change as the wall time was past its start, i.e. moved forward by the gap.
  return new Date(asIfUtc - Math.min(offsetBefore, offsetAfter));
}

/** The wall time read as if it were UTC; `setUTCFullYear` because `Date.UTC` maps 0–99 to 19xx. */
function utcMillisOf(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

function millisOf(instant: Date): number {
  return ((instant.getTime() % 1000) + 1000) % 1000;
}
