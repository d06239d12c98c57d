import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Recommendation } from "../interviews/kit";
import { average, calibrate, calibrationRule, flagFor, standardDeviation, type ScoredInterview } from "./figures";

type Card = ScoredInterview["scorecards"][number];
const card = (interviewerUserId: string, scores: Record<string, number>, recommendation: Recommendation | null = null): Card => ({
  interviewerUserId,
  scores: Object.fromEntries(Object.entries(scores).map(([key, score]) => [key, { score }])),
  recommendation,
});
const interview = (id: string, ...scorecards: Card[]): ScoredInterview => ({ id, scorecards });

/** Four candidates: Hana scores everyone a point above Ben and Cleo; Ben and Cleo agree. */
const biasedPanel = [
  interview("i1", card("hana", { fit: 5, craft: 4 }, "strong_yes"), card("ben", { fit: 4, craft: 3 }, "yes"), card("cleo", { fit: 4, craft: 3 }, "yes")),
  interview("i2", card("hana", { fit: 4, craft: 4 }, "yes"), card("ben", { fit: 3, craft: 3 }, "no"), card("cleo", { fit: 3, craft: 3 }, "no")),
  interview("i3", card("hana", { fit: 3, craft: 5 }, "yes"), card("ben", { fit: 2, craft: 4 }, "yes"), card("cleo", { fit: 2, craft: 4 }, "yes")),
  interview("i4", card("hana", { fit: 5, craft: 3 }, "strong_yes"), card("ben", { fit: 4, craft: 2 }, "no"), card("cleo", { fit: 4, craft: 2 }, "strong_no")),
];

const figuresOf = (interviews: readonly ScoredInterview[], userId: string) => {
  const found = calibrate(interviews).find((person) => person.userId === userId);
  if (!found) throw new Error(`${userId} has no figures`);
  return found;
};

