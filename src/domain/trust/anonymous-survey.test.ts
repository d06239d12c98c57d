import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planRelease, shuffled } from "./anonymous-storage";
import { answerProblem, SurveyAnswerValue, SurveyQuestion, surveyResult } from "./anonymous-survey";

const rating = SurveyQuestion.parse({ key: "trust", kind: "rating", min: 1, max: 5 });
const channel = SurveyQuestion.parse({ key: "channel", kind: "choice", options: ["email", "chat"] });

describe("anonymous survey results", () => {
  it("hides a question's result until five people answered it", () => {
    expect(surveyResult(rating, [5, 4, 4, 3])).toEqual({ key: "trust", shown: false, count: 4, message: "not enough answers yet (4 of 5)" });
  });

  it("shows count, mean and the full distribution from the fifth answer on", () => {
    expect(surveyResult(rating, [5, 4, 4, 3, 5])).toEqual({ key: "trust", shown: true, count: 5, mean: 4.2, distribution: { "1": 0, "2": 0, "3": 1, "4": 2, "5": 2 } });
  });

  it("shows a choice question's distribution without a mean", () => {
    expect(surveyResult(channel, ["chat", "chat", "email", "chat", "chat"])).toMatchObject({ shown: true, mean: null, distribution: { email: 1, chat: 4 } });
  });

  it("still counts an answer whose option was renamed after it was given", () => {
    expect(surveyResult(channel, ["chat", "chat", "email", "chat", "phone"])).toMatchObject({ distribution: { email: 1, chat: 3, phone: 1 } });
  });

  it("checks an answer against its question", () => {
    expect(answerProblem(rating, 3)).toBeNull();
    expect(answerProblem(rating, 6)).toBe("trust: choose a whole number from 1 to 5");
    expect(answerProblem(rating, "3")).toBe("trust: choose a whole number from 1 to 5");
    expect(answerProblem(channel, "chat")).toBeNull();
    expect(answerProblem(channel, "fax")).toBe("channel: choose one of email, chat");
    expect(SurveyAnswerValue.safeParse("").success).toBe(false);
  });
});

describe("storing answers so they cannot be tied to their author", () => {
  const bundle = (trust: number, pick: string) => ({ answers: [{ questionKey: "trust", value: trust }, { questionKey: "channel", value: pick }] });
  const firstIndex = () => 0;

  it("releases nothing while fewer than a batch of people answered", () => {
    expect(planRelease([bundle(5, "chat"), bundle(4, "email")], 5, firstIndex)).toEqual({ release: [], releasedBundles: 0 });
  });

  it("releases whole batches only, grouped by question, keeping the rest pending", () => {
    const pending = [1, 2, 3, 4, 5, 1, 2].map((score) => bundle(score, score % 2 === 0 ? "chat" : "email"));
    const plan = planRelease(pending, 5, firstIndex);
    expect(plan.releasedBundles).toBe(5);
    expect(plan.release.map((row) => row.questionKey)).toEqual([...Array<string>(5).fill("channel"), ...Array<string>(5).fill("trust")]);
  });

  it("never loses or invents an answer when shuffling", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.infiniteStream(fc.nat()), (items, stream) => {
        const random = (bound: number) => (stream.next().value ?? 0) % bound;
        const result = shuffled(items, random);
        return result.length === items.length && [...result].sort((a, b) => a - b).join() === [...items].sort((a, b) => a - b).join();
      }),
    );
  });

  it("puts rows in the order the injected random source decides, not the order people answered in", () => {
    const last = (bound: number) => bound - 1;
    expect(shuffled([1, 2, 3, 4], firstIndex)).toEqual([1, 2, 3, 4]);
    expect(shuffled([1, 2, 3, 4], last)).toEqual([4, 3, 2, 1]);
  });
});
