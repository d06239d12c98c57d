import { describe, expect, it } from "vitest";
import { lifecycleStages } from "../partners/lifecycle";
import { boardStages, daysInStage, onboardingJourneyMessage, welcomeMessage } from "./board";
import { onboardingJourneyStatuses } from "./contracts";

describe("board columns", () => {
  it("run through the pipeline in order and end with declined", () => {
    expect(boardStages).toEqual(lifecycleStages);
    expect(boardStages.at(-1)).toBe("declined");
  });
});

describe("days in stage", () => {
  const moved = new Date("2026-11-20T10:00:00Z");
  it("counts whole days since the move", () => {
    expect(daysInStage(moved, new Date("2026-11-20T23:59:59Z"))).toBe(0);
    expect(daysInStage(moved, new Date("2026-11-21T10:00:00Z"))).toBe(1);
    expect(daysInStage(moved, new Date("2026-11-26T09:59:59Z"))).toBe(5);
  });

  it("never shows a negative count when the move looks a little in the future", () => {
    expect(daysInStage(moved, new Date("2026-11-20T09:59:00Z"))).toBe(0);
  });
});

describe("what a move into onboarding tells the person", () => {
  const facts = { partner: "Alpha", program: "Partner program", partnerType: "Reseller", journey: "Reseller onboarding" };

  it("names the journey that started", () => {
    expect(onboardingJourneyMessage("started", facts)).toBe("Journey “Reseller onboarding” started for Alpha.");
  });

  it.each([
    ["already_running", "already has the running journey “Reseller onboarding”"],
    ["no_program", "belongs to no program and the workspace has none"],
    ["no_track", "the program “Partner program” has no track for the type “Reseller”"],
    ["no_template", "the “Reseller” track of the program “Partner program” has no journey template in use"],
  ] as const)("explains %s and what to do", (status, text) => {
    const message = onboardingJourneyMessage(status, facts);
    expect(message).toContain(text);
    if (status !== "already_running") expect(message).toMatch(/start the journey from the partner's page\.$/);
  });

  it("has words for every status", () => {
    for (const status of onboardingJourneyStatuses) expect(onboardingJourneyMessage(status, { partner: "Alpha" }).length).toBeGreaterThan(10);
  });

  it("says whom the welcome went to, or why none was sent", () => {
    expect(welcomeMessage("sent", "Alpha", "ada@alpha.example")).toBe("Welcome email sent to ada@alpha.example.");
    expect(welcomeMessage("already_sent", "Alpha", "ada@alpha.example")).toContain("welcomed when it first entered onboarding");
    expect(welcomeMessage("no_contact", "Alpha", null)).toContain("Alpha has no contact email");
  });
});
