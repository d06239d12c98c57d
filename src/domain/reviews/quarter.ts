import { z } from "zod";
import { wallTimeOf } from "../journeys/schedule/zoned-time";

/*
 * Quarters of the quarterly review (R-F6), written `2026-Q4`. A quarter is counted in the
 * partner's own time zone, so a review on New Year's Eve in Sydney belongs to the new quarter
 * there. The text form sorts in time order, which the server relies on.
 */

export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, "use a quarter such as 2026-Q4");
export type Quarter = z.infer<typeof Quarter>;

export function quarterOf(instant: Date, timeZone: string): Quarter {
  const { year, month } = wallTimeOf(instant, timeZone);
  return `${String(year)}-Q${String(Math.ceil(month / 3))}`;
}

/** Negative when `a` is earlier than `b`. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The quarter before `quarter` (2026-Q1 → 2025-Q4). */
export function previousQuarter(quarter: Quarter): Quarter {
  const year = Number(quarter.slice(0, 4));
  const number = Number(quarter.slice(6));
  return number === 1 ? `${String(year - 1)}-Q4` : `${String(year)}-Q${String(number - 1)}`;
}

export type QuarterWindow = "past" | "current" | "future";

/**
 * A side rates the quarter it is in and may change its rating until the next quarter starts;
 * an earlier quarter is closed (its figures are history) and a later one has not begun.
 */
export function quarterWindow(quarter: Quarter, now: Date, timeZone: string): QuarterWindow {
  const order = compareQuarters(quarter, quarterOf(now, timeZone));
  return order < 0 ? "past" : order > 0 ? "future" : "current";
}
