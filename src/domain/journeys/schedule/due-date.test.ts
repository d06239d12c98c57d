import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DueRule } from "../due-rule";
import { addOffset, dueDateOf, occurrencesOf, type DueAnchors } from "./due-date";
import { wallTimeOf } from "./zoned-time";

const HOUR = 3_600_000;
const rule = (input: unknown): DueRule => DueRule.parse(input);
const anchors = (start: string, timeZone: string, more: Partial<Pick<DueAnchors, "doneAt" | "events">> = {}): DueAnchors => ({
  start: new Date(start),
  timeZone,
  doneAt: more.doneAt ?? new Map(),
  events: more.events ?? new Map(),
});
const dstZones = ["Europe/Berlin", "America/New_York", "Australia/Sydney"];
/** Instants in the weeks around the 2026 DST changes of the three zones, where mistakes show. */
const nearChanges = fc
  .constantFrom("2026-03-08T00:00:00Z", "2026-03-29T00:00:00Z", "2026-04-05T00:00:00Z", "2026-10-04T00:00:00Z", "2026-10-25T00:00:00Z", "2026-11-01T00:00:00Z")
  .chain((change) => fc.integer({ min: -10 * 24 * 60, max: 2 * 24 * 60 }).map((minutes) => new Date(new Date(change).getTime() + minutes * 60_000)));

describe("due dates", () => {
  it("keeps a 9:00 due time across the spring DST change in Berlin", () => {
    const due = dueDateOf(rule({ after: "start", days: 3 }), anchors("2026-03-27T08:00:00Z", "Europe/Berlin"));
    expect(due).toEqual(new Date("2026-03-30T07:00:00Z")); // 9:00 CEST
  });

  it("keeps a 9:00 due time across the autumn DST change in Berlin", () => {
    const due = dueDateOf(rule({ after: "start", days: 1 }), anchors("2026-10-24T07:00:00Z", "Europe/Berlin"));
    expect(due).toEqual(new Date("2026-10-25T08:00:00Z")); // 9:00 CET
  });

  it("keeps a 9:00 due time across the spring and autumn DST changes in New York", () => {
    expect(dueDateOf(rule({ after: "start", days: 7 }), anchors("2026-03-02T14:00:00Z", "America/New_York"))).toEqual(new Date("2026-03-09T13:00:00Z"));
    expect(dueDateOf(rule({ after: "start", days: 7 }), anchors("2026-10-26T13:00:00Z", "America/New_York"))).toEqual(new Date("2026-11-02T14:00:00Z"));
  });

  it("counts hours as exact elapsed time: 24 hours over the Berlin spring change reads 10:00 the next day", () => {
    const due = dueDateOf(rule({ after: "start", hours: 24 }), anchors("2026-03-28T08:00:00Z", "Europe/Berlin"));
    expect(due).toEqual(new Date("2026-03-29T08:00:00Z"));
    expect(due && wallTimeOf(due, "Europe/Berlin").hour).toBe(10);
  });

  it("moves a due time that falls into the New York spring gap forward by the gap", () => {
    const due = dueDateOf(rule({ after: "start", days: 1 }), anchors("2026-03-07T07:30:00Z", "America/New_York")); // Sat 02:30 EST
    expect(due).toEqual(new Date("2026-03-08T07:30:00Z")); // Sun 03:30 EDT
  });

  it("never goes back: 0 days from the second 1:30 of the New York fall-back night is that same instant", () => {
    const later = new Date("2026-11-01T06:30:00Z"); // 01:30 EST, after 01:30 EDT an hour earlier
    expect(addOffset(later, { days: 0 }, "America/New_York")).toEqual(later);
    expect(addOffset(later, { days: 1 }, "America/New_York")).toEqual(new Date("2026-11-02T06:30:00Z"));
  });

  it("counts business days in the partner's zone", () => {
    const due = dueDateOf(rule({ after: "start", businessDays: 5 }), anchors("2026-03-25T08:00:00Z", "Europe/Berlin"));
    expect(due).toEqual(new Date("2026-04-01T07:00:00Z"));
  });

  it("is not due yet while the step it waits for is not done, then counts from when it was done", () => {
    const after = rule({ after: "step", step: "kickoff", days: 2 });
    expect(dueDateOf(after, anchors("2026-03-01T09:00:00Z", "UTC"))).toBeNull();
    const done = anchors("2026-03-01T09:00:00Z", "UTC", { doneAt: new Map([["kickoff", new Date("2026-03-10T15:00:00Z")]]) });
    expect(dueDateOf(after, done)).toEqual(new Date("2026-03-12T15:00:00Z"));
  });

  it("is not due yet while the event has not been raised, then counts from the event", () => {
    const after = rule({ after: "event", event: "first_deal_approved", hours: 48 });
    expect(dueDateOf(after, anchors("2026-03-01T09:00:00Z", "UTC"))).toBeNull();
    const raised = anchors("2026-03-01T09:00:00Z", "UTC", { events: new Map([["first_deal_approved", new Date("2026-03-05T10:00:00Z")]]) });
    expect(dueDateOf(after, raised)).toEqual(new Date("2026-03-07T10:00:00Z"));
  });

  it("keeps the wall-clock time when adding days in zones with DST, across the change dates", () => {
    fc.assert(
      fc.property(nearChanges, fc.integer({ min: 0, max: 30 }), fc.constantFrom(...dstZones), (start, days, zone) => {
        const before = wallTimeOf(start, zone);
        const after = wallTimeOf(addOffset(start, { days }, zone), zone);
        const moved = after.hour * 60 + after.minute - (before.hour * 60 + before.minute);
        // Same time, unless that time does not exist on the due day (then later by the gap).
        expect(moved === 0 || (moved > 0 && moved <= 60)).toBe(true);
      }),
    );
  });

  it("counts hours exactly, whatever the zone and the DST changes in between", () => {
    fc.assert(
      fc.property(nearChanges, fc.integer({ min: 0, max: 87_600 }), fc.constantFrom(...dstZones, "UTC"), (start, hours, zone) => {
        expect(addOffset(start, { hours }, zone).getTime() - start.getTime()).toBe(hours * HOUR);
      }),
    );
  });
});

