import { describe, expect, it } from "vitest";
import { CalendarFeedSecret, CalendarFeedStatus, CreatedCalendarFeed } from "./contracts";

describe("calendar feed contracts", () => {
  it("accepts only a secret shaped like 32 bytes of base64url, so a mistyped address is refused before any lookup", () => {
    expect(CalendarFeedSecret.safeParse("A".repeat(43)).success).toBe(true);
    expect(CalendarFeedSecret.safeParse("abc_DEF-123".padEnd(43, "x")).success).toBe(true);
    expect(CalendarFeedSecret.safeParse("A".repeat(42)).success).toBe(false);
    expect(CalendarFeedSecret.safeParse(`${"A".repeat(42)}=`).success).toBe(false);
    expect(CalendarFeedSecret.safeParse(`${"A".repeat(42)}/`).error?.issues[0]?.message).toBe("not a calendar feed address");
  });

  it("says a feed is off with no date, and gives the address only as a URL", () => {
    expect(CalendarFeedStatus.parse({ active: false, createdAt: null })).toEqual({ active: false, createdAt: null });
    expect(CreatedCalendarFeed.safeParse({ url: "https://accord.example/api/calendar/x.ics", createdAt: "2026-11-26T08:00:00.000Z" }).success).toBe(true);
    expect(CreatedCalendarFeed.safeParse({ url: "not a url", createdAt: "2026-11-26T08:00:00.000Z" }).success).toBe(false);
  });
});
