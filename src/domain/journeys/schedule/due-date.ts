import { offsetOf, type DueRule, type Offset, type StepKey } from "../due-rule";
import { addBusinessDays } from "./business-days";
import { addDaysToDate, instantOf, wallTimeOf } from "./zoned-time";

/** What due rules are measured from: what has happened so far in one partner's journey. */
export interface DueAnchors {
  /** When the journey started. */
  readonly start: Date;
  /** When each completed step was done; a step missing here is not done yet. */
  readonly doneAt: ReadonlyMap<StepKey, Date>;
  /** When each event was raised for the partner; an event missing here has not happened yet. */
  readonly events: ReadonlyMap<string, Date>;
  /** The partner's IANA time zone: calendar and business days are counted there. */
  readonly timeZone: string;
}

const MS_PER_HOUR = 3_600_000;

/**
 * `instant` moved by `offset`:
 * - days are calendar days in `zone` keeping the wall-clock time, so a 9:00 start is due at 9:00
 *   even across a DST change (a day is then 23 or 25 hours long);
 * - business days follow `addBusinessDays` (weekends skipped, wall-clock time kept);
 * - hours are exact elapsed hours, whatever the clock on the wall does meanwhile.
 */
export function addOffset(instant: Date, offset: Offset, zone: string): Date {
  if ("hours" in offset) return new Date(instant.getTime() + offset.hours * MS_PER_HOUR);
  if ("businessDays" in offset) return addBusinessDays(instant, offset.businessDays, zone);
  // 0 days is the instant itself, also in the later half of a fall-back overlap (see instantOf).
  if (offset.days === 0) return instant;
  const wall = wallTimeOf(instant, zone);
  return instantOf({ ...wall, ...addDaysToDate(wall, offset.days) }, zone);
}

/** The instant a rule counts from, or null when that has not happened yet. */
export function anchorOf(rule: DueRule, anchors: DueAnchors): Date | null {
  switch (rule.after) {
    case "start":
      return anchors.start;
    case "step":
      return anchors.doneAt.get(rule.step) ?? null;
    case "event":
      return anchors.events.get(rule.event) ?? null;
  }
}

/**
 * When a step with this rule is due (its first occurrence for a repeating rule), or null while
 * the anchor has not happened (the step it waits for is not done, the event not raised).
 */
export function dueDateOf(rule: DueRule, anchors: DueAnchors): Date | null {
  const anchor = anchorOf(rule, anchors);
  return anchor && addOffset(anchor, offsetOf(rule), anchors.timeZone);
}

/**
 * The due instants of a rule, oldest first: the first one as `dueDateOf`, then one every
 * `repeat.every`, for as long as the `repeat.until` step is not done — an occurrence falling due
 * at or after the instant it was done is dropped — and no later than `horizon` (inclusive), which
 * the caller must give because the until step may never be done.
 *
 * A rule without `repeat` has at most its one due date. The contract requires `every` to be at
 * least one unit; a hand-built rule with a zero interval still counts as no repeat rather than
 * looping on the same instant forever.
 *
 * Occurrence k is computed in one go (anchor + offset + k × every when both are in the same unit,
 * else first due date + k × every), not by stepping from occurrence k-1, so a wall time moved by
 * a DST gap once does not stay moved for every later occurrence.
 */
export function occurrencesOf(rule: DueRule, anchors: DueAnchors, horizon: Date): Date[] {
  const anchor = anchorOf(rule, anchors);
  if (!anchor) return [];
  const first = offsetOf(rule);
  const repeat = rule.repeat;
  const stopAt = repeat ? anchors.doneAt.get(repeat.until) : undefined;
  const isStillDue = (instant: Date) =>
    instant.getTime() <= horizon.getTime() && (stopAt === undefined || instant.getTime() < stopAt.getTime());

  const firstDue = addOffset(anchor, first, anchors.timeZone);
  const occurrences: Date[] = [];
  for (let k = 0; ; k++) {
    const occurrence = k === 0 || !repeat ? firstDue : nthRepeat(anchor, first, repeat.every, k, anchors.timeZone);
    if (!isStillDue(occurrence)) break;
    occurrences.push(occurrence);
    if (!repeat || amountOf(repeat.every) === 0) break;
  }
  return occurrences;
}

/** Occurrence k ≥ 1: anchor + first + k × every, adding same-unit amounts before converting. */
function nthRepeat(anchor: Date, first: Offset, every: Offset, k: number, zone: string): Date {
  const repeated = withAmount(every, amountOf(every) * k);
  if (sameUnit(first, repeated)) return addOffset(anchor, withAmount(first, amountOf(first) + amountOf(repeated)), zone);
  return addOffset(addOffset(anchor, first, zone), repeated, zone);
}

function amountOf(offset: Offset): number {
  if ("hours" in offset) return offset.hours;
  if ("businessDays" in offset) return offset.businessDays;
  return offset.days;
}

function withAmount(offset: Offset, amount: number): Offset {
  if ("hours" in offset) return { hours: amount };
  if ("businessDays" in offset) return { businessDays: amount };
  return { days: amount };
}

function sameUnit(a: Offset, b: Offset): boolean {
  return ("hours" in a) === ("hours" in b) && ("businessDays" in a) === ("businessDays" in b);
}
