import { describe, expect, it } from "vitest";
import { meetingOf, ScheduleMeetingInput, scheduleMeeting, withMeeting } from "./schemas";

const olga = { userId: "u-olga", name: "Olga Owner", email: "owner@acme.test" };
const alice = { userId: "u-alice", name: "Alice Alpha", email: "alice@alpha.test" };
const now = new Date("2026-03-02T09:00:00Z");

describe("scheduling a meeting", () => {
  it("computes the end from the duration and starts counting sequences at 0", () => {
    const meeting = scheduleMeeting(null, { startsAt: new Date("2026-03-10T14:00:00Z"), durationMinutes: 45, location: "", organizer: olga, attendees: [olga, alice], now });
    expect(meeting).toEqual({
      startsAt: "2026-03-10T14:00:00.000Z",
      endsAt: "2026-03-10T14:45:00.000Z",
      durationMinutes: 45,
      location: null,
      organizer: olga,
      attendees: [olga, alice],
      sequence: 0,
      scheduledAt: "2026-03-02T09:00:00.000Z",
    });
  });

  it("raises the sequence on every reschedule so calendars replace the event", () => {
    const first = scheduleMeeting(null, { startsAt: new Date("2026-03-10T14:00:00Z"), durationMinutes: 60, location: "Room 1", organizer: olga, attendees: [alice], now });
    const second = scheduleMeeting(first, { startsAt: new Date("2026-03-11T14:00:00Z"), durationMinutes: 60, location: "Room 2", organizer: alice, attendees: [olga], now });
    expect(second.sequence).toBe(1);
    expect(scheduleMeeting(second, { startsAt: new Date("2026-03-12T14:00:00Z"), durationMinutes: 30, location: null, organizer: olga, attendees: [olga], now }).sequence).toBe(2);
    expect(second.location).toBe("Room 2");
  });

  it("reads the meeting from a step result and keeps the rest of the result when writing it", () => {
    const meeting = scheduleMeeting(null, { startsAt: new Date("2026-03-10T14:00:00Z"), durationMinutes: 60, location: null, organizer: olga, attendees: [alice], now });
    expect(meetingOf(null)).toBeNull();
    expect(meetingOf({ notes: "x" })).toBeNull();
    expect(meetingOf(withMeeting({ notes: "kept" }, meeting))).toEqual(meeting);
    expect(withMeeting({ notes: "kept" }, meeting)).toEqual({ notes: "kept", meeting });
    expect(withMeeting(null, meeting)).toEqual({ meeting });
    expect(withMeeting(["odd"], meeting)).toEqual({ meeting });
  });
});

describe("the schedule input", () => {
  const valid = { version: 1, startsAt: "2026-03-10T14:00:00Z", attendeeUserIds: ["u-alice"] };

  it("takes a time, optional duration and location, and attendees", () => {
    expect(ScheduleMeetingInput.parse({ ...valid, durationMinutes: 30, location: " Zoom " })).toEqual({ ...valid, durationMinutes: 30, location: "Zoom" });
  });

  it("names the field at fault", () => {
    const paths = (input: unknown) => ScheduleMeetingInput.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(paths({ ...valid, attendeeUserIds: [] })).toEqual([["attendeeUserIds", "invite at least one person"]]);
    expect(paths({ ...valid, attendeeUserIds: ["a", "a"] })).toEqual([["attendeeUserIds", "each person may be invited once"]]);
    expect(paths({ ...valid, durationMinutes: 1 })).toEqual([["durationMinutes", "at least 5 minutes"]]);
    expect(paths({ ...valid, startsAt: "tomorrow" })?.[0]?.[0]).toBe("startsAt");
  });
});
