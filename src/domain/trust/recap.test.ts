import { describe, expect, it } from "vitest";
import { wallTimeOf } from "../journeys/schedule/zoned-time";
import { recapDueAt, recapOnTime, recapTimers } from "./recap";

const endsAt = new Date("2026-11-26T15:00:00Z");

describe("the recap rule", () => {
  it("is due 24 hours after the meeting ends, reminds then and escalates 24 hours later", () => {
    expect(recapTimers({ endsAt, recapSentAt: null })).toEqual([
      { kind: "recap.reminder", fireAt: new Date("2026-11-27T15:00:00Z") },
      { kind: "recap.escalation", fireAt: new Date("2026-11-28T15:00:00Z") },
    ]);
  });

  it("raises no timer once the recap went out", () => {
    expect(recapTimers({ endsAt, recapSentAt: new Date("2026-11-26T18:00:00Z") })).toEqual([]);
  });

  it("counts a recap sent exactly 24 hours later as on time, and one a second later as late", () => {
    expect(recapOnTime(endsAt, new Date("2026-11-27T15:00:00Z"))).toBe(true);
    expect(recapOnTime(endsAt, new Date("2026-11-27T15:00:01Z"))).toBe(false);
  });

  it("keeps 24 elapsed hours across the partner's DST change, so the wall clock shows an hour earlier", () => {
    // Berlin leaves summer time on 2026-10-25: a meeting ending 10:00 CEST has its recap due 09:00 CET.
    const due = recapDueAt(new Date("2026-10-24T08:00:00Z"));
    expect(due).toEqual(new Date("2026-10-25T08:00:00Z"));
    expect(wallTimeOf(due, "Europe/Berlin")).toMatchObject({ day: 25, hour: 9 });
  });
});
