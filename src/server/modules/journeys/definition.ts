import { Step } from "../../../domain/journeys/template/schema";
import { stepCommonShape } from "../../../domain/journeys/template/step-common";

/** A stored step's definition (the template's step, or an ad-hoc one written in the same shape). */
export function definitionOf(stored: unknown): Step {
  return Step.parse(stored);
}

const commonKeys = new Set([...Object.keys(stepCommonShape), "kind"]);

/** The kind's own fields of a definition: form fields, accepted file types, the document's body… */
export function kindFieldsOf(definition: Step): Record<string, unknown> {
  return Object.fromEntries(Object.entries(definition).filter(([key]) => !commonKeys.has(key)));
}

/** The approver role of an approval gate, for the access rule. */
export function approverOf(definition: Step) {
  return definition.kind === "approval_gate" ? definition.approver : undefined;
}
