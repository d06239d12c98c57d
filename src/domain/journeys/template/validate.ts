import type { StepKey } from "../due-rule";
import { findCycles, type WaitEdge } from "../graph";
import { isPartnerRole } from "./owner";
import { joinPath, problemsFromIssues, type Problem } from "./problems";
import { JourneyTemplate, type Step } from "./schema";

export type TemplateValidation = { ok: true; template: JourneyTemplate } | { ok: false; problems: Problem[] };

/** Where a step sits in the document. */
interface StepPlace {
  step: Step;
  phaseIndex: number;
  phaseKey: string;
  path: string;
}

/**
 * Checks a template as a YAML parser returns it: first its shape (zod), then what a schema cannot
 * see: unique keys, references to steps that exist, no cycles, no waiting on a later phase, and no
 * partner owner on a step partners cannot see. Every problem names its path; all are reported at
 * once so the author can fix them in one go.
 */
export function validateTemplate(input: unknown): TemplateValidation {
  const parsed = JourneyTemplate.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };
  const template = parsed.data;
  const problems = [...duplicateKeys(template), ...wrongReferences(template), ...cycles(template), ...hiddenFromOwner(template)];
  return problems.length === 0 ? { ok: true, template } : { ok: false, problems };
}

function placesOf(template: JourneyTemplate): StepPlace[] {
  return template.phases.flatMap((phase, phaseIndex) =>
    phase.steps.map((step, stepIndex) => ({ step, phaseIndex, phaseKey: phase.key, path: joinPath(["phases", phaseIndex, "steps", stepIndex]) })),
  );
}

/** The first place of each step key (a duplicate is reported, and then ignored). */
function indexByKey(template: JourneyTemplate): Map<StepKey, StepPlace> {
  const index = new Map<StepKey, StepPlace>();
  for (const place of placesOf(template)) if (!index.has(place.step.key)) index.set(place.step.key, place);
  return index;
}

function duplicateKeys(template: JourneyTemplate): Problem[] {
  const problems: Problem[] = [];
  const phasePaths = new Map<string, string>();
  template.phases.forEach((phase, phaseIndex) => {
    const path = joinPath(["phases", phaseIndex]);
    const first = phasePaths.get(phase.key);
    if (first) problems.push({ path: `${path}.key`, message: `the phase key "${phase.key}" is already used at ${first}` });
    else phasePaths.set(phase.key, path);
  });
  const index = indexByKey(template);
  for (const place of placesOf(template)) {
    const first = index.get(place.step.key);
    if (first && first.path !== place.path) {
      problems.push({
        path: `${place.path}.key`,
        message: `the step key "${place.step.key}" is already used at ${first.path}; step keys must be unique across the template`,
      });
    }
  }
  return problems;
}

function wrongReferences(template: JourneyTemplate): Problem[] {
  const index = indexByKey(template);
  const keys = [...index.keys()];
  const missing = (key: StepKey, path: string): Problem[] =>
    index.has(key) ? [] : [{ path, message: `no step has the key "${key}"${suggestion(key, keys)}` }];
  const problems: Problem[] = [];

  template.phases.forEach((phase, phaseIndex) => {
    const entry = phase.entry ?? [];
    if (phaseIndex === 0 && entry.length > 0) {
      problems.push({ path: joinPath(["phases", 0, "entry"]), message: "the first phase opens when the journey starts; remove its entry steps" });
      return;
    }
    entry.forEach((key, entryIndex) => {
      const path = joinPath(["phases", phaseIndex, "entry", entryIndex]);
      const target = index.get(key);
      if (!target) problems.push(...missing(key, path));
      else if (target.phaseIndex >= phaseIndex) {
        problems.push({
          path,
          message: `"${key}" is in ${target.phaseIndex === phaseIndex ? "this phase" : "a later phase"}, so this phase could never open; name steps of earlier phases`,
        });
      }
    });
  });

  for (const place of placesOf(template)) {
    const { step } = place;
    step.dependsOn.forEach((key, depIndex) => {
      const path = `${place.path}.dependsOn.${depIndex}`;
      const target = index.get(key);
      if (!target) problems.push(...missing(key, path));
      else if (target.phaseIndex > place.phaseIndex) {
        problems.push({
          path,
          message: `"${key}" belongs to the later phase "${target.phaseKey}", which opens only after this one; move one of the two steps or drop the dependency`,
        });
      }
    });
    if (step.due.after === "step") problems.push(...missing(step.due.step, `${place.path}.due.step`));
    if (step.due.repeat) problems.push(...missing(step.due.repeat.until, `${place.path}.due.repeat.until`));
  }
  return problems;
}

/** Steps wait for their dependencies and for the step their due date counts from. */
function cycles(template: JourneyTemplate): Problem[] {
  const places = placesOf(template);
  const edges: WaitEdge[] = places.flatMap(({ step, path }) => [
    ...step.dependsOn.map((to, depIndex) => ({ from: step.key, to, path: `${path}.dependsOn.${depIndex}` })),
    ...(step.due.after === "step" ? [{ from: step.key, to: step.due.step, path: `${path}.due.step` }] : []),
  ]);
  return findCycles([...indexByKey(template).keys()], edges).map((cycle) => ({
    path: cycle.path,
    message: `these steps wait for each other in a cycle: ${cycle.keys.join(" → ")}; none of them could ever start or fall due, so remove one of the links`,
  }));
}

/** Partner users never see internal steps, so they can neither own nor approve one. */
function hiddenFromOwner(template: JourneyTemplate): Problem[] {
  const problems: Problem[] = [];
  for (const { step, path } of placesOf(template)) {
    if (step.visibility !== "internal") continue;
    if (isPartnerRole(step.owner)) {
      problems.push({
        path: `${path}.owner`,
        message: `${step.owner} cannot own an internal step (partner users never see internal steps); make it shared or give it to a host role`,
      });
    }
    if (step.kind === "approval_gate" && isPartnerRole(step.approver)) {
      problems.push({
        path: `${path}.approver`,
        message: `${step.approver} cannot approve an internal step (partner users never see internal steps); make it shared or name a host role`,
      });
    }
  }
  return problems;
}

/** `; did you mean "kickoff"?` for a key one or two edits away from an existing one. */
function suggestion(key: string, keys: readonly string[]): string {
  const near = keys.filter((candidate) => editDistance(key, candidate) <= 2);
  return near.length > 0 ? `; did you mean "${near[0]}"?` : "";
}

function editDistance(a: string, b: string): number {
  // Levenshtein, one row at a time: `above` is the row before, `left` the cell just computed.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let last = b.length;
  [...a].forEach((charA, i) => {
    let diagonal = i;
    let left = i + 1;
    const current = [left];
    previous.slice(1).forEach((above, j) => {
      left = Math.min(above + 1, left + 1, diagonal + (charA === b[j] ? 0 : 1));
      diagonal = above;
      current.push(left);
    });
    previous = current;
    last = left;
  });
  return last;
}
