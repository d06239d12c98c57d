import { z } from "zod";
import { Timestamp } from "../common/schemas";

/*
 * The public application form of a program (R-B2) as an admin configures it: an intro, open or
 * closed, and the questions beyond the fixed fields every applicant answers. Shared by the server
 * (which stores and checks it) and the web app (which edits and renders it).
 */

export const questionKinds = ["text", "long_text", "choice", "number", "url", "file"] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Keys name answers in the stored application and in exports: stable, lowercase, readable. */
export const QuestionKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,47}$/, "use lowercase letters, digits and underscores, starting with a letter (e.g. team_size)");

const label = z.string().trim().min(1, "cannot be empty").max(300, "at most 300 characters");
const help = z.string().trim().max(1000, "at most 1000 characters").default("");

const base = { key: QuestionKey, label, help, required: z.boolean().default(false) };

/** An accepted file type: an extension (`.pdf`), a MIME type (`application/pdf`) or a wildcard (`image/*`). */
export const AcceptEntry = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\.[a-z0-9]{1,10}|[a-z0-9][a-z0-9.+-]*\/(\*|[a-z0-9][a-z0-9.+-]*))$/, "use an extension such as .pdf or a type such as application/pdf or image/*");

export const ApplicationQuestion = z.discriminatedUnion("kind", [
  z.strictObject({ ...base, kind: z.literal("text") }),
  z.strictObject({ ...base, kind: z.literal("long_text") }),
  z.strictObject({
    ...base,
    kind: z.literal("choice"),
    options: z.array(z.string().trim().min(1, "an option cannot be empty").max(200, "at most 200 characters")).min(2, "give at least two options").max(30, "at most 30 options"),
  }),
  z.strictObject({ ...base, kind: z.literal("number"), min: z.number().finite().nullable().default(null), max: z.number().finite().nullable().default(null) }),
  z.strictObject({ ...base, kind: z.literal("url") }),
  z.strictObject({
    ...base,
    kind: z.literal("file"),
    accept: z.array(AcceptEntry).min(1, "name at least one accepted type").max(20),
    maxSizeMb: z.number().int().min(1, "at least 1 MB").max(100, "at most 100 MB"),
  }),
]);
export type ApplicationQuestion = z.infer<typeof ApplicationQuestion>;
export type FileQuestion = Extract<ApplicationQuestion, { kind: "file" }>;

/** Keys of the fixed fields; a question may not take one, so answers never collide with them. */
export const fixedFieldKeys = ["organisation_name", "website", "country", "contact_name", "contact_email", "track"] as const;

export interface QuestionIssue {
  path: string;
  message: string;
}

/**
 * What the question list as a whole must satisfy beyond each question's shape: unique keys, no
 * fixed-field key, distinct choice options, min ≤ max, a file size the server can take.
 */
export function questionListIssues(questions: readonly ApplicationQuestion[], serverMaxMb: number): QuestionIssue[] {
  const issues: QuestionIssue[] = [];
  const seen = new Set<string>();
  const fixed: readonly string[] = fixedFieldKeys;
  questions.forEach((question, index) => {
    const at = `body.questions.${index}`;
    if (seen.has(question.key)) issues.push({ path: `${at}.key`, message: `"${question.key}" is used by another question; keys must be unique` });
    if (fixed.includes(question.key)) issues.push({ path: `${at}.key`, message: `"${question.key}" is a field every applicant fills already; choose another key` });
    seen.add(question.key);
    if (question.kind === "choice" && new Set(question.options.map((o) => o.toLowerCase())).size !== question.options.length) {
      issues.push({ path: `${at}.options`, message: "options must differ from each other" });
    }
    if (question.kind === "number" && question.min !== null && question.max !== null && question.min > question.max) {
      issues.push({ path: `${at}.max`, message: "must not be below the minimum" });
    }
    if (question.kind === "file" && question.maxSizeMb > serverMaxMb) {
      issues.push({ path: `${at}.maxSizeMb`, message: `this server takes files up to ${serverMaxMb} MB (UPLOAD_MAX_MB)` });
    }
  });
  return issues;
}

/** A form that was never saved reads as version 0; saving it then needs `version: 0`. */
export const FormVersion = z.number().int().min(0);

export const ApplicationFormInput = z.strictObject({
  version: FormVersion,
  intro: z.string().trim().max(5000, "at most 5000 characters").default(""),
  open: z.boolean(),
  questions: z.array(ApplicationQuestion).max(40, "at most 40 questions"),
});
export type ApplicationFormInput = z.input<typeof ApplicationFormInput>;
export type ApplicationFormInputData = z.output<typeof ApplicationFormInput>;

export const ApplicationFormConfig = z
  .object({
    programId: z.string(),
    intro: z.string(),
    open: z.boolean(),
    questions: z.array(ApplicationQuestion),
    version: FormVersion,
    updatedAt: Timestamp.nullable(),
    /** Where the public finds the form and the partnering page (app paths). */
    publicPaths: z.object({ form: z.string(), partneringPage: z.string() }),
    /** The track question is asked only when the program has more than one track. */
    tracks: z.array(z.object({ key: z.string(), name: z.string() })),
    /** The largest file this server takes (UPLOAD_MAX_MB), the ceiling of a file question. */
    serverMaxFileMb: z.number().int(),
  })
  .meta({ id: "ApplicationFormConfig" });
export type ApplicationFormConfig = z.infer<typeof ApplicationFormConfig>;

/** A blank question of a kind, as the editor adds it. */
export function blankQuestion(kind: QuestionKind, key: string, serverMaxMb: number): ApplicationQuestion {
  const common = { key, label: "", help: "", required: false };
  switch (kind) {
    case "choice":
      return { ...common, kind, options: ["", ""] };
    case "number":
      return { ...common, kind, min: null, max: null };
    case "file":
      return { ...common, kind, accept: [".pdf"], maxSizeMb: Math.min(10, serverMaxMb) };
    default:
      return { ...common, kind };
  }
}
