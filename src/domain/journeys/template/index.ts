/**
 * Journey templates as code: the contract of a template document, its validation beyond the
 * schema, and the difference between two versions. Pure: the server parses YAML and calls these.
 */
export { diffTemplates, isEmptyDiff, type StepRef, type TemplateDiff } from "./diff";
export { stepKindNames, stepKinds, type StepKindName } from "./kinds";
export { OwnerRole, ownerRoles, Visibility } from "./owner";
export type { Problem } from "./problems";
export { JourneyTemplate, Phase, Step, templateJsonSchema, type JourneyTemplateInput } from "./schema";
export { validateTemplate, type TemplateValidation } from "./validate";
