import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDaysToDate, instantOf, localDateOf, offsetAt, wallTimeOf, weekdayOf } from "./zoned-time";

const HOUR = 3_600_000;
const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });
const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC", "Asia/Kolkata", "Pacific/Chatham"];
/** Instants from 2000 to 2040, where the zone rules are well known, half of them within hours of a 2026 DST change. */
const instants = fc.oneof(
  fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true }),
  fc
    .constantFrom("2026-03-08T07:00:00Z", "2026-03-29T01:00:00Z", "2026-04-04T16:00:00Z", "2026-10-03T16:00:00Z", "2026-10-25T01:00:00Z", "2026-11-01T06:00:00Z")
    .chain((change) => fc.integer({ min: -3 * 60, max: 3 * 60 }).map((minutes) => new Date(new Date(change).getTime() + minutes * 60_000))),
);

describe("zoned time", () => {
  it("reads the wall clock of an instant in Berlin in winter and in summer", () => {
    expect(wallTimeOf(new Date("2026-01-15T08:00:00.250Z"), "Europe/Berlin")).toEqual({ ...wall(2026, 1, 15, 9), millisecond: 250 });
    expect(wallTimeOf(new Date("2026-07-15T07:00:00Z"), "Europe/Berlin")).toEqual(wall(2026, 7, 15, 9));
  });

  it("gives the local date and weekday, which differ from UTC near midnight", () => {
    const instant = new Date("2026-03-06T23:30:00Z"); // a Friday in UTC
    expect(localDateOf(instant, "Australia/Sydney")).toEqual({ year: 2026, month: 3, day: 7 });
    expect(weekdayOf(instant, "Australia/Sydney")).toBe(6);
    expect(weekdayOf(instant, "America/New_York")).toBe(5);
  });

  it("knows the offset on both sides of the 2026 changes", () => {
    expect(offsetAt(new Date("2026-03-29T00:59:59Z"), "Europe/Berlin")).toBe(HOUR);
    expect(offsetAt(new Date("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe(2 * HOUR);
    expect(offsetAt(new Date("2026-11-01T05:59:59Z"), "America/New_York")).toBe(-4 * HOUR);
    expect(offsetAt(new Date("2026-11-01T06:00:00Z"), "America/New_York")).toBe(-5 * HOUR);
  });

  it("moves a wall time inside the Berlin spring-forward gap forward by the gap", () => {
    expect(instantOf(wall(2026, 3, 29, 2, 30), "Europe/Berlin")).toEqual(new Date("2026-03-29T01:30:00Z"));
    expect(wallTimeOf(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toEqual(wall(2026, 3, 29, 3, 30));
  });

  it("moves a wall time inside the New York spring-forward gap forward by the gap", () => {
    expect(instantOf(wall(2026, 3, 8, 2, 15), "America/New_York")).toEqual(new Date("2026-03-08T07:15:00Z"));
  });

  it("takes the earlier instant for a wall time shown twice at the Berlin fall-back change", () => {
    expect(instantOf(wall(2026, 10, 25, 2, 30), "Europe/Berlin")).toEqual(new Date("2026-10-25T00:30:00Z"));
  });

  it("takes the earlier instant for a wall time shown twice at the New York fall-back change", () => {
    expect(instantOf(wall(2026, 11, 1, 1, 30), "America/New_York")).toEqual(new Date("2026-11-01T05:30:00Z"));
  });

  it("takes the earlier instant at the Sydney fall-back change and skips the spring gap", () => {
    expect(instantOf(wall(2026, 4, 5, 2, 30), "Australia/Sydney")).toEqual(new Date("2026-04-04T15:30:00Z"));
    expect(instantOf(wall(2026, 10, 4, 2, 30), "Australia/Sydney")).toEqual(new Date("2026-10-03T16:30:00Z"));
  });

  it("adds calendar days across month and year ends and leap days", () => {
    expect(addDaysToDate({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDaysToDate({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDaysToDate({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it("round-trips every instant through its wall time, except the later half of an overlap which maps to the earlier", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        const back = instantOf(wallTimeOf(instant, zone), zone);
        if (back.getTime() !== instant.getTime()) {
          // Only allowed in an overlap: same wall time, earlier instant.
          expect(back.getTime()).toBeLessThan(instant.getTime());
          expect(wallTimeOf(back, zone)).toEqual(wallTimeOf(instant, zone));
        }
      }),
    );
  });

  it("lands every wall time on that wall time, or later by at most the gap when it does not exist", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (day, zone, hour, minute) => {
        const target = { ...wallTimeOf(day, zone), hour, minute, second: 0, millisecond: 0 };
        const shown = wallTimeOf(instantOf(target, zone), zone);
        const asUtc = (w: typeof target) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
        const moved = asUtc(shown) - asUtc(target);
        expect(moved).toBeGreaterThanOrEqual(0);
        expect(moved).toBeLessThanOrEqual(HOUR);
      }),
    );
  });
});
