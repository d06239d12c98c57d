/**
 * The variables an email template may use (R-B5). Every send fills the common ones from the
 * partner, its program and workspace; a built-in key adds the few its caller passes in (an
 * interview's time, a decision's reason). Saving a template checks it against this list, so a
 * typo is caught by the admin who made it, not by a partner reading a blank.
 */
export const builtInTemplateKeys = ["application-received", "interview-invitation", "decision-yes", "decision-no", "welcome"] as const;
export type BuiltInTemplateKey = (typeof builtInTemplateKeys)[number];

export function isBuiltInTemplateKey(key: string): key is BuiltInTemplateKey {
  return builtInTemplateKeys.some((builtIn) => builtIn === key);
}

/** A dotted variable name (`partner.name`) with a value that shows what it holds. */
export interface TemplateVariable {
  name: string;
  example: string;
}

export const commonVariables: readonly TemplateVariable[] = [
  { name: "partner.name", example: "Northwind Consulting" },
  { name: "partner.website", example: "https://northwind.example" },
  { name: "contact.name", example: "Ada Reyes" },
  { name: "contact.email", example: "ada@northwind.example" },
  { name: "workspace.name", example: "Acme" },
  { name: "program.name", example: "Reseller program" },
  { name: "sender.name", example: "Sam Lee" },
  { name: "portal.link", example: "https://accord.example/w/acme/portal" },
  { name: "partnering.link", example: "https://accord.example/w/acme/partnering/resellers" },
];

const interviewVariables: readonly TemplateVariable[] = [
  { name: "interview.when", example: "Tuesday 1 December 2026, 14:00 (Europe/Berlin)" },
  { name: "interview.stage", example: "Functional fit" },
  { name: "interview.location", example: "https://meet.example/abc" },
];

const decisionVariables: readonly TemplateVariable[] = [{ name: "decision.reason", example: "Strong delivery record in the region." }];

/** What a caller of a built-in key passes beyond the common variables. */
export const extraVariables: Readonly<Record<BuiltInTemplateKey, readonly TemplateVariable[]>> = {
  "application-received": [],
  "interview-invitation": interviewVariables,
  "decision-yes": decisionVariables,
  "decision-no": decisionVariables,
  welcome: [],
};

/** The variables of a template: the common ones, plus the built-in's extras; a workspace's own template has only the common ones. */
export function variablesFor(key: string): readonly TemplateVariable[] {
  return isBuiltInTemplateKey(key) ? [...commonVariables, ...extraVariables[key]] : commonVariables;
}

/** Variables grouped the way Liquid reads them: `{ partner: { name: "…" } }`. */
export type VariableValues = Record<string, Record<string, string>>;

/** Example values for every variable of a key: used to try a template out when it is saved. */
export function exampleValues(key: string): VariableValues {
  return groupValues(variablesFor(key).map((variable) => [variable.name, variable.example]));
}

/** Groups `[["partner.name", "x"]]` into `{ partner: { name: "x" } }`. */
export function groupValues(entries: Iterable<readonly [string, string]>): VariableValues {
  const grouped: VariableValues = {};
  for (const [name, value] of entries) {
    const [group, field] = splitName(name);
    grouped[group] = { ...grouped[group], [field]: value };
  }
  return grouped;
}

function splitName(name: string): [string, string] {
  const dot = name.indexOf(".");
  return dot < 0 ? [name, ""] : [name.slice(0, dot), name.slice(dot + 1)];
}

/**
 * Every variable of the key, taken from `given` where present and empty otherwise, so that a
 * template never meets a missing value (a partner without a website, an interview without a
 * place). Values in `given` that the key does not know are dropped: they cannot be in the text.
 */
export function completeValues(key: string, given: VariableValues): VariableValues {
  return groupValues(
    variablesFor(key).map((variable) => {
      const [group, field] = splitName(variable.name);
      return [variable.name, given[group]?.[field] ?? ""] as const;
    }),
  );
}

/** A variable a template refers to, where the template names it (1-based line). */
export interface VariableReference {
  name: string;
  line: number;
}

export interface TemplateProblem {
  path: "subject" | "body" | "name" | "key";
  message: string;
}

/** One problem per unknown variable, naming it and its line, and saying what is known. */
export function unknownVariables(key: string, field: "subject" | "body", references: readonly VariableReference[]): TemplateProblem[] {
  const known = variablesFor(key).map((variable) => variable.name);
  return references
    .filter((reference) => !known.includes(reference.name))
    .map((reference) => ({
      path: field,
      message: `Unknown variable "${reference.name}" on line ${reference.line} of the ${field}. Known variables: ${known.join(", ")}.`,
    }));
}
