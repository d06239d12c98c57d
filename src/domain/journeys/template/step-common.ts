import { z } from "zod";
import { DueRule, StepKey } from "../due-rule";
import { OwnerRole, Visibility } from "./owner";
import { text } from "./text";

/**
 * The fields every step has, whatever its kind. Each kind adds its own fields beside these (flat,
 * so the YAML reads naturally); see `kinds/define.ts`.
 */
export const stepCommonShape = {
  key: StepKey,
  title: text(200),
  description: text(5000).optional(),
  owner: OwnerRole,
  due: DueRule,
  /** Steps that must be done before this one can start. */
  dependsOn: z.array(StepKey).max(50, "at most 50 dependencies").default([]),
  visibility: Visibility.default("shared"),
  /** A required step can never be skipped (R-D4: "never a required gate"). */
  required: z.boolean({ error: "use true or false" }).default(false),
};
