import { describe, expect, it } from "vitest";
import { type Escalation, escalationStatus, lessonEntry, meetingHeldInTime, RaiseEscalation, resolutionTimers, resolveEscalation, ResolveEscalation } from "./escalation";
import type { Party } from "./side";

const raisedAt = new Date("2026-11-26T10:00:00Z");
const hans: Party = { side: "host", userId: "u-hans" };
const escalation: Escalation = {
  id: "e-1",
  raisedBy: { side: "partner", userId: "u-pia" },
  raisedAt,
  summary: "Leads were shared late",
  perspective: "We waited two weeks for the leads we were promised.",
  meetingHeldAt: null,
  resolution: null,
};
const resolution = ResolveEscalation.parse({ otherPerspective: "Our CRM export broke.", agreedAction: "Daily export with an alert", lessonLearned: "Say at once when a promised date slips" });
const at = (hours: number) => new Date(raisedAt.getTime() + hours * 3_600_000);

describe("raising an escalation", () => {
  it("requires the raiser's perspective", () => {
    expect(RaiseEscalation.safeParse({ summary: "Late leads" }).error?.issues[0]?.message).toBe("perspective: say how your side sees the problem");
    expect(RaiseEscalation.safeParse({ summary: "Late leads", perspective: "  " }).error?.issues[0]?.message).toBe("perspective: say how your side sees the problem");
  });

  it("requires both perspectives, the agreed action and the lesson to resolve", () => {
    expect(ResolveEscalation.safeParse({}).error?.issues.map((issue) => issue.message)).toEqual([
      "otherPerspective: record how the other side sees it",
      "agreedAction: record the action both sides agreed on",
      "lessonLearned: record what both sides will do differently",
    ]);
  });
});

describe("the 48-hour resolution meeting", () => {
  it("reminds at 24 hours and escalates at 48 hours", () => {
    expect(resolutionTimers(escalation)).toEqual([
      { kind: "resolution.reminder", fireAt: at(24) },
      { kind: "resolution.escalation", fireAt: at(48) },
    ]);
  });

  it("raises no timer once the meeting is held", () => {
    expect(resolutionTimers({ ...escalation, meetingHeldAt: at(5) })).toEqual([]);
  });

  it("is open until 48 hours and overdue from exactly 48 hours without a meeting", () => {
    expect(escalationStatus(escalation, at(47.99))).toBe("open");
    expect(escalationStatus(escalation, at(48))).toBe("meeting_overdue");
  });

  it("counts a meeting held at exactly 48 hours as in time, one a minute later as late", () => {
    expect(meetingHeldInTime({ raisedAt, meetingHeldAt: at(48) })).toBe(true);
    expect(meetingHeldInTime({ raisedAt, meetingHeldAt: at(48 + 1 / 60) })).toBe(false);
    expect(meetingHeldInTime({ raisedAt, meetingHeldAt: null })).toBe(false);
    expect(escalationStatus({ ...escalation, meetingHeldAt: at(50) }, at(60))).toBe("open");
  });
});

describe("resolving an escalation", () => {
  it("refuses to resolve before the meeting took place", () => {
    expect(resolveEscalation(escalation, resolution, hans, at(10))).toEqual({ ok: false, message: "hold the resolution meeting first: record when it took place, then resolve" });
  });

  it("resolves after the meeting and refuses a second resolution", () => {
    const result = resolveEscalation({ ...escalation, meetingHeldAt: at(20) }, resolution, hans, at(21));
    if (!result.ok) throw new Error(result.message);
    expect(escalationStatus(result.escalation, at(100))).toBe("resolved");
    expect(resolutionTimers(result.escalation)).toEqual([]);
    expect(resolveEscalation(result.escalation, resolution, hans, at(22))).toEqual({ ok: false, message: "this escalation is already resolved" });
  });

  it("writes a lessons-log entry with both perspectives under their sides", () => {
    const result = resolveEscalation({ ...escalation, meetingHeldAt: at(20) }, resolution, hans, at(21));
    expect(result.ok && lessonEntry(result.escalation)).toEqual({
      escalationId: "e-1",
      summary: "Leads were shared late",
      perspectives: { partner: "We waited two weeks for the leads we were promised.", host: "Our CRM export broke." },
      agreedAction: "Daily export with an alert",
      lessonLearned: "Say at once when a promised date slips",
      raisedAt,
      resolvedAt: at(21),
      meetingHeldInTime: true,
    });
  });

  it("has no lesson while unresolved", () => {
    expect(lessonEntry(escalation)).toBeNull();
  });
});
