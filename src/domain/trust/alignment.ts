import { z } from "zod";
import { sameValue } from "../journeys/template/diff";
import { text } from "../journeys/template/text";
import { TimeZone } from "../partners/schemas";
import type { Party } from "./side";

/** The survey a partner answers before kickoff (R-F3), so the welcome fits them, not us. */
export const PreferencesSurvey = z.strictObject({
  meetingFrequency: z.enum(["weekly", "every_two_weeks", "monthly", "quarterly"], { error: "use weekly, every_two_weeks, monthly or quarterly" }),
  timeZone: TimeZone,
  learningStyle: z.enum(["reading", "video", "live_session", "hands_on"], { error: "use reading, video, live_session or hands_on" }),
  preferredChannel: z.enum(["email", "chat", "video_call", "phone", "portal"], { error: "use email, chat, video_call, phone or portal" }),
});
export type PreferencesSurvey = z.infer<typeof PreferencesSurvey>;

/**
 * What the alignment conversation settled (R-F2). Both sides keep editing it afterwards, so every
 * field may be empty; the lists are short on purpose ("top" objectives, not all of them). No
 * defaults here: an edit sends only the fields it changes, and a default would blank the others.
 */
const alignmentShape = {
  topObjectives: z.array(text(300)).max(5, "at most 5 top objectives"),
  concerns: z.array(text(300)).max(10, "at most 10 concerns"),
  successLooksLike: z.string().trim().max(2000, "at most 2,000 characters"),
  communicationStyle: z.string().trim().max(2000, "at most 2,000 characters"),
  timeZones: z.array(TimeZone).max(10, "at most 10 time zones"),
};
export const AlignmentContent = z.strictObject(alignmentShape);
export type AlignmentContent = z.infer<typeof AlignmentContent>;
export type AlignmentField = keyof AlignmentContent;
const alignmentFields = AlignmentContent.keyof().options;

/** An edit sends only the fields it changes, with the version it read. */
export const AlignmentEdit = z.strictObject({
  versionRead: z.number().int().min(0),
  changes: z.strictObject(alignmentShape).partial().refine((changes) => Object.keys(changes).length > 0, "change at least one field"),
});
export type AlignmentEdit = z.infer<typeof AlignmentEdit>;

export interface AlignmentRecord {
  readonly version: number;
  readonly content: AlignmentContent;
}

export interface FieldChange {
  readonly field: AlignmentField;
  readonly from: unknown;
  readonly to: unknown;
}

/** One entry of the record's history: who changed which fields when, with before and after. */
export interface AlignmentChange {
  readonly version: number;
  readonly by: Party;
  readonly at: Date;
  readonly fields: readonly FieldChange[];
}

export type AlignmentEditResult =
  | { readonly kind: "applied"; readonly record: AlignmentRecord; readonly change: AlignmentChange }
  | { readonly kind: "unchanged"; readonly record: AlignmentRecord }
  | { readonly kind: "conflict"; readonly currentVersion: number; readonly message: string };

export function emptyAlignmentRecord(): AlignmentRecord {
  return { version: 0, content: { topObjectives: [], concerns: [], successLooksLike: "", communicationStyle: "", timeZones: [] } };
}

/** The fields whose values differ, in the schema's order (the order the page shows them). */
export function diffAlignment(before: AlignmentContent, after: AlignmentContent): FieldChange[] {
  return alignmentFields.filter((field) => !sameValue(before[field], after[field])).map((field) => ({ field, from: before[field], to: after[field] }));
}

/**
 * Applies an edit made on the version the editor read. A stale version is a conflict, not a
 * silent merge: the other side may have just rewritten the same sentence, and the editor has to
 * see it first (the server answers 409). An edit that changes nothing keeps the version, so the
 * history only holds real changes.
 */
export function applyAlignmentEdit(record: AlignmentRecord, edit: AlignmentEdit, by: Party, at: Date): AlignmentEditResult {
  if (edit.versionRead !== record.version) {
    return {
      kind: "conflict",
      currentVersion: record.version,
      message: `the alignment record changed since you opened it (you read version ${edit.versionRead}, it is now ${record.version}); reload and apply your edit again`,
    };
  }
  const content = { ...record.content, ...edit.changes };
  const fields = diffAlignment(record.content, content);
  if (fields.length === 0) return { kind: "unchanged", record };
  const version = record.version + 1;
  return { kind: "applied", record: { version, content }, change: { version, by, at, fields } };
}
