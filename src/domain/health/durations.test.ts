import { describe, expect, it } from "vitest";
import { clamp, daysBetween, median } from "./durations";

describe("durations", () => {
  it("takes the middle value, the mean of the two middle ones, or nothing", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("counts elapsed days in UTC, so a daylight-saving night is still 24 hours", () => {
    // Europe switched to summer time on 2026-03-29; elapsed time does not care.
    expect(daysBetween(new Date("2026-03-28T12:00:00Z"), new Date("2026-03-30T12:00:00Z"))).toBe(2);
    expect(daysBetween(new Date("2026-03-28T12:00:00+01:00"), new Date("2026-03-30T12:00:00+02:00"))).toBeCloseTo(2 - 1 / 24);
  });

  it("keeps values between the bounds", () => {
    expect([clamp(-3, 0, 100), clamp(50, 0, 100), clamp(130, 0, 100)]).toEqual([0, 50, 100]);
  });
});
