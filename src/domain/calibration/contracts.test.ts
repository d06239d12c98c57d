import { describe, expect, it } from "vitest";
import { CalibrationNoteInput, CalibrationQuery, CalibrationScope, CertificationInput } from "./contracts";

const kitId = "0b6f7a52-8f43-4c1b-9f7e-2a4c5b6d7e8f";

describe("calibration contracts", () => {
  it("reads blank query values as 'any' and keeps the rest", () => {
    expect(CalibrationQuery.parse({ kitId: "", stageKey: "culture", from: "2026-01-01", to: "" })).toEqual({ kitId: undefined, stageKey: "culture", from: "2026-01-01", to: undefined });
  });

  it("names the field at fault: a bad id, a bad day, an end before the start", () => {
    const paths = (input: object) => {
      const result = CalibrationQuery.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    };
    expect(paths({ kitId: "nope" })).toEqual(["kitId"]);
    expect(paths({ from: "26/11/2026" })).toEqual(["from"]);
    expect(paths({ from: "2026-11-26", to: "2026-11-01" })).toEqual(["to"]);
    expect(CalibrationScope.safeParse({ from: "2026-11-26", to: "2026-11-01" }).success).toBe(false);
    expect(CalibrationScope.safeParse({ kitId, stageKey: "culture", from: "2026-11-01", to: "2026-11-01" }).success).toBe(true);
  });

  it("asks for a note's text and trims it", () => {
    expect(CalibrationNoteInput.safeParse({ scope: {}, body: "   " }).success).toBe(false);
    expect(CalibrationNoteInput.parse({ scope: { kitId }, body: "  Align on what a 3 means.  " }).body).toBe("Align on what a 3 means.");
    expect(CertificationInput.parse({})).toEqual({ note: "" });
    expect(CertificationInput.safeParse({ note: "x".repeat(1001) }).success).toBe(false);
  });
});
