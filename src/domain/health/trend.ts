import { addDays, dayMs } from "./durations";
import type { HealthHistory, HealthTrendPoint } from "./schemas";
import { healthOf } from "./score";

/*
 * The score at weekly points, replayed from one history: each point sees only what had happened
 * by then, so the chart shows what a manager would have seen on that day.
 */

/** Five years of weekly points is more than any chart needs and keeps the work bounded. */
export const maxTrendPoints = 261;

/** Points every 7 days from `from`, and always one at `to` so the chart ends today. */
export function weeklyPoints(from: Date, to: Date): Date[] {
  if (to.getTime() < from.getTime()) return [];
  const weeks = Math.min(maxTrendPoints - 1, Math.floor((to.getTime() - from.getTime()) / (7 * dayMs)));
  const points = Array.from({ length: weeks + 1 }, (_, week) => addDays(from, 7 * week));
  const last = points.at(-1);
  if (last !== undefined && last.getTime() !== to.getTime() && points.length < maxTrendPoints) points.push(to);
  return points;
}

export function healthTrend(history: HealthHistory, from: Date, to: Date): HealthTrendPoint[] {
  return weeklyPoints(from, to).map((at) => {
    const { score, band } = healthOf(history, at);
    return { at: at.toISOString(), score, band };
  });
}
