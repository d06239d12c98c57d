import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemsFromIssues } from "../problems";
import { ApprovalGateFields } from "./approval-gate";
import { defineStepKind } from "./define";
import { DocumentAcknowledgementFields } from "./document-acknowledgement";
import { FormFields } from "./form";
import { stepKindNames, stepKinds } from "./index";
import { MeetingFields, meetingTypes } from "./meeting";
import { MilestoneFields } from "./milestone";
import { TaskFields } from "./task";
import { UploadRequestFields } from "./upload-request";

/** The problems a kind's field schema reports, as validateTemplate would word them. */
function problems(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? [] : problemsFromIssues(result.error.issues);
}

const common = { key: "a_step", title: "A step", owner: "host:manager", due: { after: "start", days: 1 } };

describe("the kind registry", () => {
  it("lists each kind once, under the name written in `kind:`", () => {
    expect(stepKindNames).toEqual(["task", "approval_gate", "upload_request", "form", "document_acknowledgement", "milestone", "meeting"]);
    expect(new Set(stepKindNames).size).toBe(stepKinds.length);
  });

  it("makes a whole step schema from a new kind's file alone", () => {
    const training = defineStepKind("training", { module: z.string().min(1), passMark: z.number().min(0).max(100) });
    expect(training.step.parse({ ...common, kind: "training", module: "Selling the product", passMark: 80 })).toMatchObject({ kind: "training", visibility: "shared" });
    expect(training.step.safeParse({ ...common, kind: "task", module: "x", passMark: 80 }).success).toBe(false);
  });
});

describe("task", () => {
  it("has no fields of its own", () => {
    expect(TaskFields.parse({})).toEqual({});
    expect(problems(TaskFields, { checklist: [] })).toEqual([{ path: "checklist", message: '"checklist" is not a field here; check its spelling or remove it' }]);
  });
});

describe("approval gate", () => {
  it("names the role allowed to pass it", () => {
    expect(ApprovalGateFields.parse({ approver: "host:owner" })).toEqual({ approver: "host:owner" });
    expect(problems(ApprovalGateFields, {})).toEqual([{ path: "approver", message: "is missing" }]);
    expect(problems(ApprovalGateFields, { approver: "ceo" })).toEqual([{ path: "approver", message: expect.stringContaining("use one of host:manager") }]);
  });
});

describe("upload request", () => {
  it("accepts MIME types, wildcards and extensions, normalised to lower case, with defaults for size and count", () => {
    expect(UploadRequestFields.parse({ accept: ["application/PDF", "image/*", ".DOCX"] })).toEqual({
      accept: ["application/pdf", "image/*", ".docx"],
      maxSizeMb: 10,
      maxFiles: 1,
    });
  });

  it("refuses an empty list and something that is neither a MIME type nor an extension", () => {
    expect(problems(UploadRequestFields, { accept: [] })).toEqual([{ path: "accept", message: "name at least one accepted file type" }]);
    expect(problems(UploadRequestFields, { accept: ["pdf"] })).toEqual([
      { path: "accept.0", message: "use a MIME type such as application/pdf or image/*, or an extension such as .pdf" },
    ]);
  });

  it("caps the size at 100 MB in whole megabytes", () => {
    expect(problems(UploadRequestFields, { accept: [".pdf"], maxSizeMb: 500 })).toEqual([{ path: "maxSizeMb", message: "at most 100 MB" }]);
    expect(problems(UploadRequestFields, { accept: [".pdf"], maxSizeMb: 0 })).toEqual([{ path: "maxSizeMb", message: "at least 1 MB" }]);
    expect(problems(UploadRequestFields, { accept: [".pdf"], maxSizeMb: 2.5 })).toEqual([{ path: "maxSizeMb", message: "use a whole number of megabytes" }]);
  });
});

