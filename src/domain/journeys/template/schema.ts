import { z } from "zod";
import { StepKey } from "../due-rule";
import { stepKindNames, stepKinds } from "./kinds";
import { text } from "./text";

/**
 * One step: the common fields plus those of its kind, picked by `kind`. An unknown kind names the
 * kinds there are; unknown fields are errors, so a typo never passes silently.
 */
export const Step = z.discriminatedUnion(
  "kind",
  [stepKinds[0].step, ...stepKinds.slice(1).map((kind) => kind.step)],
  { error: (issue) => (issue.code === "invalid_union" ? `use one of the step kinds: ${stepKindNames.join(", ")}` : undefined) },
);
export type Step = z.infer<typeof Step>;

/** Phase keys follow the rules of step keys: lowercase, stable across versions. */
export const PhaseKey = StepKey;

export const Phase = z.strictObject({
  key: PhaseKey,
  name: text(200),
  description: text(5000).optional(),
  /**
   * Steps that must be done for this phase to open. Left out, the phase opens when every step of
   * the previous phase is done; the first phase opens when the journey starts.
   */
  entry: z.array(StepKey).max(50, "at most 50 entry steps").optional(),
  steps: z.array(Step).min(1, "a phase needs at least one step").max(200, "at most 200 steps in a phase"),
});
export type Phase = z.infer<typeof Phase>;

/** A journey template as one document (YAML in the editor, plain values here). */
export const maxStepsPerTemplate = 1000;

export const JourneyTemplate = z.strictObject({
  name: text(200),
  description: text(5000),
  /** The key of the program track this template is written for, when it is written for one. */
  track: text(100).optional(),
  phases: z
    .array(Phase)
    .min(1, "a template needs at least one phase")
    .max(50, "at most 50 phases")
    // Keeps a journey's start and the dependency search bounded whatever the document says.
    .refine((phases) => phases.reduce((sum, phase) => sum + phase.steps.length, 0) <= maxStepsPerTemplate, {
      message: `at most ${maxStepsPerTemplate} steps in a template`,
    }),
});
export type JourneyTemplate = z.infer<typeof JourneyTemplate>;
/** A template as written, before defaults are filled in. */
export type JourneyTemplateInput = z.input<typeof JourneyTemplate>;

/**
 * The template's JSON Schema as an author writes it (defaults optional), for the code editor's
 * completion and underlining. The cross-step checks of `validateTemplate` are not in it.
 */
export function templateJsonSchema() {
  return z.toJSONSchema(JourneyTemplate, { io: "input" });
}
