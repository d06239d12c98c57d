import { describe, expect, it } from "vitest";
import { SurveyInput } from "./contracts";

const rating = { key: "trust", kind: "rating", min: 1, max: 10, text: "How much do you trust us?" };
const pathsOf = (input: object) => {
  const parsed = SurveyInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
};

describe("opening a survey", () => {
  it("accepts a staff survey and fills an empty introduction", () => {
    expect(SurveyInput.parse({ title: "Pulse", questions: [rating], audience: "staff" }).intro).toBe("");
  });

  it("needs the partner for a one-partner survey, and only then", () => {
    expect(pathsOf({ title: "Pulse", questions: [rating], audience: "partner" })).toEqual(["partnerId"]);
    expect(pathsOf({ title: "Pulse", questions: [rating], audience: "staff", partnerId: "0b8f0a52-1a0e-4f57-9a53-3f0f7c6c2a10" })).toEqual(["partnerId"]);
  });

  it("names a repeated key, a rating whose top is not above its bottom and a repeated option", () => {
    expect(pathsOf({ title: "Pulse", questions: [rating, rating], audience: "staff" })).toEqual(["questions.1.key"]);
    expect(pathsOf({ title: "Pulse", questions: [{ ...rating, min: 1, max: 1 }], audience: "staff" })).toContain("questions.0.max");
    expect(pathsOf({ title: "Pulse", questions: [{ key: "c", kind: "choice", options: ["A", "A"], text: "Pick" }], audience: "staff" })).toEqual(["questions.0.options"]);
  });

  it("asks at least one question, each with its wording", () => {
    expect(pathsOf({ title: "Pulse", questions: [], audience: "staff" })).toEqual(["questions"]);
    expect(pathsOf({ title: "Pulse", questions: [{ ...rating, text: " " }], audience: "staff" })).toEqual(["questions.0.text"]);
  });
});
