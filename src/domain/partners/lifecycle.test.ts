import { describe, expect, it } from "vitest";
import { allowedMoves, canMove, lifecycleStages, type LifecycleStage } from "./lifecycle";

/** Written by hand from the rules of R-B1 (see the comment on allowedMoves), in pipeline order. */
const expected: Record<LifecycleStage, LifecycleStage[]> = {
  applicant: ["screening", "interviewing", "decision", "contracting", "onboarding", "active", "declined"],
  screening: ["applicant", "interviewing", "decision", "contracting", "onboarding", "active", "declined"],
  interviewing: ["screening", "decision", "contracting", "onboarding", "active", "declined"],
  decision: ["interviewing", "contracting", "onboarding", "active", "declined"],
  contracting: ["decision", "onboarding", "active", "declined"],
  onboarding: ["contracting", "active", "offboarding"],
  active: ["onboarding", "offboarding"],
  offboarding: ["exited"],
  exited: [],
  declined: ["applicant"],
};

describe("partner lifecycle", () => {
  it.each(lifecycleStages)("offers exactly the hand-written moves from %s", (from) => {
    expect(allowedMoves(from)).toEqual(expected[from]);
  });

  it("lets a known partner skip forward straight to contracting or active", () => {
    expect(canMove("applicant", "contracting")).toBe(true);
    expect(canMove("screening", "active")).toBe(true);
    expect(canMove("onboarding", "offboarding")).toBe(true);
  });

  it("allows going back one stage to undo a slip, but not two", () => {
    expect(canMove("decision", "interviewing")).toBe(true);
    expect(canMove("decision", "screening")).toBe(false);
    expect(canMove("active", "onboarding")).toBe(true);
    expect(canMove("active", "contracting")).toBe(false);
  });

  it("declines a candidate up to contracting and no later", () => {
    for (const stage of ["applicant", "screening", "interviewing", "decision", "contracting"] as const) expect(canMove(stage, "declined")).toBe(true);
    for (const stage of ["onboarding", "active", "offboarding", "exited"] as const) expect(canMove(stage, "declined")).toBe(false);
  });

  it("reopens a declined candidate as an applicant only", () => {
    expect(allowedMoves("declined")).toEqual(["applicant"]);
    expect(canMove("declined", "screening")).toBe(false);
  });

  it("reaches exited only through offboarding", () => {
    for (const stage of lifecycleStages) expect(canMove(stage, "exited")).toBe(stage === "offboarding");
  });

  it("keeps offboarding on its way out: no way back to active", () => {
    expect(canMove("offboarding", "active")).toBe(false);
  });

  it("treats exited as final", () => {
    for (const stage of lifecycleStages) expect(canMove("exited", stage)).toBe(false);
  });

  it("never offers staying where the partner already is", () => {
    for (const stage of lifecycleStages) expect(canMove(stage, stage)).toBe(false);
  });
});
