import { approvalGate } from "./approval-gate";
import { documentAcknowledgement } from "./document-acknowledgement";
import { form } from "./form";
import { meeting } from "./meeting";
import { milestone } from "./milestone";
import { task } from "./task";
import { uploadRequest } from "./upload-request";

/**
 * Every step kind a template may use. Adding one (training, deal) is a new file beside these,
 * written with `defineStepKind`, plus its entry here, e.g.:
 *
 *   // kinds/training.ts
 *   export const training = defineStepKind("training", { module: text(200), passMark: z.number().min(0).max(100) });
 *   // here: import { training } from "./training"; and add `training` to the list below.
 *
 * The template schema, its validation and the diff read this list and need no change.
 */
export const stepKinds = [task, approvalGate, uploadRequest, form, documentAcknowledgement, milestone, meeting] as const;

export type StepKindName = (typeof stepKinds)[number]["name"];
export const stepKindNames: readonly StepKindName[] = stepKinds.map((kind) => kind.name);
