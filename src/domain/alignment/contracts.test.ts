import { describe, expect, it } from "vitest";
import { CompleteEarlyWin, CreateEarlyWin, ScheduleCheckIns, UpdateCaseStudy, UpdateEarlyWin } from "./contracts";

const win = { title: "Joint webinar", hostLeadUserId: "host-user", partnerLeadUserId: "partner-user", deadline: "2026-12-20T17:00:00.000Z" };

describe("early win contracts", () => {
  it("creates an early win with an optional success measure that defaults to empty", () => {
    expect(CreateEarlyWin.parse(win)).toMatchObject({ ...win, description: "", successMeasure: "" });
    expect(CreateEarlyWin.safeParse({ ...win, successMeasure: "x".repeat(1001) }).error?.issues[0]?.message).toBe("at most 1,000 characters");
  });

  it("edits only what is sent, always against a version", () => {
    expect(UpdateEarlyWin.parse({ version: 2, title: "Joint webinar for 200 customers" })).toEqual({ version: 2, title: "Joint webinar for 200 customers" });
    expect(UpdateEarlyWin.safeParse({ title: "No version" }).success).toBe(false);
    expect(UpdateEarlyWin.safeParse({ version: 2, status: "done" }).success).toBe(false);
  });

  it("plans check-ins of 30 minutes by default, between 10 and 120", () => {
    expect(ScheduleCheckIns.parse({ version: 1 })).toEqual({ version: 1, durationMinutes: 30, location: null });
    expect(ScheduleCheckIns.safeParse({ version: 1, durationMinutes: 5 }).error?.issues[0]?.message).toBe("at least 10 minutes");
    expect(ScheduleCheckIns.safeParse({ version: 1, durationMinutes: 180 }).error?.issues[0]?.message).toBe("at most 120 minutes");
  });

  it("completes only with an outcome, and keeps the case study within its limit", () => {
    expect(CompleteEarlyWin.parse({ version: 3, outcome: " 140 people came. " })).toEqual({ version: 3, outcome: "140 people came.", lessons: "" });
    expect(CompleteEarlyWin.safeParse({ version: 3, outcome: "  " }).error?.issues[0]?.message).toBe("say what the early win achieved");
    expect(UpdateCaseStudy.safeParse({ version: 1, caseStudy: "x".repeat(20_001) }).error?.issues[0]?.message).toBe("at most 20,000 characters");
  });
});
