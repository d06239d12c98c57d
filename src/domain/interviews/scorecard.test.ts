import { describe, expect, it } from "vitest";
import type { InterviewCriterion } from "./kit";
import { describeProblems, isValidScore, scorecardProblems, storedScores } from "./scorecard";

const criteria: InterviewCriterion[] = [
  { key: "capability", name: "Capability", guidance: "", weight: 3 },
  { key: "client_first", name: "Client-first attitude", guidance: "", weight: 2 },
];

describe("scorecard rules", () => {
  it("accepts a draft with scores left out", () => {
    expect(scorecardProblems(criteria, { scores: { capability: { score: 4, evidence: "" } }, recommendation: null }, "draft")).toEqual([]);
  });

  it("names the criterion, by name and key, whose score is outside 1–5", () => {
    const problems = scorecardProblems(criteria, { scores: { capability: { score: 7, evidence: "" }, client_first: { score: 0, evidence: "" } }, recommendation: null }, "draft");
    expect(problems).toEqual([
      { path: "body.scores.capability.score", message: '"Capability" (capability) takes a whole number from 1 to 5, not 7' },
      { path: "body.scores.client_first.score", message: '"Client-first attitude" (client_first) takes a whole number from 1 to 5, not 0' },
    ]);
  });

  it("refuses half points", () => {
    expect(isValidScore(3.5)).toBe(false);
    expect(isValidScore(3)).toBe(true);
  });

  it("refuses scores for criteria the interview does not have", () => {
    expect(scorecardProblems(criteria, { scores: { charisma: { score: 5, evidence: "" } }, recommendation: null }, "draft")).toEqual([{ path: "body.scores.charisma", message: '"charisma" is not a criterion of this interview' }]);
  });

  it("requires every criterion and a recommendation to submit", () => {
    const problems = scorecardProblems(criteria, { scores: { capability: { score: 3, evidence: "" } }, recommendation: null }, "submit");
    expect(problems.map((problem) => problem.path)).toEqual(["body.scores.client_first.score", "body.recommendation"]);
    expect(describeProblems(problems)).toContain('"Client-first attitude" (client_first) needs a score from 1 to 5 before you submit');
  });

  it("accepts a complete submission", () => {
    const complete = { scores: { capability: { score: 3, evidence: "Two similar projects" }, client_first: { score: 5, evidence: "" } }, recommendation: "yes" as const };
    expect(scorecardProblems(criteria, complete, "submit")).toEqual([]);
  });

  it("stores the interview's criteria only, dropping empty entries but keeping evidence without a score", () => {
    const stored = storedScores(criteria, { scores: { client_first: { score: null, evidence: "Asked about their escalations" }, capability: { score: null, evidence: "" } }, recommendation: null });
    expect(stored).toEqual({ client_first: { score: null, evidence: "Asked about their escalations" } });
  });
});
