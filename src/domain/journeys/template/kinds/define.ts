import { z } from "zod";
import { stepCommonShape } from "../step-common";

/**
 * Declares a step kind: its name as written in `kind:`, the schema of the fields only it has,
 * and the schema of a whole step of that kind (common fields + its own, unknown fields refused).
 * The engine keys everything else (forms to fill, files to accept) off `kind`.
 */
export function defineStepKind<const Name extends string, Shape extends z.ZodRawShape>(name: Name, shape: Shape) {
  return {
    name,
    fields: z.strictObject(shape),
    step: z.strictObject({ ...stepCommonShape, kind: z.literal(name), ...shape }),
  };
}
