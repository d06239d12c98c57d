import { z } from "zod";
import { Timestamp } from "../common/schemas";
import { FormVersion } from "./questions";

/*
 * "How partnering with us works" (R-B7): a public page per program that tells a prospect, before
 * they apply, what the process is, how long it usually takes, what is expected of a partner and
 * what the host stands for (its culture documents, R-C4).
 */

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const filled = (max: number) => z.string().trim().min(1, "cannot be empty").max(max, `at most ${max} characters`);
const title = filled(200);

export const cultureDocumentKinds = ["vision", "mission", "values", "client_experience"] as const;
export type CultureDocumentKind = (typeof cultureDocumentKinds)[number];

export const PartneringPageContent = z.strictObject({
  headline: text(200).default(""),
  intro: text(5000).default(""),
  process: z.array(z.strictObject({ title, text: text(2000).default("") })).max(20, "at most 20 steps"),
  timeline: z.array(z.strictObject({ label: title, duration: text(100).default("") })).max(20, "at most 20 entries"),
  expectations: z.array(filled(1000)).max(30, "at most 30 expectations"),
  culture: z.array(z.strictObject({ kind: z.enum(cultureDocumentKinds), title, text: filled(10_000) })).max(8, "at most 8 documents"),
});
export type PartneringPageContent = z.infer<typeof PartneringPageContent>;

export const emptyPartneringPage: PartneringPageContent = { headline: "", intro: "", process: [], timeline: [], expectations: [], culture: [] };

export const PartneringPageInput = z.strictObject({
  version: FormVersion,
  published: z.boolean(),
  content: PartneringPageContent,
});
export type PartneringPageInput = z.input<typeof PartneringPageInput>;
export type PartneringPageInputData = z.output<typeof PartneringPageInput>;

export const PartneringPageConfig = z
  .object({
    programId: z.string(),
    published: z.boolean(),
    content: PartneringPageContent,
    version: FormVersion,
    updatedAt: Timestamp.nullable(),
  })
  .meta({ id: "PartneringPageConfig" });
export type PartneringPageConfig = z.infer<typeof PartneringPageConfig>;
