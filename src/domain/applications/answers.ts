import { ContactEmail, CountryCode, Website } from "../partners/schemas";
import type { AnswerValue, ApplicationSubmissionData } from "./views";
import type { ApplicationQuestion } from "./questions";

/*
 * Checks a submitted application against the form it answers, field by field, so the applicant
 * sees every mistake next to its field at once. Pure: the server runs it before writing anything,
 * the web app could run it too. Paths are those of the request body (`body.website`,
 * `body.answers.team_size`).
 */

export interface FieldError {
  path: string;
  message: string;
}

export interface FormToAnswer {
  questions: readonly ApplicationQuestion[];
  /** Partner type keys and names of the program's tracks. */
  tracks: readonly { key: string; name: string }[];
}

/** A valid application: fixed fields cleaned up, answers keyed by question, file answers by upload id. */
export interface CleanApplication {
  organisationName: string;
  website: string;
  country: string;
  contactName: string;
  contactEmail: string;
  trackKey: string;
  answers: Record<string, string | number>;
  files: { questionKey: string; uploadId: string }[];
}

export type ValidationResult = { ok: true; value: CleanApplication } | { ok: false; errors: FieldError[] };

const limits = { name: 200, text: 1000, longText: 10_000 };
/** An upload id: the stored file's id and its signature (see the server's upload tokens). */
export const uploadIdPattern = /^[0-9a-f-]{36}\.[A-Za-z0-9_-]{20,100}$/;

export function validateApplication(form: FormToAnswer, input: ApplicationSubmissionData): ValidationResult {
  const errors: FieldError[] = [];
  const fail = (path: string, message: string) => errors.push({ path: `body.${path}`, message });

  const organisationName = requiredText(input.organisationName, limits.name, "Enter the name of your organisation", (m) => fail("organisationName", m));
  const website = checkWebsite(input.website, (m) => fail("website", m));
  const country = checkCountry(input.country, (m) => fail("country", m));
  const contactName = requiredText(input.contactName, limits.name, "Enter the name of the person we should write to", (m) => fail("contactName", m));
  const contactEmail = checkEmail(input.contactEmail, (m) => fail("contactEmail", m));
  const trackKey = checkTrack(form.tracks, input.track, (m) => fail("track", m));

  const answers: Record<string, string | number> = {};
  const files: CleanApplication["files"] = [];
  const known = new Set(form.questions.map((q) => q.key));
  for (const key of Object.keys(input.answers)) {
    if (!known.has(key)) fail(`answers.${key}`, "is not a question of this form; reload the page to see the current form");
  }
  for (const question of form.questions) {
    const answer = checkAnswer(question, input.answers[question.key], (m) => fail(`answers.${question.key}`, m));
    if (answer === undefined) continue;
    answers[question.key] = answer;
    if (question.kind === "file" && typeof answer === "string") files.push({ questionKey: question.key, uploadId: answer });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { organisationName, website, country, contactName, contactEmail, trackKey, answers, files } };
}

function isEmpty(value: AnswerValue | undefined): value is null | undefined | "" {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function requiredText(value: string, max: number, missing: string, fail: (m: string) => void): string {
  const text = value.trim();
  if (text === "") fail(missing);
  else if (text.length > max) fail(`Keep it to ${max} characters or fewer`);
  return text;
}

/** People type "example.com"; that is a web address too, so https:// is added for them. */
export function normaliseWebsite(value: string): string {
  const text = value.trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
}

function checkWebsite(value: string, fail: (m: string) => void): string {
  if (value.trim() === "") {
    fail("Enter your organisation's website");
    return "";
  }
  const website = normaliseWebsite(value);
  if (!Website.safeParse(website).success || !website.slice(website.indexOf("//") + 2).includes(".")) {
    fail("Enter a web address such as https://www.example.com");
  }
  return website;
}

function checkCountry(value: string, fail: (m: string) => void): string {
  const code = value.trim().toUpperCase();
  if (code === "") fail("Choose the country your organisation is based in");
  else if (!CountryCode.safeParse(code).success) fail("Choose a country from the list");
  return code;
}

function checkEmail(value: string, fail: (m: string) => void): string {
  if (value.trim() === "") {
    fail("Enter the email address we should write to");
    return "";
  }
  const parsed = ContactEmail.safeParse(value);
  if (!parsed.success) fail("Enter an email address such as name@example.com");
  return parsed.success ? parsed.data : "";
}

function checkTrack(tracks: FormToAnswer["tracks"], value: string, fail: (m: string) => void): string {
  if (tracks.length === 1) return tracks[0]?.key ?? "";
  const key = value.trim();
  if (key === "") fail("Choose the kind of partnership you are applying for");
  else if (!tracks.some((track) => track.key === key)) fail("Choose one of the kinds of partnership listed");
  return key;
}

/** The cleaned answer, or undefined when it is missing (an error is reported if it was required) or wrong. */
export function checkAnswer(question: ApplicationQuestion, value: AnswerValue | undefined, fail: (m: string) => void): string | number | undefined {
  if (isEmpty(value)) {
    if (question.required) fail(question.kind === "file" ? "Attach a file" : question.kind === "choice" ? "Choose one of the options" : "Answer this question");
    return undefined;
  }
  switch (question.kind) {
    case "text":
    case "long_text":
      return checkText(value, question.kind === "text" ? limits.text : limits.longText, fail);
    case "url":
      return checkUrl(value, fail);
    case "choice":
      if (typeof value === "string" && question.options.includes(value)) return value;
      fail("Choose one of the options");
      return undefined;
    case "number":
      return checkNumber(question, value, fail);
    case "file":
      if (typeof value === "string" && uploadIdPattern.test(value)) return value;
      fail("Attach the file again");
      return undefined;
  }
}

function checkText(value: string | number, max: number, fail: (m: string) => void): string | undefined {
  const text = String(value).trim();
  if (text.length <= max) return text;
  fail(`Keep it to ${max.toLocaleString("en")} characters or fewer`);
  return undefined;
}

function checkUrl(value: string | number, fail: (m: string) => void): string | undefined {
  const url = normaliseWebsite(String(value));
  if (Website.safeParse(url).success) return url;
  fail("Enter a web address such as https://www.example.com");
  return undefined;
}

function checkNumber(question: Extract<ApplicationQuestion, { kind: "number" }>, value: string | number, fail: (m: string) => void): number | undefined {
  const number = typeof value === "number" ? value : Number(value.trim());
  if (!Number.isFinite(number)) {
    fail("Enter a number");
    return undefined;
  }
  if (question.min !== null && number < question.min) {
    fail(question.max !== null ? `Enter a number from ${question.min} to ${question.max}` : `Enter a number of at least ${question.min}`);
    return undefined;
  }
  if (question.max !== null && number > question.max) {
    fail(question.min !== null ? `Enter a number from ${question.min} to ${question.max}` : `Enter a number of at most ${question.max}`);
    return undefined;
  }
  return number;
}

/** The host of a website without `www.`, lower case: how two applications are told to come from one organisation. */
export function websiteDomain(website: string): string {
  try {
    return new URL(normaliseWebsite(website)).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return website.trim().toLowerCase();
  }
}
