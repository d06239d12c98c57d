import { describe, expect, it } from "vitest";
import { PerspectiveInput, RaiseEscalationInput, ResolveEscalationInput, ScheduleResolutionMeetingInput } from "./contracts";

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((issue) => issue.path.join("."));

describe("escalation contracts", () => {
  it("needs a summary and the raiser's perspective", () => {
    expect(RaiseEscalationInput.safeParse({ summary: "Late sandbox", perspective: "We waited a week." }).success).toBe(true);
    expect(pathsOf(RaiseEscalationInput.safeParse({ summary: "Late sandbox", perspective: "   " }))).toEqual(["perspective"]);
  });

  it("refuses an empty perspective and a missing version", () => {
    expect(PerspectiveInput.safeParse({ version: 1, perspective: "Our view." }).success).toBe(true);
    expect(pathsOf(PerspectiveInput.safeParse({ perspective: "" })).sort()).toEqual(["perspective", "version"]);
  });

  it("lets a resolution leave parts out, so the server can name every missing one at once", () => {
    expect(ResolveEscalationInput.safeParse({ version: 2 }).success).toBe(true);
    expect(pathsOf(ResolveEscalationInput.safeParse({ version: 2, lessonLearned: "x".repeat(2001) }))).toEqual(["lessonLearned"]);
  });

  it("keeps the resolution meeting between 15 minutes and 4 hours", () => {
    const at = "2026-05-05T10:00:00Z";
    expect(ScheduleResolutionMeetingInput.safeParse({ startsAt: at, durationMinutes: 45 }).success).toBe(true);
    expect(pathsOf(ScheduleResolutionMeetingInput.safeParse({ startsAt: at, durationMinutes: 10 }))).toEqual(["durationMinutes"]);
    expect(pathsOf(ScheduleResolutionMeetingInput.safeParse({ startsAt: at, durationMinutes: 300 }))).toEqual(["durationMinutes"]);
    expect(pathsOf(ScheduleResolutionMeetingInput.safeParse({ startsAt: "tomorrow", durationMinutes: 30 }))).toEqual(["startsAt"]);
  });
});
