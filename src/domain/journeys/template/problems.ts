import type { z } from "zod";

/**
 * One thing wrong with a template: where (a dotted path into the document, e.g.
 * `phases.1.steps.3.dependsOn.0`) and what to do about it.
 */
export interface Problem {
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;
type PathSegment = PropertyKey;

export function joinPath(segments: readonly PathSegment[]): string {
  return segments.map((segment) => String(segment)).join(".");
}

/** Turns zod issues into problems a person can act on: one per field, with readable messages.
 * Parse with `reportInput: true` so a missing field can be told from a wrong one. */
export function problemsFromIssues(issues: readonly Issue[], base: readonly PathSegment[] = []): Problem[] {
  return issues.flatMap((issue) => problemsFromIssue(issue, [...base, ...issue.path]));
}

function problemsFromIssue(issue: Issue, path: PathSegment[]): Problem[] {
  switch (issue.code) {
    case "unrecognized_keys":
      // One problem per unknown field, pointing at the field itself so an editor can underline it.
      return issue.keys.map((key) => ({ path: joinPath([...path, key]), message: `"${key}" is not a field here; check its spelling or remove it` }));
    case "invalid_type":
    case "invalid_value":
      if (isMissing(issue)) return [{ path: joinPath(path), message: "is missing" }];
      // Our schemas' own messages ("use true or false") beat the generic rewording below.
      if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
        return [{ path: joinPath(path), message: `must be ${article(issue.expected)}, not ${describe(issue.input)}` }];
      }
      return [{ path: joinPath(path), message: issue.message }];
    case "invalid_union": {
      const branch = closestBranch(issue.errors);
      if (branch) return problemsFromIssues(branch, path);
      return [{ path: joinPath(path), message: issue.message }];
    }
    default:
      return [{ path: joinPath(path), message: issue.message }];
  }
}

/**
 * Of a union's alternatives, the one the author evidently meant: the one whose only complaints are
 * about values (a negative number of days), not about its shape (a missing or unknown field, a
 * value of another type, a different `after`). None close: the union's own message, which lists the accepted shapes.
 */
function closestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const close = branches.filter((branch) => branch.length > 0 && branch.every(isAboutValue));
  return close[0];
}

/** Zod keeps the offending input only when asked (`reportInput: true`); undefined there means absent. */
function isMissing(issue: Issue): boolean {
  return "input" in issue && issue.input === undefined;
}

function isAboutValue(issue: Issue): boolean {
  if (issue.code === "unrecognized_keys" || issue.code === "invalid_value") return false;
  if (issue.code === "invalid_type") return false;
  if (issue.code === "invalid_union") return closestBranch(issue.errors) !== undefined;
  return true;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "string") return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === "object") return "a mapping";
  return `${typeof input} ${String(input)}`;
}
