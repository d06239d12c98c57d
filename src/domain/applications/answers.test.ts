import { describe, expect, it } from "vitest";
import { checkAnswer, normaliseWebsite, validateApplication, websiteDomain, type FormToAnswer } from "./answers";
import { ApplicationSubmission } from "./views";
import type { ApplicationQuestion } from "./questions";

const questions: ApplicationQuestion[] = [
  { key: "pitch", label: "Why us?", help: "", required: true, kind: "long_text" },
  { key: "nickname", label: "Short name", help: "", required: false, kind: "text" },
  { key: "segment", label: "Segment", help: "", required: true, kind: "choice", options: ["SMB", "Enterprise"] },
  { key: "team_size", label: "People", help: "", required: true, kind: "number", min: 1, max: 500 },
  { key: "case_study", label: "Case study", help: "", required: false, kind: "url" },
  { key: "deck", label: "Deck", help: "", required: false, kind: "file", accept: [".pdf"], maxSizeMb: 5 },
];
const twoTracks: FormToAnswer = { questions, tracks: [{ key: "reseller", name: "Reseller" }, { key: "agency", name: "Agency" }] };
const uploadId = `${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}.${"a".repeat(43)}`;

const good = () =>
  ApplicationSubmission.parse({
    organisationName: "  Brightwave Consulting ",
    website: "brightwave.example",
    country: "de",
    contactName: "Dana Diaz",
    contactEmail: " dana@brightwave.example ",
    track: "agency",
    answers: { pitch: "We sell to mid-sized firms.", segment: "SMB", team_size: 12, case_study: "", deck: uploadId },
  });

const errorsOf = (form: FormToAnswer, input: ReturnType<typeof good>) => {
  const result = validateApplication(form, input);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
};

describe("validating an application", () => {
  it("accepts a good application and cleans it up", () => {
    const result = validateApplication(twoTracks, good());
    expect(result).toEqual({
      ok: true,
      value: {
        organisationName: "Brightwave Consulting",
        website: "https://brightwave.example",
        country: "DE",
        contactName: "Dana Diaz",
        contactEmail: "dana@brightwave.example",
        trackKey: "agency",
        answers: { pitch: "We sell to mid-sized firms.", segment: "SMB", team_size: 12, deck: uploadId },
        files: [{ questionKey: "deck", uploadId }],
      },
    });
  });

  it("names every missing fixed field and required answer at once", () => {
    const empty = ApplicationSubmission.parse({});
    expect(errorsOf(twoTracks, empty)).toEqual({
      "body.organisationName": "Enter the name of your organisation",
      "body.website": "Enter your organisation's website",
      "body.country": "Choose the country your organisation is based in",
      "body.contactName": "Enter the name of the person we should write to",
      "body.contactEmail": "Enter the email address we should write to",
      "body.track": "Choose the kind of partnership you are applying for",
      "body.answers.pitch": "Answer this question",
      "body.answers.segment": "Choose one of the options",
      "body.answers.team_size": "Answer this question",
    });
  });

  it("rejects malformed fixed fields with a message each", () => {
    const input = { ...good(), organisationName: "x".repeat(201), website: "https://nodot", country: "Germany", contactEmail: "dana at example", track: "franchise" };
    expect(errorsOf(twoTracks, input)).toEqual({
      "body.organisationName": "Keep it to 200 characters or fewer",
      "body.website": "Enter a web address such as https://www.example.com",
      "body.country": "Choose a country from the list",
      "body.contactEmail": "Enter an email address such as name@example.com",
      "body.track": "Choose one of the kinds of partnership listed",
    });
  });

  it("rejects a website that is not http or https", () => {
    expect(errorsOf(twoTracks, { ...good(), website: "ftp://files.example" })).toEqual({ "body.website": "Enter a web address such as https://www.example.com" });
  });

  it("takes the only track without asking", () => {
    const result = validateApplication({ questions, tracks: [{ key: "reseller", name: "Reseller" }] }, { ...good(), track: "" });
    expect(result.ok && result.value.trackKey).toBe("reseller");
  });

  it("refuses answers to questions the form does not ask", () => {
    expect(errorsOf(twoTracks, { ...good(), answers: { ...good().answers, shoe_size: "44" } })).toEqual({
      "body.answers.shoe_size": "is not a question of this form; reload the page to see the current form",
    });
  });

  it("needs a required file", () => {
    const form = { ...twoTracks, questions: questions.map((q) => (q.kind === "file" ? { ...q, required: true } : q)) };
    expect(errorsOf(form, { ...good(), answers: { ...good().answers, deck: null } })).toEqual({ "body.answers.deck": "Attach a file" });
  });
});

