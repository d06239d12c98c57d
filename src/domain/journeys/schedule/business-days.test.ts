import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addBusinessDays, isWeekend } from "./business-days";
import { localDateOf, wallTimeOf, weekdayOf } from "./zoned-time";

const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC", "Asia/Tokyo"];
const instants = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true });
const BERLIN = "Europe/Berlin";

describe("business days", () => {
  it("counts Tuesday 10:00 + 3 business days as Friday 10:00", () => {
    expect(addBusinessDays(new Date("2026-03-03T09:00:00Z"), 3, BERLIN)).toEqual(new Date("2026-03-06T09:00:00Z"));
  });

  it("counts Friday 10:00 + 1 business day as Monday 10:00", () => {
    expect(addBusinessDays(new Date("2026-03-06T09:00:00Z"), 1, BERLIN)).toEqual(new Date("2026-03-09T09:00:00Z"));
  });

  it("moves a Saturday anchor with 0 business days to Monday at the same wall time", () => {
    expect(addBusinessDays(new Date("2026-03-07T09:00:00Z"), 0, BERLIN)).toEqual(new Date("2026-03-09T09:00:00Z"));
    expect(addBusinessDays(new Date("2026-03-08T09:00:00Z"), 0, BERLIN)).toEqual(new Date("2026-03-09T09:00:00Z"));
  });

  it("counts Saturday + 1 business day as Tuesday, a full business day after the Monday it counts from", () => {
    expect(addBusinessDays(new Date("2026-03-07T09:00:00Z"), 1, BERLIN)).toEqual(new Date("2026-03-10T09:00:00Z"));
  });

  it("leaves a weekday anchor with 0 business days where it is, to the millisecond", () => {
    expect(addBusinessDays(new Date("2026-03-04T09:00:00.123Z"), 0, BERLIN)).toEqual(new Date("2026-03-04T09:00:00.123Z"));
  });

  it("judges the weekend by the partner's zone, not UTC: Friday 23:30 UTC is Saturday in Sydney", () => {
    // Friday 2026-03-06 23:30 UTC is Saturday 10:30 in Sydney: counts from Monday 10:30 there.
    expect(addBusinessDays(new Date("2026-03-06T23:30:00Z"), 0, "Australia/Sydney")).toEqual(new Date("2026-03-08T23:30:00Z"));
  });

  it("keeps 9:00 across the spring DST change in Berlin (Friday 27 March + 1 = Monday 30 March)", () => {
    expect(addBusinessDays(new Date("2026-03-27T08:00:00Z"), 1, BERLIN)).toEqual(new Date("2026-03-30T07:00:00Z"));
  });

  it("keeps 9:00 across the autumn DST change in New York (Friday 30 October + 1 = Monday 2 November)", () => {
    expect(addBusinessDays(new Date("2026-10-30T13:00:00Z"), 1, "America/New_York")).toEqual(new Date("2026-11-02T14:00:00Z"));
  });

  it("never lands on a weekend in the partner's zone", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 2600 }), fc.constantFrom(...zones), (instant, n, zone) => {
        const due = addBusinessDays(instant, n, zone);
        expect(isWeekend(localDateOf(due, zone))).toBe(false);
        expect([1, 2, 3, 4, 5]).toContain(weekdayOf(due, zone));
      }),
    );
  });

  it("counts a weekend anchor from the Monday after, at the same wall time", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        fc.pre(isWeekend(localDateOf(instant, zone)));
        const monday = addBusinessDays(instant, 0, zone);
        expect(weekdayOf(monday, zone)).toBe(1);
        expect(monday.getTime() - instant.getTime()).toBeGreaterThan(0);
        expect(monday.getTime() - instant.getTime()).toBeLessThanOrEqual(2 * 86_400_000 + 3_600_000);
      }),
    );
  });

  it("grows strictly with the number of business days", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 2600 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom(...zones), (instant, n, more, zone) => {
        expect(addBusinessDays(instant, n + more, zone).getTime()).toBeGreaterThan(addBusinessDays(instant, n, zone).getTime());
      }),
    );
  });

  it("spans exactly 7 calendar days for every 5 business days from a weekday", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 500 }), fc.constantFrom(...zones), (instant, weeks, zone) => {
        const from = addBusinessDays(instant, 0, zone);
        const due = addBusinessDays(from, weeks * 5, zone);
        const days = (d: Date) => {
          const { year, month, day } = localDateOf(d, zone);
          return Date.UTC(year, month - 1, day) / 86_400_000;
        };
        expect(days(due) - days(from)).toBe(weeks * 7);
      }),
    );
  });

  it("keeps the wall-clock time of day unless it falls into a DST gap", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 300 }), fc.constantFrom(...zones), (instant, n, zone) => {
        const before = wallTimeOf(instant, zone);
        const after = wallTimeOf(addBusinessDays(instant, n, zone), zone);
        const minutes = (w: typeof before) => w.hour * 60 + w.minute;
        const moved = minutes(after) - minutes(before);
        expect(moved === 0 || (moved > 0 && moved <= 60)).toBe(true);
        expect(after.second).toBe(before.second);
        expect(after.millisecond).toBe(before.millisecond);
      }),
    );
  });
});