describe("form", () => {
  const field = (extra: Record<string, unknown>) => ({ key: "q", label: "Question", type: "text", ...extra });

  it("accepts each field type, with required off unless asked", () => {
    const parsed = FormFields.parse({
      fields: [
        field({ key: "name", type: "text", required: true, help: "As on the contract" }),
        field({ key: "staff", type: "number" }),
        field({ key: "go_live", type: "date" }),
        field({ key: "region", type: "choice", choices: ["North", "South"] }),
        field({ key: "exclusive", type: "boolean" }),
      ],
    });
    expect(parsed.fields.map((f) => [f.type, f.required])).toEqual([
      ["text", true],
      ["number", false],
      ["date", false],
      ["choice", false],
      ["boolean", false],
    ]);
  });

  it("refuses an unknown field type, listing the types", () => {
    expect(problems(FormFields, { fields: [field({ type: "email" })] })).toEqual([
      { path: "fields.0.type", message: "use one of text, number, date, choice, boolean" },
    ]);
  });

  it("needs two distinct choices for a choice field and none for the others", () => {
    expect(problems(FormFields, { fields: [field({ type: "choice", choices: ["Only"] })] })).toEqual([
      { path: "fields.0.choices", message: "a choice field needs at least two choices" },
    ]);
    expect(problems(FormFields, { fields: [field({ type: "choice" })] })).toEqual([{ path: "fields.0.choices", message: "a choice field needs at least two choices" }]);
    expect(problems(FormFields, { fields: [field({ type: "choice", choices: ["A", "A"] })] })).toEqual([
      { path: "fields.0.choices", message: "each choice may appear only once" },
    ]);
    expect(problems(FormFields, { fields: [field({ type: "number", choices: ["1", "2"] })] })).toEqual([
      { path: "fields.0.choices", message: "only choice fields have choices; this one is number" },
    ]);
  });

  it("needs at least one field, each key once", () => {
    expect(problems(FormFields, { fields: [] })).toEqual([{ path: "fields", message: "a form needs at least one field" }]);
    expect(problems(FormFields, { fields: [field({}), field({ label: "Again" })] })).toEqual([{ path: "fields.1.key", message: 'the field key "q" is used twice' }]);
  });
});

describe("document acknowledgement", () => {
  it("shows a markdown body and asks for a signature only when told", () => {
    expect(DocumentAcknowledgementFields.parse({ body: "# Terms\n\nBe fair." })).toEqual({ body: "# Terms\n\nBe fair.", signatureRequired: false });
    expect(problems(DocumentAcknowledgementFields, { body: "   " })).toEqual([{ path: "body", message: "write the document in markdown" }]);
    expect(problems(DocumentAcknowledgementFields, { body: "x", signatureRequired: "yes" })).toEqual([{ path: "signatureRequired", message: "use true or false" }]);
  });
});

describe("milestone", () => {
  it("is completed by a named event", () => {
    expect(MilestoneFields.parse({ completedBy: "first_deal_approved" })).toEqual({ completedBy: "first_deal_approved" });
    expect(problems(MilestoneFields, { completedBy: "First deal!" })).toEqual([
      { path: "completedBy", message: "use a lowercase event name such as first_deal_approved" },
    ]);
  });
});

describe("meeting", () => {
  it("knows the meeting types of the onboarding texts", () => {
    for (const meetingType of meetingTypes) expect(MeetingFields.safeParse({ meetingType }).success).toBe(true);
    expect(problems(MeetingFields, { meetingType: "party" })).toEqual([{ path: "meetingType", message: expect.stringContaining("use one of kickoff, alignment, check_in") }]);
  });

  it("lasts an hour unless told, between 5 minutes and 8 hours, with an optional agenda", () => {
    expect(MeetingFields.parse({ meetingType: "workshop" })).toEqual({ meetingType: "workshop", durationMinutes: 60, agenda: [] });
    expect(problems(MeetingFields, { meetingType: "workshop", durationMinutes: 600 })).toEqual([{ path: "durationMinutes", message: "at most 480 minutes (8 hours)" }]);
    expect(problems(MeetingFields, { meetingType: "workshop", agenda: [""] })).toEqual([{ path: "agenda.0", message: "cannot be empty" }]);
  });
});