describe("repeating due dates", () => {
  const weekly = rule({ after: "start", days: 7, repeat: { every: { days: 7 }, until: "early_win" } });

  it("repeats weekly at the same wall time up to the horizon, across the Berlin spring change", () => {
    const dates = occurrencesOf(weekly, anchors("2026-03-13T08:00:00Z", "Europe/Berlin"), new Date("2026-04-10T12:00:00Z"));
    expect(dates).toEqual([new Date("2026-03-20T08:00:00Z"), new Date("2026-03-27T08:00:00Z"), new Date("2026-04-03T07:00:00Z"), new Date("2026-04-10T07:00:00Z")]);
  });

  it("stops before the instant the until step is done", () => {
    const done = anchors("2026-03-02T09:00:00Z", "UTC", { doneAt: new Map([["early_win", new Date("2026-03-23T09:00:00Z")]]) });
    expect(occurrencesOf(weekly, done, new Date("2027-01-01T00:00:00Z"))).toEqual([new Date("2026-03-09T09:00:00Z"), new Date("2026-03-16T09:00:00Z")]);
  });

  it("does not repeat a weekly occurrence moved by a DST gap at the moved time", () => {
    // Start Sunday 1 March 02:30 New York: +7 days is 8 March 02:30, inside the gap (so 03:30);
    // the next one, 15 March, is back at 02:30.
    const dates = occurrencesOf(weekly, anchors("2026-03-01T07:30:00Z", "America/New_York"), new Date("2026-03-16T00:00:00Z"));
    expect(dates.map((d) => wallTimeOf(d, "America/New_York").hour)).toEqual([3, 2]);
  });

  it("repeats every 5 business days at the same wall time, skipping weekends", () => {
    const everyWeek = rule({ after: "start", businessDays: 2, repeat: { every: { businessDays: 5 }, until: "done" } });
    const dates = occurrencesOf(everyWeek, anchors("2026-10-22T07:00:00Z", "Europe/Berlin"), new Date("2026-11-10T00:00:00Z")); // Thursday 9:00 CEST
    expect(dates).toEqual([new Date("2026-10-26T08:00:00Z"), new Date("2026-11-02T08:00:00Z"), new Date("2026-11-09T08:00:00Z")]);
  });

  it("adds k repeats in another unit to the first due date", () => {
    const mixed = rule({ after: "start", businessDays: 1, repeat: { every: { hours: 12 }, until: "done" } });
    const dates = occurrencesOf(mixed, anchors("2026-03-06T09:00:00Z", "UTC"), new Date("2026-03-10T00:00:00Z"));
    expect(dates).toEqual([new Date("2026-03-09T09:00:00Z"), new Date("2026-03-09T21:00:00Z")]);
  });

  it("gives a rule without repeat its one due date, or none past the horizon or before the anchor", () => {
    const once = rule({ after: "start", days: 2 });
    const start = anchors("2026-03-02T09:00:00Z", "UTC");
    expect(occurrencesOf(once, start, new Date("2027-01-01T00:00:00Z"))).toEqual([new Date("2026-03-04T09:00:00Z")]);
    expect(occurrencesOf(once, start, new Date("2026-03-03T00:00:00Z"))).toEqual([]);
    expect(occurrencesOf(rule({ after: "step", step: "kickoff", days: 1 }), start, new Date("2027-01-01T00:00:00Z"))).toEqual([]);
  });

  it("treats a zero repeat interval built by hand (the contract refuses it) as no repeat instead of looping forever", () => {
    const zero: DueRule = { after: "start", hours: 1, repeat: { every: { days: 0 }, until: "done" } };
    expect(occurrencesOf(zero, anchors("2026-03-02T09:00:00Z", "UTC"), new Date("2027-01-01T00:00:00Z"))).toEqual([new Date("2026-03-02T10:00:00Z")]);
  });

  it("lists occurrences strictly increasing, within the horizon, each a whole number of intervals apart", () => {
    fc.assert(
      fc.property(nearChanges, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.constantFrom(...dstZones), (start, first, every, zone) => {
        const r = rule({ after: "start", hours: first, repeat: { every: { hours: every }, until: "done" } });
        const horizon = new Date(start.getTime() + 200 * HOUR);
        const dates = occurrencesOf(r, anchors(start.toISOString(), zone), horizon);
        dates.forEach((d, k) => expect(d.getTime()).toBe(start.getTime() + (first + k * every) * HOUR));
        expect(dates.at(-1)?.getTime()).toBeLessThanOrEqual(horizon.getTime());
        expect(dates.length).toBe(Math.floor((200 - first) / every) + 1);
      }),
    );
  });
});
