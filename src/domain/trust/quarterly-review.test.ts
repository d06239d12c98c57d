import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { investigationTriggers, ReviewRating, reviewInvestigations } from "./quarterly-review";

const rating = (side: "host" | "partner", trust: number, satisfaction: number) => ({ side, trust, satisfaction, comment: "Fine." });

describe("rating a quarterly review", () => {
  it("refuses scores outside 1–10 with a message naming the field", () => {
    const messages = (input: unknown) => ReviewRating.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(messages(rating("host", 0, 11))).toEqual(["trust must be at least 1", "satisfaction must be at most 10"]);
    expect(messages(rating("host", 7.5, 7))).toEqual(["trust must be a whole number from 1 to 10"]);
    expect(messages({ side: "host", trust: "7", satisfaction: 7, comment: "" })).toEqual([
      "trust must be a whole number from 1 to 10",
      "comment: say in a sentence why you gave these scores",
    ]);
  });
});

describe("the drop rule", () => {
  it("opens an investigation when trust drops from 8 to 6", () => {
    expect(investigationTriggers(rating("partner", 8, 8), rating("partner", 6, 8))).toEqual([
      { side: "partner", measure: "trust", from: 8, to: 6, reasons: ["dropped"], explanation: "The partner side's trust score dropped by 2 from 8 to 6." },
    ]);
  });

  it("does not open one for a one-point drop to 6", () => {
    expect(investigationTriggers(rating("partner", 7, 7), rating("partner", 6, 6))).toEqual([]);
  });

  it("opens one for a 5 even on the first review, but not for a 6", () => {
    expect(investigationTriggers(null, rating("host", 6, 5))).toEqual([
      { side: "host", measure: "satisfaction", from: null, to: 5, reasons: ["low"], explanation: "The host side's satisfaction score is 5, under 6." },
    ]);
  });

  it("gives both reasons when a score drops below 6", () => {
    expect(investigationTriggers(rating("host", 9, 9), rating("host", 4, 9))[0]?.explanation).toBe("The host side's trust score dropped by 5 from 9 to 4 and is 4, under 6.");
  });

  it("compares each side only with its own previous review", () => {
    const previous = [rating("host", 9, 9), rating("partner", 6, 6)];
    const current = [rating("partner", 6, 6), rating("host", 7, 9)];
    expect(reviewInvestigations(previous, current).map((trigger) => `${trigger.side}.${trigger.measure}`)).toEqual(["host.trust"]);
    expect(reviewInvestigations([], [rating("partner", 5, 9)]).map((trigger) => trigger.from)).toEqual([null]);
  });

  it("opens an investigation exactly when a score is under 6 or fell by 2 or more", () => {
    const score = fc.integer({ min: 1, max: 10 });
    fc.assert(
      fc.property(score, score, (from, to) => {
        const opened = investigationTriggers(rating("host", from, 10), rating("host", to, 10)).length > 0;
        return opened === (to < 6 || from - to >= 2);
      }),
    );
  });
});
