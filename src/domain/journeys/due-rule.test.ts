import { describe, expect, it } from "vitest";
import { DueRule } from "./due-rule";

describe("due rules", () => {
  it("accepts the documented forms", () => {
    for (const rule of [
      { after: "start", businessDays: 5 },
      { after: "step", step: "kickoff", days: 1 },
      { after: "event", event: "first_deal_approved", hours: 48 },
      { after: "start", days: 7, repeat: { every: { days: 7 }, until: "early_win_done" } },
    ]) {
      expect(DueRule.safeParse(rule).success).toBe(true);
    }
  });

  it("refuses two units at once, a step rule without its step, and a repeat of zero", () => {
    expect(DueRule.safeParse({ after: "start", days: 1, hours: 2 }).success).toBe(false);
    expect(DueRule.safeParse({ after: "step", days: 1 }).success).toBe(false);
    expect(DueRule.safeParse({ after: "start", days: 7, repeat: { every: { days: 0 }, until: "done" } }).success).toBe(false);
  });
});
