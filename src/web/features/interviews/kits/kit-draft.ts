import type { Kit } from "../../../../domain/interviews/contracts";
import type { InterviewKitStage } from "../../../../domain/interviews/kit";

/*
 * The kit editor works on names; keys (which stored scores refer to) are kept for what exists and
 * made from the name for what is new, so nobody has to invent identifiers.
 */

export interface CriterionDraft {
  key: string | null;
  name: string;
  guidance: string;
  weight: number;
}
export interface StageDraft {
  key: string | null;
  name: string;
  purpose: string;
  certifiedOnly: boolean;
  criteria: CriterionDraft[];
}
export interface KitDraft {
  name: string;
  stages: StageDraft[];
}

export const emptyCriterion = (): CriterionDraft => ({ key: null, name: "", guidance: "", weight: 1 });
export const emptyStage = (): StageDraft => ({ key: null, name: "", purpose: "", certifiedOnly: false, criteria: [emptyCriterion()] });

export function draftOf(kit: Kit | null): KitDraft {
  if (!kit) return { name: "", stages: [emptyStage()] };
  return { name: kit.name, stages: kit.stages.map((stage) => ({ ...stage, criteria: stage.criteria.map((criterion) => ({ ...criterion })) })) };
}

/** "Client-first attitude" → "client_first_attitude", unique among `taken`. */
export function keyFrom(name: string, taken: Set<string>): string {
  const base = (name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "item").replace(/^([0-9])/, "k_$1").slice(0, 36);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  taken.add(key);
  return key;
}

export function stagesOf(draft: KitDraft): InterviewKitStage[] {
  const stageKeys = new Set(draft.stages.flatMap((stage) => (stage.key ? [stage.key] : [])));
  return draft.stages.map((stage) => {
    const criterionKeys = new Set(stage.criteria.flatMap((criterion) => (criterion.key ? [criterion.key] : [])));
    return {
      key: stage.key ?? keyFrom(stage.name, stageKeys),
      name: stage.name,
      purpose: stage.purpose,
      certifiedOnly: stage.certifiedOnly,
      criteria: stage.criteria.map((criterion) => ({ key: criterion.key ?? keyFrom(criterion.name, criterionKeys), name: criterion.name, guidance: criterion.guidance, weight: criterion.weight })),
    };
  });
}
