import type { JourneyTemplate, Phase, Step } from "./schema";

export interface StepRef {
  key: string;
  title: string;
  phase: string;
}

export interface TemplateDiff {
  /** Template-level fields that differ: name, description, track. */
  template: string[];
  phases: { added: string[]; removed: string[]; changed: { key: string; fields: string[] }[] };
  added: StepRef[];
  removed: StepRef[];
  /** Steps kept by key whose own fields differ (`due`, `owner`, a kind field…), phase aside. */
  changed: (StepRef & { fields: string[] })[];
  /** Steps kept by key that now sit in another phase (a step can be both moved and changed). */
  moved: (StepRef & { from: string })[];
}

/**
 * What upgrading a running journey from `before` to `after` would change, step by step. Steps are
 * matched by key (keys are stable across versions; a renamed key reads as removed + added). Both
 * templates are validated ones, so defaults are filled in and `dependsOn: []` equals no
 * `dependsOn` at all. Lists follow the order of the documents: `after` for added, changed and
 * moved steps, `before` for removed ones.
 */
export function diffTemplates(before: JourneyTemplate, after: JourneyTemplate): TemplateDiff {
  const old = stepsByKey(before);
  const now = stepsByKey(after);
  const ref = ({ step, phase }: Placed): StepRef => ({ key: step.key, title: step.title, phase });

  const diff: TemplateDiff = {
    template: changedFields(withoutPhases(before), withoutPhases(after)),
    phases: diffPhases(before.phases, after.phases),
    added: [],
    removed: [...old.values()].filter((placed) => !now.has(placed.step.key)).map(ref),
    changed: [],
    moved: [],
  };
  for (const placed of now.values()) {
    const previous = old.get(placed.step.key);
    if (!previous) {
      diff.added.push(ref(placed));
      continue;
    }
    const fields = changedFields(previous.step, placed.step);
    if (fields.length > 0) diff.changed.push({ ...ref(placed), fields });
    if (previous.phase !== placed.phase) diff.moved.push({ ...ref(placed), from: previous.phase });
  }
  return diff;
}

/** True when nothing at all differs, e.g. to skip the upgrade screen. */
export function isEmptyDiff(diff: TemplateDiff): boolean {
  const { template, phases, added, removed, changed, moved } = diff;
  return [template, phases.added, phases.removed, phases.changed, added, removed, changed, moved].every((list) => list.length === 0);
}

interface Placed {
  step: Step;
  phase: string;
}

function stepsByKey(template: JourneyTemplate): Map<string, Placed> {
  return new Map(template.phases.flatMap((phase) => phase.steps.map((step) => [step.key, { step, phase: phase.key }] as const)));
}

function withoutPhases({ name, description, track }: JourneyTemplate) {
  return { name, description, track };
}

function diffPhases(before: readonly Phase[], after: readonly Phase[]): TemplateDiff["phases"] {
  const old = new Map(before.map((phase) => [phase.key, phase]));
  const now = new Set(after.map((phase) => phase.key));
  const changed: { key: string; fields: string[] }[] = [];
  for (const phase of after) {
    const previous = old.get(phase.key);
    if (!previous) continue;
    // Steps are compared one by one above; here only the phase's own fields count.
    const fields = changedFields({ ...previous, steps: [] }, { ...phase, steps: [] });
    if (fields.length > 0) changed.push({ key: phase.key, fields });
  }
  return {
    added: after.filter((phase) => !old.has(phase.key)).map((phase) => phase.key),
    removed: before.filter((phase) => !now.has(phase.key)).map((phase) => phase.key),
    changed,
  };
}

/** Names of the top-level fields whose values differ, in a stable (sorted) order. */
function changedFields(before: object, after: object): string[] {
  const a = new Map(Object.entries(before));
  const b = new Map(Object.entries(after));
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !sameValue(a.get(name), b.get(name))).sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Structural equality of plain values (what a template is made of), key order aside. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}
