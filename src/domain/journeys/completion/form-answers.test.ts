import { describe, expect, it } from "vitest";
import { FormField } from "../template/kinds/form";
import { acknowledgementSchema } from "./acknowledgement";
import { formAnswersSchema } from "./form-answers";

const fields = [
  { key: "company_size", label: "Company size", type: "number", required: true },
  { key: "website", label: "Website", type: "text" },
  { key: "go_live", label: "Go-live", type: "date" },
  { key: "region", label: "Region", type: "choice", choices: ["EMEA", "Americas"], required: true },
  { key: "has_crm", label: "Has a CRM", type: "boolean" },
].map((field) => FormField.parse(field));
const schema = formAnswersSchema(fields);
const pathsOf = (value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.path.join(".")))];
};

describe("form answers", () => {
  it("accepts answers of the declared types", () => {
    expect(schema.parse({ answers: { company_size: 40, region: "EMEA", go_live: "2026-03-01", has_crm: false, website: "x" } }).answers).toMatchObject({ company_size: 40 });
  });

  it("names the field whose answer has the wrong type", () => {
    expect(pathsOf({ answers: { company_size: "forty", region: "EMEA" } })).toEqual(["answers.company_size"]);
  });

  it("names required fields left unanswered and unknown fields", () => {
    expect(pathsOf({ answers: { region: "EMEA", colour: "blue" } }).sort()).toEqual(["answers", "answers.company_size"].sort());
  });

  it("refuses a choice that is not offered and an impossible date", () => {
    expect(pathsOf({ answers: { company_size: 1, region: "Mars", go_live: "2026-02-31x" } }).sort()).toEqual(["answers.go_live", "answers.region"]);
  });

  it("refuses an empty answer to a required text field", () => {
    const required = formAnswersSchema([FormField.parse({ key: "why", label: "Why", type: "text", required: true })]);
    expect(required.safeParse({ answers: { why: "  " } }).success).toBe(false);
  });
});

describe("document acknowledgement", () => {
  it("needs an explicit yes", () => {
    expect(acknowledgementSchema(false).safeParse({ acknowledged: false }).success).toBe(false);
    expect(acknowledgementSchema(false).safeParse({ acknowledged: true }).success).toBe(true);
  });

  it("needs a typed name when a signature is asked for", () => {
    expect(acknowledgementSchema(true).safeParse({ acknowledged: true }).success).toBe(false);
    expect(acknowledgementSchema(true).parse({ acknowledged: true, signature: " Ada Lovelace " }).signature).toBe("Ada Lovelace");
  });
});
