import { describe, expect, it } from "vitest";
import { QuarterParams, RateQuarterInput } from "./contracts";

describe("quarterly review contracts", () => {
  it("takes whole scores from 1 to 10 with a comment; the side comes from the caller", () => {
    expect(RateQuarterInput.safeParse({ trust: 1, satisfaction: 10, comment: "Fine." }).success).toBe(true);
    expect(RateQuarterInput.safeParse({ trust: 7, satisfaction: 7, comment: "Fine.", side: "host" }).success).toBe(false);
  });

  it.each([
    ["trust", 0],
    ["trust", 11],
    ["satisfaction", 5.5],
  ])("names the field when %s is %s", (field, value) => {
    const result = RateQuarterInput.safeParse({ trust: 7, satisfaction: 7, comment: "Fine.", [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([field]);
    expect(result.error?.issues[0]?.message).toContain(field);
  });

  it("reads the quarter from the path", () => {
    expect(QuarterParams.safeParse({ quarter: "2026-Q4" }).success).toBe(true);
    expect(QuarterParams.safeParse({ quarter: "Q4-2026" }).success).toBe(false);
  });
});
