import type { PartneringPageContent } from "../../../../domain/applications/partnering-page";
import type { ApplicationQuestion, QuestionKind } from "../../../../domain/applications/questions";
import { ApiError } from "../../../api/http";

/*
 * The editors keep questions and page entries in a shape inputs can hold (options as lines,
 * accepted types as one comma-separated text, numbers possibly empty) and turn them into the
 * API's shape on save. A `uid` keeps React's keys stable while rows move.
 */

let counter = 0;
export const uid = () => `row-${++counter}`;

export interface EditableQuestion {
  uid: string;
  kind: QuestionKind;
  key: string;
  label: string;
  help: string;
  required: boolean;
  options: string;
  min: number | string;
  max: number | string;
  accept: string;
  maxSizeMb: number | string;
}

export function toEditable(question: ApplicationQuestion): EditableQuestion {
  return {
    uid: uid(),
    kind: question.kind,
    key: question.key,
    label: question.label,
    help: question.help,
    required: question.required,
    options: question.kind === "choice" ? question.options.join("\n") : "",
    min: question.kind === "number" ? (question.min ?? "") : "",
    max: question.kind === "number" ? (question.max ?? "") : "",
    accept: question.kind === "file" ? question.accept.join(", ") : ".pdf",
    maxSizeMb: question.kind === "file" ? question.maxSizeMb : 10,
  };
}

export function blankEditable(kind: QuestionKind, index: number, serverMaxMb: number): EditableQuestion {
  return { uid: uid(), kind, key: `question_${index}`, label: "", help: "", required: false, options: "", min: "", max: "", accept: ".pdf", maxSizeMb: Math.min(10, serverMaxMb) };
}

const numberOrNull = (value: number | string) => (value === "" ? null : Number(value));

/** The API's question; the server checks it and names what is wrong. */
export function fromEditable(question: EditableQuestion): ApplicationQuestion {
  const common = { key: question.key.trim(), label: question.label, help: question.help, required: question.required };
  switch (question.kind) {
    case "choice":
      return { ...common, kind: "choice", options: question.options.split("\n").map((line) => line.trim()).filter(Boolean) };
    case "number":
      return { ...common, kind: "number", min: numberOrNull(question.min), max: numberOrNull(question.max) };
    case "file":
      return { ...common, kind: "file", accept: question.accept.split(",").map((entry) => entry.trim()).filter(Boolean), maxSizeMb: Number(question.maxSizeMb) || 0 };
    default:
      return { ...common, kind: question.kind };
  }
}

export interface EditablePage {
  headline: string;
  intro: string;
  published: boolean;
  process: { uid: string; title: string; text: string }[];
  timeline: { uid: string; label: string; duration: string }[];
  expectations: { uid: string; text: string }[];
  culture: { uid: string; kind: PartneringPageContent["culture"][number]["kind"]; title: string; text: string }[];
}

export function toEditablePage(content: PartneringPageContent, published: boolean): EditablePage {
  return {
    headline: content.headline,
    intro: content.intro,
    published,
    process: content.process.map((step) => ({ uid: uid(), ...step })),
    timeline: content.timeline.map((entry) => ({ uid: uid(), ...entry })),
    expectations: content.expectations.map((text) => ({ uid: uid(), text })),
    culture: content.culture.map((document) => ({ uid: uid(), ...document })),
  };
}

export function fromEditablePage(page: EditablePage): PartneringPageContent {
  return {
    headline: page.headline,
    intro: page.intro,
    process: page.process.map(({ title, text }) => ({ title, text })),
    timeline: page.timeline.map(({ label, duration }) => ({ label, duration })),
    expectations: page.expectations.map(({ text }) => text),
    culture: page.culture.map(({ kind, title, text }) => ({ kind, title, text })),
  };
}

/**
 * A server's field errors on an editor's paths: `body.questions.2.options.1` → `questions.2.options`,
 * `body.content.expectations.0` → `expectations.0.text`.
 */
export function editorErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const parts = path.replace(/^body\.(content\.)?/, "").split(".");
    const [list, index, field] = parts;
    const mapped = field === undefined && index !== undefined && list === "expectations" ? `${list}.${index}.text` : parts.slice(0, field === undefined ? parts.length : 3).join(".");
    if (!result[mapped]) result[mapped] = message;
  }
  return result;
}
