import { z } from "zod";
import type { FormField } from "../template/kinds/form";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function answerSchema(field: FormField): z.ZodType {
  switch (field.type) {
    case "text":
      return field.required
        ? z.string({ error: "write an answer" }).trim().min(1, "write an answer").max(5000, "at most 5,000 characters")
        : z.string({ error: "write the answer as text" }).trim().max(5000, "at most 5,000 characters");
    case "number":
      return z.number({ error: "give a number" }).finite("give a number");
    case "date":
      return z
        .string({ error: "give a date as YYYY-MM-DD" })
        .regex(isoDate, "give a date as YYYY-MM-DD")
        .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "give a real date");
    case "boolean":
      return z.boolean({ error: "answer yes (true) or no (false)" });
    case "choice":
      return z.enum(field.choices ?? [], { error: `choose one of: ${(field.choices ?? []).join(", ")}` });
  }
}

/**
 * The schema of a form's answers: one entry per declared field, of the field's type; required
 * fields must be answered; unknown keys are refused so a typo in an integration never passes.
 * Errors carry the field's key as their path, so a 400 names the field at fault.
 */
export function formAnswersSchema(fields: readonly FormField[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) shape[field.key] = field.required ? answerSchema(field) : answerSchema(field).optional();
  return z.strictObject({ answers: z.strictObject(shape, { error: "send the answers as an object of field keys" }) });
}
