import { z } from "zod";
import { StepKey } from "../../due-rule";
import { text } from "../text";
import { defineStepKind } from "./define";

export const formFieldTypes = ["text", "number", "date", "choice", "boolean"] as const;

/** One question of a form; answers are later validated against it (a wrong type is a 400 naming it). */
export const FormField = z
  .strictObject({
    key: StepKey,
    label: text(200),
    type: z.enum(formFieldTypes, { error: `use one of ${formFieldTypes.join(", ")}` }),
    required: z.boolean().default(false),
    help: text(1000).optional(),
    choices: z.array(text(200)).max(50, "at most 50 choices").optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === "choice") {
      if (!field.choices || field.choices.length < 2) {
        ctx.addIssue({ code: "custom", path: ["choices"], message: "a choice field needs at least two choices" });
      } else if (new Set(field.choices).size !== field.choices.length) {
        ctx.addIssue({ code: "custom", path: ["choices"], message: "each choice may appear only once" });
      }
    } else if (field.choices !== undefined) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: `only choice fields have choices; this one is ${field.type}` });
    }
  });
export type FormField = z.infer<typeof FormField>;

/** A form or survey whose fields the template declares. */
export const form = defineStepKind("form", {
  fields: z
    .array(FormField)
    .min(1, "a form needs at least one field")
    .max(50, "at most 50 fields")
    .superRefine((fields, ctx) => {
      const seen = new Set<string>();
      fields.forEach((field, index) => {
        if (seen.has(field.key)) ctx.addIssue({ code: "custom", path: [index, "key"], message: `the field key "${field.key}" is used twice` });
        seen.add(field.key);
      });
    }),
});
export const formKind = form.name;
export const FormFields = form.fields;
