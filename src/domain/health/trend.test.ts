import { describe, expect, it } from "vitest";
import { addDays } from "./durations";
import { HealthHistory } from "./schemas";
import { healthTrend, maxTrendPoints, weeklyPoints } from "./trend";

const start = new Date("2026-03-02T00:00:00Z");
const day = (n: number) => addDays(start, n);

describe("health trend", () => {
  it("draws one point a week and ends on the last day asked for", () => {
    expect(weeklyPoints(day(0), day(16)).map((point) => point.toISOString())).toEqual([day(0), day(7), day(14), day(16)].map((point) => point.toISOString()));
    expect(weeklyPoints(day(0), day(14))).toHaveLength(3);
    expect(weeklyPoints(day(3), day(3))).toEqual([day(3)]);
  });

  it("draws nothing for a period that ends before it starts", () => {
    expect(weeklyPoints(day(10), day(0))).toEqual([]);
  });

  it("stops at five years of points however long the period", () => {
    expect(weeklyPoints(day(0), day(365 * 20))).toHaveLength(maxTrendPoints);
  });

  it("shows the score sinking week by week once the meetings stop", () => {
    const history = HealthHistory.parse({ startedAt: start.toISOString(), meetings: [{ kind: "kickoff", heldAt: day(1).toISOString() }] });
    const trend = healthTrend(history, day(0), day(35));
    expect(trend.map((point) => point.score)).toEqual([100, 100, 100, 91, 80, 70]);
    expect(trend.at(-1)).toEqual({ at: day(35).toISOString(), score: 70, band: "watch" });
  });
});
