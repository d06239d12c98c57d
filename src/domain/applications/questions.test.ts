import { describe, expect, it } from "vitest";
import { PartneringPageContent } from "./partnering-page";
import { ApplicationFormInput, blankQuestion, questionKinds, questionListIssues, type ApplicationQuestion } from "./questions";

const text = (key: string): ApplicationQuestion => ({ key, label: key, help: "", required: false, kind: "text" });

describe("the question list", () => {
  it("is fine with distinct keys and sensible settings", () => {
    expect(questionListIssues([text("a"), text("b"), blankQuestion("number", "c", 25)], 25)).toEqual([]);
  });

  it("names duplicate keys, fixed-field keys, repeated options, inverted bounds and oversized files", () => {
    const questions: ApplicationQuestion[] = [
      text("pitch"),
      text("pitch"),
      text("website"),
      { key: "segment", label: "Segment", help: "", required: false, kind: "choice", options: ["SMB", "smb"] },
      { key: "size", label: "Size", help: "", required: false, kind: "number", min: 10, max: 1 },
      { key: "deck", label: "Deck", help: "", required: false, kind: "file", accept: [".pdf"], maxSizeMb: 50 },
    ];
    expect(questionListIssues(questions, 25)).toEqual([
      { path: "body.questions.1.key", message: '"pitch" is used by another question; keys must be unique' },
      { path: "body.questions.2.key", message: '"website" is a field every applicant fills already; choose another key' },
      { path: "body.questions.3.options", message: "options must differ from each other" },
      { path: "body.questions.4.max", message: "must not be below the minimum" },
      { path: "body.questions.5.maxSizeMb", message: "this server takes files up to 25 MB (UPLOAD_MAX_MB)" },
    ]);
  });

  it("starts each kind of question blank, a file question within the server's limit", () => {
    expect(questionKinds.map((kind) => blankQuestion(kind, "q", 4).kind)).toEqual([...questionKinds]);
    expect(blankQuestion("file", "q", 4)).toMatchObject({ accept: [".pdf"], maxSizeMb: 4 });
    expect(blankQuestion("choice", "q", 4)).toMatchObject({ options: ["", ""] });
  });

  it("parses a form with defaults and refuses bad keys and accepted types", () => {
    const parsed = ApplicationFormInput.parse({ version: 0, open: true, questions: [{ key: "deck", label: "Deck", kind: "file", accept: [" .PDF ", "image/*"], maxSizeMb: 5 }] });
    expect(parsed).toEqual({ version: 0, intro: "", open: true, questions: [{ key: "deck", label: "Deck", help: "", required: false, kind: "file", accept: [".pdf", "image/*"], maxSizeMb: 5 }] });
    const bad = ApplicationFormInput.safeParse({ version: 0, open: true, questions: [{ key: "Deck!", label: "Deck", kind: "file", accept: ["pdf"], maxSizeMb: 5 }] });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join("."))).toEqual(["questions.0.key", "questions.0.accept.0"]);
  });
});

describe("the partnering page", () => {
  it("fills defaults and refuses empty entries", () => {
    expect(PartneringPageContent.parse({ process: [{ title: "Apply" }], timeline: [], expectations: [], culture: [] })).toEqual({ headline: "", intro: "", process: [{ title: "Apply", text: "" }], timeline: [], expectations: [], culture: [] });
    expect(PartneringPageContent.safeParse({ process: [], timeline: [], expectations: ["  "], culture: [] }).success).toBe(false);
  });
});
