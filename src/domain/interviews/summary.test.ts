import { describe, expect, it } from "vitest";
import type { InterviewCriterion } from "./kit";
import { criterionFigures, decisionSummary, othersVisibleTo, weightedScore, type SummaryInterview } from "./summary";

const criteria: InterviewCriterion[] = [
  { key: "capability", name: "Capability", guidance: "", weight: 3 },
  { key: "delivery", name: "Delivery", guidance: "", weight: 1 },
];

function interview(overrides: Partial<SummaryInterview> = {}): SummaryInterview {
  return {
    id: "i1",
    stageKey: "functional",
    stageName: "Functional fit",
    status: "scheduled",
    criteria,
    panel: [
      { userId: "ann", name: "Ann" },
      { userId: "bob", name: "Bob" },
    ],
    scorecards: [
      { userId: "ann", submitted: true, scores: { capability: { score: 4 }, delivery: { score: 2 } }, recommendation: "yes" },
      { userId: "bob", submitted: true, scores: { capability: { score: 2 }, delivery: { score: 4 } }, recommendation: "no" },
    ],
    ...overrides,
  };
}

describe("criterion figures", () => {
  it("gives the mean, the range and the standard deviation of the scores", () => {
    expect(criterionFigures([2, 4, 4, 5])).toEqual({ count: 4, mean: 3.75, min: 2, max: 5, spread: 3, stdDev: 1.09 });
  });
  it("has no figures without scores", () => {
    expect(criterionFigures([])).toEqual({ count: 0, mean: null, min: null, max: null, spread: null, stdDev: null });
  });
});

describe("weighted score", () => {
  it("weighs each criterion's mean by its weight", () => {
    expect(weightedScore([{ weight: 3, mean: 3 }, { weight: 1, mean: 5 }])).toBe(3.5);
  });
  it("leaves out criteria nobody scored, and is null when none was", () => {
    expect(weightedScore([{ weight: 3, mean: null }, { weight: 1, mean: 5 }])).toBe(5);
    expect(weightedScore([{ weight: 3, mean: null }])).toBeNull();
  });
});

describe("decision summary", () => {
  it("averages the submitted scores per criterion and weighs them per stage", () => {
    const summary = decisionSummary([interview()], "manager");
    const stage = summary.stages[0];
    expect(stage?.criteria.map((c) => [c.key, c.mean, c.spread])).toEqual([
      ["capability", 3, 2],
      ["delivery", 3, 2],
    ]);
    expect(stage?.weightedScore).toBe(3);
    expect(stage?.recommendations).toEqual({ strong_no: 0, no: 1, yes: 1, strong_yes: 0 });
    expect(summary.overallScore).toBe(3);
    expect(summary.submitted).toBe(2);
    expect(summary.pending).toEqual([]);
  });

  it("counts each stage once in the overall score, whatever its weights", () => {
    const culture = interview({
      id: "i2",
      stageKey: "culture",
      stageName: "Culture fit",
      criteria: [{ key: "values", name: "Values", guidance: "", weight: 10 }],
      scorecards: [
        { userId: "ann", submitted: true, scores: { values: { score: 5 } }, recommendation: "strong_yes" },
        { userId: "bob", submitted: true, scores: { values: { score: 5 } }, recommendation: "yes" },
      ],
    });
    const summary = decisionSummary([interview(), culture], "manager");
    expect(summary.stages.map((stage) => stage.weightedScore)).toEqual([3, 5]);
    expect(summary.overallScore).toBe(4);
    expect(summary.recommendations).toEqual({ strong_no: 0, no: 1, yes: 2, strong_yes: 1 });
  });

  it("ignores drafts and lists who has not submitted", () => {
    const summary = decisionSummary(
      [interview({ scorecards: [{ userId: "ann", submitted: true, scores: { capability: { score: 5 }, delivery: { score: 5 } }, recommendation: "strong_yes" }, { userId: "bob", submitted: false, scores: { capability: { score: 1 } }, recommendation: null }] })],
      "manager",
    );
    expect(summary.stages[0]?.criteria[0]?.mean).toBe(5);
    expect(summary.stages[0]?.submitted).toBe(1);
    expect(summary.stages[0]?.expected).toBe(2);
    expect(summary.pending).toEqual([{ interviewId: "i1", stageName: "Functional fit", userId: "bob", name: "Bob" }]);
  });

  it("counts a submitted scorecard without a recommendation in no recommendation", () => {
    const summary = decisionSummary([interview({ scorecards: [{ userId: "ann", submitted: true, scores: { capability: { score: 3 } }, recommendation: null }] })], "manager");
    expect(summary.recommendations).toEqual({ strong_no: 0, no: 0, yes: 0, strong_yes: 0 });
    expect(summary.stages[0]?.criteria.map((c) => c.count)).toEqual([1, 0]);
  });

  it("leaves cancelled interviews out entirely", () => {
    const summary = decisionSummary([interview({ status: "cancelled" })], "manager");
    expect(summary.stages).toEqual([]);
    expect(summary.overallScore).toBeNull();
    expect(summary.pending).toEqual([]);
  });

  it("withholds an interview from a reader on its panel who has not submitted", () => {
    const withBobDrafting = interview({ scorecards: [{ userId: "ann", submitted: true, scores: { capability: { score: 5 }, delivery: { score: 5 } }, recommendation: "yes" }] });
    const summary = decisionSummary([withBobDrafting], "bob");
    expect(summary.withheld).toEqual(["i1"]);
    expect(summary.stages).toEqual([]);
    expect(summary.pending.map((p) => p.userId)).toEqual(["bob"]);
  });

  it("names a criterion as the latest interview of the stage names it, and merges criteria by key", () => {
    const later = interview({ id: "i2", criteria: [{ key: "capability", name: "Skills", guidance: "", weight: 3 }], scorecards: [{ userId: "cid", submitted: true, scores: { capability: { score: 5 } }, recommendation: "yes" }], panel: [{ userId: "cid", name: "Cid" }] });
    const stage = decisionSummary([interview(), later], "manager").stages[0];
    expect(stage?.interviews).toBe(2);
    expect(stage?.criteria.find((c) => c.key === "capability")).toMatchObject({ name: "Skills", count: 3, mean: 3.67 });
  });
});

describe("who sees others' scores", () => {
  it("is everyone off the panel, and panel members once they submitted", () => {
    const open = interview();
    expect(othersVisibleTo("manager", open)).toBe(true);
    expect(othersVisibleTo("ann", open)).toBe(true);
    expect(othersVisibleTo("ann", interview({ scorecards: [{ userId: "ann", submitted: false, scores: {}, recommendation: null }] }))).toBe(false);
    expect(othersVisibleTo("bob", interview({ scorecards: [] }))).toBe(false);
  });
});
