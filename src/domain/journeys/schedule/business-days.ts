import { addDaysToDate, instantOf, wallTimeOf, weekdayOfDate, type LocalDate } from "./zoned-time";

/**
 * Business days are Monday to Friday in the partner's time zone (no public holidays yet).
 *
 * The rule: an anchor that falls on a Saturday or Sunday counts as happening on the following
 * Monday at the same wall-clock time; from there each business day moves to the next weekday,
 * keeping the wall-clock time of day. So:
 * - Tuesday 10:00 + 3 = Friday 10:00; Friday 10:00 + 1 = Monday 10:00;
 * - Saturday 10:00 + 0 = Monday 10:00; Saturday 10:00 + 1 = Tuesday 10:00 (a request sent on a
 *   weekend gets the same full business day as one sent on Monday morning, as business-hours
 *   clocks of ticket systems do);
 * - the result is never on a weekend and grows strictly with N.
 * A wall time that does not exist on the target day (a DST gap) moves forward by the gap.
 */
export function addBusinessDays(instant: Date, businessDays: number, zone: string): Date {
  const wall = wallTimeOf(instant, zone);
  const firstBusinessDay = nextBusinessDayFrom(wall);
  const date = addBusinessDaysToDate(firstBusinessDay, businessDays);
  // Same day (0 days from a weekday): the instant itself. Rebuilding it from the wall time would
  // turn the later of two instants in a fall-back overlap into the earlier one, i.e. go back.
  if (date.year === wall.year && date.month === wall.month && date.day === wall.day) return instant;
  return instantOf({ ...wall, ...date }, zone);
}

/** True on Saturday and Sunday. */
export function isWeekend(date: LocalDate): boolean {
  const weekday = weekdayOfDate(date);
  return weekday === 0 || weekday === 6;
}

/** The date itself on a weekday, else the Monday after. */
function nextBusinessDayFrom(date: LocalDate): LocalDate {
  const weekday = weekdayOfDate(date);
  if (weekday === 6) return addDaysToDate(date, 2);
  if (weekday === 0) return addDaysToDate(date, 1);
  return pickDate(date);
}

/** Whole weeks first (five business days are seven calendar days), then the rest one by one. */
function addBusinessDaysToDate(weekday: LocalDate, businessDays: number): LocalDate {
  let date = addDaysToDate(weekday, Math.floor(businessDays / 5) * 7);
  for (let left = businessDays % 5; left > 0; left--) {
    date = nextBusinessDayFrom(addDaysToDate(date, 1));
  }
  return date;
}

function pickDate({ year, month, day }: LocalDate): LocalDate {
  return { year, month, day };
}
