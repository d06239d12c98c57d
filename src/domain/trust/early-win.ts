import { z } from "zod";
import { Timestamp } from "../common/schemas";
import type { Problem } from "../journeys/template/problems";
import { addOffset } from "../journeys/schedule/due-date";
import { text } from "../journeys/template/text";

/**
 * The early win (R-F4): one small joint project finished within 30 days of the journey's start,
 * with a lead on each side so neither can wait for the other, and a weekly check-in until it is
 * done. Thirty days are calendar days in the partner's time zone, ending at the same wall-clock
 * time as the start (like the journey's `days` due rule), so a DST change does not move the end.
 */
export const earlyWinWindowDays = 30;
export const checkInEveryDays = 7;

const lead = (side: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `name a lead on the ${side} side` : `the ${side} lead must be a user id`) }).trim().min(1, `name a lead on the ${side} side`).max(100);

export const EarlyWinInput = z.strictObject({
  title: text(200),
  description: z.string().trim().max(2000, "at most 2,000 characters").default(""),
  hostLeadUserId: lead("host"),
  partnerLeadUserId: lead("partner"),
  deadline: Timestamp,
});
export type EarlyWinInput = z.infer<typeof EarlyWinInput>;

export interface JourneyStart {
  readonly startedAt: Date;
  /** The partner's IANA zone: the 30 days are counted on its calendar. */
  readonly timeZone: string;
}

export function earlyWinLatestDeadline(journey: JourneyStart): Date {
  return addOffset(journey.startedAt, { days: earlyWinWindowDays }, journey.timeZone);
}

/** What is wrong with an early win beyond its shape: a deadline outside the 30-day window. */
export function earlyWinProblems(input: EarlyWinInput, journey: JourneyStart): Problem[] {
  const deadline = new Date(input.deadline).getTime();
  const latest = earlyWinLatestDeadline(journey);
  if (deadline <= journey.startedAt.getTime()) {
    return [{ path: "deadline", message: `the deadline must be after the journey started (${journey.startedAt.toISOString()})` }];
  }
  if (deadline > latest.getTime()) {
    return [{ path: "deadline", message: `an early win is small: set the deadline within ${earlyWinWindowDays} days of the journey start, at the latest ${latest.toISOString()}` }];
  }
  return [];
}

export interface CheckInWindow {
  /** When the early win was agreed: the first check-in is a week later. */
  readonly from: Date;
  readonly deadline: Date;
  readonly completedAt: Date | null;
  readonly timeZone: string;
}

/**
 * The weekly check-ins: every 7 calendar days after the early win was agreed, at the same wall
 * time, strictly before the deadline or the completion, whichever comes first (on that day the
 * work itself is due, a check-in would only duplicate it). Each date is counted from `from`,
 * not from the previous check-in, so a DST gap cannot make the times drift.
 */
export function earlyWinCheckIns(window: CheckInWindow): Date[] {
  const end = Math.min(window.deadline.getTime(), window.completedAt?.getTime() ?? Number.POSITIVE_INFINITY);
  const dates: Date[] = [];
  for (let week = 1; ; week += 1) {
    const at = addOffset(window.from, { days: week * checkInEveryDays }, window.timeZone);
    if (at.getTime() >= end) return dates;
    dates.push(at);
  }
}