describe("checking one answer", () => {
  const byKey = (key: string) => {
    const found = questions.find((q) => q.key === key);
    if (!found) throw new Error(key);
    return found;
  };
  const check = (key: string, value: string | number | null) => {
    const messages: string[] = [];
    const answer = checkAnswer(byKey(key), value, (m) => messages.push(m));
    return { answer, messages };
  };

  it("trims text and limits its length", () => {
    expect(check("nickname", "  Bw  ")).toEqual({ answer: "Bw", messages: [] });
    expect(check("nickname", "x".repeat(1001))).toEqual({ answer: undefined, messages: ["Keep it to 1,000 characters or fewer"] });
    expect(check("pitch", "x".repeat(10_001)).messages).toEqual(["Keep it to 10,000 characters or fewer"]);
    expect(check("nickname", 42)).toEqual({ answer: "42", messages: [] });
  });

  it("leaves an optional question unanswered", () => {
    expect(check("nickname", "   ")).toEqual({ answer: undefined, messages: [] });
  });

  it("takes only a listed option", () => {
    expect(check("segment", "Enterprise").answer).toBe("Enterprise");
    expect(check("segment", "enterprise").messages).toEqual(["Choose one of the options"]);
    expect(check("segment", 1).messages).toEqual(["Choose one of the options"]);
  });

  it("takes numbers within the bounds, also typed as text", () => {
    expect(check("team_size", "12").answer).toBe(12);
    expect(check("team_size", "twelve").messages).toEqual(["Enter a number"]);
    expect(check("team_size", 0).messages).toEqual(["Enter a number from 1 to 500"]);
    expect(check("team_size", 501).messages).toEqual(["Enter a number from 1 to 500"]);
  });

  it("words one-sided bounds on their own", () => {
    const atLeast: ApplicationQuestion = { key: "n", label: "n", help: "", required: false, kind: "number", min: 3, max: null };
    const atMost: ApplicationQuestion = { key: "n", label: "n", help: "", required: false, kind: "number", min: null, max: 3 };
    const messages: string[] = [];
    checkAnswer(atLeast, 2, (m) => messages.push(m));
    checkAnswer(atMost, 4, (m) => messages.push(m));
    expect(messages).toEqual(["Enter a number of at least 3", "Enter a number of at most 3"]);
  });

  it("takes web addresses, adding https:// when it is missing", () => {
    expect(check("case_study", "www.example.com/story").answer).toBe("https://www.example.com/story");
    expect(check("case_study", "javascript:alert(1)").messages).toEqual(["Enter a web address such as https://www.example.com"]);
  });

  it("takes only well-formed upload ids for files", () => {
    expect(check("deck", uploadId).answer).toBe(uploadId);
    expect(check("deck", "../../etc/passwd").messages).toEqual(["Attach the file again"]);
  });
});

describe("websites", () => {
  it("adds https:// only when no scheme is given", () => {
    expect(normaliseWebsite("example.com")).toBe("https://example.com");
    expect(normaliseWebsite("http://example.com")).toBe("http://example.com");
  });

  it("compares organisations by their domain without www", () => {
    expect(websiteDomain("https://WWW.Brightwave.example/about")).toBe("brightwave.example");
    expect(websiteDomain("brightwave.example")).toBe("brightwave.example");
    expect(websiteDomain("http://[bad")).toBe("http://[bad");
  });
});
