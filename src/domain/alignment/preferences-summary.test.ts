import { describe, expect, it } from "vitest";
import { commonWorkingHours, summarizePreferences } from "./preferences-summary";

const winter = new Date("2026-01-15T12:00:00Z");
const summer = new Date("2026-07-15T12:00:00Z");

describe("common working hours", () => {
  it("is the whole working day when everyone is in one zone", () => {
    expect(commonWorkingHours(["Europe/Berlin", "Europe/Berlin"], winter)).toEqual({ minutes: 480, windows: [{ zone: "Europe/Berlin", from: "09:00", to: "17:00" }] });
  });

  it("is the overlap of Berlin and New York, on each clock, and follows daylight saving time", () => {
    expect(commonWorkingHours(["Europe/Berlin", "America/New_York"], winter)).toEqual({
      minutes: 120,
      windows: [
        { zone: "Europe/Berlin", from: "15:00", to: "17:00" },
        { zone: "America/New_York", from: "09:00", to: "11:00" },
      ],
    });
    expect(commonWorkingHours(["Europe/Berlin", "America/New_York"], summer)?.minutes).toBe(120);
  });

  it("handles half-hour zones", () => {
    expect(commonWorkingHours(["Asia/Kolkata", "Europe/London"], winter)).toEqual({
      minutes: 150,
      windows: [
        { zone: "Asia/Kolkata", from: "14:30", to: "17:00" },
        { zone: "Europe/London", from: "09:00", to: "11:30" },
      ],
    });
  });

  it("finds a window that crosses midnight UTC", () => {
    // Sydney 09:00–17:00 is 22:00–06:00 UTC in January; Tokyo 09:00–17:00 is 00:00–08:00 UTC.
    expect(commonWorkingHours(["Australia/Sydney", "Asia/Tokyo"], winter)).toEqual({
      minutes: 360,
      windows: [
        { zone: "Australia/Sydney", from: "11:00", to: "17:00" },
        { zone: "Asia/Tokyo", from: "09:00", to: "15:00" },
      ],
    });
  });

  it("says there is none when the working days do not meet, and nothing without answers", () => {
    expect(commonWorkingHours(["America/Los_Angeles", "Asia/Kolkata"], winter)).toBeNull();
    expect(commonWorkingHours([], winter)).toBeNull();
  });
});

describe("the summary of both sides' answers", () => {
  it("counts answers per side, most wanted first", () => {
    const summary = summarizePreferences(
      [
        { side: "host", answers: { meetingFrequency: "weekly", timeZone: "Europe/Berlin", learningStyle: "reading", preferredChannel: "email" } },
        { side: "partner", answers: { meetingFrequency: "every_two_weeks", timeZone: "Europe/Berlin", learningStyle: "video", preferredChannel: "chat" } },
        { side: "partner", answers: { meetingFrequency: "every_two_weeks", timeZone: "Europe/Lisbon", learningStyle: "video", preferredChannel: "email" } },
      ],
      winter,
    );
    expect(summary.answered).toEqual({ host: 1, partner: 2 });
    expect(summary.meetingFrequency).toEqual([
      { value: "every_two_weeks", host: 0, partner: 2 },
      { value: "weekly", host: 1, partner: 0 },
    ]);
    expect(summary.preferredChannel[0]).toEqual({ value: "email", host: 1, partner: 1 });
    expect(summary.timeZones).toEqual([
      { value: "Europe/Berlin", host: 1, partner: 1 },
      { value: "Europe/Lisbon", host: 0, partner: 1 },
    ]);
    expect(summary.commonHours?.minutes).toBe(420);
  });
});