describe("calibrate", () => {
  it("flags an interviewer who scores a point above the panel on every criterion as scoring high", () => {
    const hana = figuresOf(biasedPanel, "hana");
    expect(hana.byCriterion.fit).toEqual({ count: 4, mean: 4.25, panelMean: 3.25, meanDiff: 1, spread: 0, flag: "high" });
    expect(hana.byCriterion.craft?.flag).toBe("high");
    expect(hana.overall).toMatchObject({ count: 8, meanDiff: 1, flag: "high" });
  });

  it("shows the rest of that panel a little below the others, without a flag", () => {
    const ben = figuresOf(biasedPanel, "ben");
    // Ben is compared with Hana and Cleo: his 4 against their (5 + 4) / 2 = 4.5, and so on.
    expect(ben.byCriterion.fit?.meanDiff).toBeCloseTo(-0.5);
    expect(ben.byCriterion.fit?.panelMean).toBeCloseTo(3.75);
    // −0.5 is on the threshold: flagged low. This pins the rule's "at least".
    expect(ben.byCriterion.fit?.flag).toBe("low");
  });

  it("does not flag a big difference seen in fewer than three shared interviews", () => {
    const two = biasedPanel.slice(0, 2);
    const hana = figuresOf(two, "hana");
    expect(hana.byCriterion.fit).toMatchObject({ count: 2, meanDiff: 1, flag: null });
    expect(hana.overall.flag).toBeNull();
  });

  it("needs three distinct interviews for the overall flag, however many criteria each has", () => {
    const one = [interview("i1", card("hana", { a: 5, b: 5, c: 5, d: 5 }), card("ben", { a: 2, b: 2, c: 2, d: 2 }))];
    const hana = figuresOf(one, "hana");
    expect(hana.overall.count).toBe(4);
    expect(hana.overall.flag).toBeNull();
  });

  it("leaves out interviews where nobody else scored the criterion", () => {
    const lonely = [interview("i1", card("hana", { fit: 5, extra: 1 }), card("ben", { fit: 3 }))];
    const hana = figuresOf(lonely, "hana");
    expect(Object.keys(hana.byCriterion)).toEqual(["fit"]);
    expect(calibrate([interview("solo", card("hana", { fit: 5 }))])).toEqual([]);
  });

  it("measures the spread of the differences, so an erratic interviewer stands out even with a mean near zero", () => {
    const erratic = [1, 2, 3, 4].map((n) => interview(`i${n}`, card("eve", { fit: n % 2 === 0 ? 5 : 1 }), card("ben", { fit: 3 })));
    const eve = figuresOf(erratic, "eve");
    expect(eve.byCriterion.fit?.meanDiff).toBe(0);
    expect(eve.byCriterion.fit?.spread).toBeCloseTo(Math.sqrt(16 / 3));
    expect(eve.byCriterion.fit?.flag).toBeNull();
  });

  it("counts how often a hire / no-hire call matches the majority of the rest of the panel, leaving ties out", () => {
    const hana = figuresOf(biasedPanel, "hana");
    // i1 yes/yes: agrees; i2 no/no: disagrees; i3 yes/yes: agrees; i4 no/no: disagrees.
    expect(hana.recommendations).toEqual({ compared: 4, agreed: 2 });
    const ben = figuresOf(biasedPanel, "ben");
    // Ben against Hana and Cleo: i2 and i4 are ties (one yes, one no) and do not count.
    expect(ben.recommendations).toEqual({ compared: 2, agreed: 2 });
    // Someone who only recommended, with no scores to compare, still gets their agreement counted.
    const callsOnly = figuresOf([interview("i1", card("a", {}, "yes"), card("b", { fit: 3 }, "yes"))], "a");
    expect(callsOnly).toMatchObject({ byCriterion: {}, overall: { count: 0, flag: null }, recommendations: { compared: 1, agreed: 1 } });
    const noCalls = figuresOf([interview("i1", card("a", { fit: 3 }), card("b", { fit: 3 }, "yes"))], "a");
    expect(noCalls.recommendations).toEqual({ compared: 0, agreed: 0 });
  });

  it("never compares a person with themselves, whatever the panel", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(fc.record({ who: fc.constantFrom("a", "b", "c", "d"), fit: fc.integer({ min: 1, max: 5 }) }), { selector: (entry) => entry.who, minLength: 1, maxLength: 4 }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 0, max: 4 }),
        (panels, shift) => {
          const interviews = panels.map((panel, n) => interview(`i${n}`, ...panel.map(({ who, fit }) => card(who, { fit }))));
          const before = calibrate(interviews);
          // Everybody scoring the same amount higher changes no difference and no flag.
          const shifted = panels.map((panel, n) => interview(`i${n}`, ...panel.map(({ who, fit }) => card(who, { fit: fit + shift }))));
          const after = calibrate(shifted);
          const summary = (people: typeof before) => people.map((p) => [p.userId, Math.round((p.byCriterion.fit?.meanDiff ?? 0) * 1e6) + 0, p.byCriterion.fit?.flag]);
          expect(summary(after)).toEqual(summary(before));
          for (const person of before) {
            const fit = person.byCriterion.fit;
            if (!fit) continue;
            // The difference is the gap between the two means, and stays within the scale.
            expect(fit.meanDiff).toBeCloseTo(fit.mean - fit.panelMean);
            expect(Math.abs(fit.meanDiff)).toBeLessThanOrEqual(4);
            expect(fit.count).toBeLessThanOrEqual(interviews.length);
            if (fit.flag) expect(fit.count).toBeGreaterThanOrEqual(calibrationRule.minShared);
          }
        },
      ),
    );
  });
});

describe("flagFor", () => {
  it("states the rule: at least 0.5 points either way over at least three shared interviews", () => {
    expect(flagFor(0.5, 3)).toBe("high");
    expect(flagFor(-0.5, 3)).toBe("low");
    expect(flagFor(0.49, 10)).toBeNull();
    expect(flagFor(2, 2)).toBeNull();
    expect(flagFor(0.3, 5, { threshold: 0.25, minShared: 5 })).toBe("high");
  });
});

describe("average and standardDeviation", () => {
  it("treat empty and single lists safely", () => {
    expect(average([])).toBe(0);
    expect(standardDeviation([])).toBeNull();
    expect(standardDeviation([3])).toBeNull();
    expect(standardDeviation([1, 3])).toBeCloseTo(Math.SQRT2);
  });
});
