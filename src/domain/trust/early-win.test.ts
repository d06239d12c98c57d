import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wallTimeOf } from "../journeys/schedule/zoned-time";
import { earlyWinCheckIns, EarlyWinInput, earlyWinProblems } from "./early-win";

// 09:00 in Berlin on 10 March (winter time); summer time starts on 29 March.
const journey = { startedAt: new Date("2026-03-10T08:00:00Z"), timeZone: "Europe/Berlin" };
const input = (deadline: string) => EarlyWinInput.parse({ title: "Joint webinar", hostLeadUserId: "u-hans", partnerLeadUserId: "u-pia", deadline });

describe("validating an early win", () => {
  it("accepts a deadline exactly 30 days after the start, on the partner's wall clock across DST", () => {
    // 9 April 09:00 summer time is 07:00 UTC: only 719 elapsed hours, still 30 calendar days.
    expect(earlyWinProblems(input("2026-04-09T07:00:00Z"), journey)).toEqual([]);
  });

  it("refuses a deadline a minute past 30 days, saying the latest allowed", () => {
    expect(earlyWinProblems(input("2026-04-09T07:01:00Z"), journey)).toEqual([
      { path: "deadline", message: "an early win is small: set the deadline within 30 days of the journey start, at the latest 2026-04-09T07:00:00.000Z" },
    ]);
  });

  it("refuses a deadline before the journey started", () => {
    expect(earlyWinProblems(input("2026-03-10T08:00:00Z"), journey)[0]?.message).toBe("the deadline must be after the journey started (2026-03-10T08:00:00.000Z)");
  });

  it("asks for a lead on each side", () => {
    const parsed = EarlyWinInput.safeParse({ title: "Joint webinar", partnerLeadUserId: " ", deadline: "2026-04-01T08:00:00Z" });
    expect(parsed.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
      "hostLeadUserId: name a lead on the host side",
      "partnerLeadUserId: name a lead on the partner side",
    ]);
    expect(EarlyWinInput.safeParse({ title: "x", hostLeadUserId: 7, partnerLeadUserId: "u", deadline: "2026-04-01T08:00:00Z" }).error?.issues[0]?.message).toBe(
      "the host lead must be a user id",
    );
  });
});

describe("weekly check-ins of the early win", () => {
  const window = { from: journey.startedAt, deadline: new Date("2026-04-09T07:00:00Z"), completedAt: null, timeZone: "Europe/Berlin" };

  it("falls every week at the same wall time until the deadline, across the DST change", () => {
    const dates = earlyWinCheckIns(window);
    expect(dates.map((date) => date.toISOString())).toEqual(["2026-03-17T08:00:00.000Z", "2026-03-24T08:00:00.000Z", "2026-03-31T07:00:00.000Z", "2026-04-07T07:00:00.000Z"]);
    expect(dates.every((date) => wallTimeOf(date, "Europe/Berlin").hour === 9)).toBe(true);
  });

  it("stops at completion", () => {
    expect(earlyWinCheckIns({ ...window, completedAt: new Date("2026-03-24T08:00:00Z") })).toHaveLength(1);
  });

  it("holds no check-in on the deadline itself", () => {
    expect(earlyWinCheckIns({ ...window, deadline: new Date("2026-03-24T08:00:00Z") })).toHaveLength(1);
  });

  it("always schedules weekly dates strictly inside the window, a week apart on the calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 30 * 24 }), (startDay, hours) => {
        const from = new Date(Date.UTC(2026, 0, 1, 9) + startDay * 86_400_000);
        const deadline = new Date(from.getTime() + hours * 3_600_000);
        const dates = earlyWinCheckIns({ from, deadline, completedAt: null, timeZone: "America/New_York" });
        const wall = wallTimeOf(from, "America/New_York");
        return dates.length <= 4 && dates.every((date) => date > from && date < deadline && wallTimeOf(date, "America/New_York").hour === wall.hour);
      }),
    );
  });
});
