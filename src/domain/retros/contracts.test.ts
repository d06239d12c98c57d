import { describe, expect, it } from "vitest";
import { RetroInsightInput, RetroInsightQuery, RetroInsightStatusChange } from "./contracts";

const templateId = "0194d3a0-0000-7000-8000-000000000001";

describe("retrospective insight contracts", () => {
  it("records an insight against a template version, with partner and meeting optional", () => {
    const parsed = RetroInsightInput.parse({ templateId, templateVersion: 2, text: "  Ask for the price list before the kickoff.  " });
    expect(parsed).toEqual({ templateId, templateVersion: 2, text: "Ask for the price list before the kickoff." });
  });

  it.each([
    [{ templateVersion: 0 }, "templateVersion", "versions start at 1"],
    [{ templateVersion: 1.5 }, "templateVersion", "must be a whole number"],
    [{ text: "   " }, "text", "write what the retrospective learned"],
    [{ text: "x".repeat(1001) }, "text", "keep it under 1000 characters"],
  ])("refuses %j and names the field", (change, field, message) => {
    const result = RetroInsightInput.safeParse({ templateId, templateVersion: 1, text: "A lesson.", ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([[field, message]]);
  });

  it("refuses fields it does not know, so a typo is not silently dropped", () => {
    expect(RetroInsightInput.safeParse({ templateId, templateVersion: 1, text: "A lesson.", version: 3 }).success).toBe(false);
  });

  it("changes a status only together with the status the client saw", () => {
    expect(RetroInsightStatusChange.safeParse({ status: "addressed", statusRead: "open" }).success).toBe(true);
    expect(RetroInsightStatusChange.safeParse({ status: "addressed" }).success).toBe(false);
    expect(RetroInsightStatusChange.safeParse({ status: "done", statusRead: "open" }).error?.issues[0]?.message).toBe("use one of open, addressed, dismissed");
  });

  it("treats empty filters of the list as absent", () => {
    expect(RetroInsightQuery.parse({ templateId: "", status: "" })).toEqual({});
    expect(RetroInsightQuery.parse({ status: "open" })).toEqual({ status: "open" });
    expect(RetroInsightQuery.safeParse({ templateId: "not-an-id" }).success).toBe(false);
  });
});
