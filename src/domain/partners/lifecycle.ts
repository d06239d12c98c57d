import { z } from "zod";

/** The pipeline of R-B1, in order. "declined" stands beside it. */
export const pipelineStages = [
  "applicant",
  "screening",
  "interviewing",
  "decision",
  "contracting",
  "onboarding",
  "active",
  "offboarding",
  "exited",
] as const;
export const lifecycleStages = [...pipelineStages, "declined"] as const;
export const LifecycleStage = z.enum(lifecycleStages);
export type LifecycleStage = z.infer<typeof LifecycleStage>;

const indexOf = (stage: LifecycleStage) => pipelineStages.indexOf(stage as (typeof pipelineStages)[number]);
const lastVettingStage = indexOf("contracting");

/**
 * Which moves a person may make from a stage. Forward may skip stages (a known partner can go
 * straight to contracting), backward only one step (to undo a slip); a candidate can be declined
 * until it is contracted, and a declined one reopened as an applicant. Leaving goes through
 * offboarding, and exited is final.
 */
export function allowedMoves(from: LifecycleStage): LifecycleStage[] {
  if (from === "declined") return ["applicant"];
  if (from === "exited") return [];
  const at = indexOf(from);
  const moves: LifecycleStage[] = [];
  if (at > 0 && from !== "offboarding") moves.push(pipelineStages[at - 1] as LifecycleStage);
  const forwardLimit = at <= lastVettingStage ? indexOf("active") : indexOf("exited");
  for (let next = at + 1; next <= forwardLimit; next++) {
    const stage = pipelineStages[next] as LifecycleStage;
    if (stage === "exited" && from !== "offboarding") continue;
    moves.push(stage);
  }
  if (at <= lastVettingStage) moves.push("declined");
  return moves;
}

export function canMove(from: LifecycleStage, to: LifecycleStage): boolean {
  return allowedMoves(from).includes(to);
}
