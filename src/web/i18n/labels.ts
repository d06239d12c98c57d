import { partnerRoles, staffRoles } from "../../domain/access/roles";
import type { LifecycleStage } from "../../domain/partners/lifecycle";

/** Catalogue keys for the domain's codes (stages, roles), so the words live in en.ts. */
export function stageKey(stage: LifecycleStage) {
  return `stages.${stage}` as const;
}

type Role = (typeof staffRoles)[number] | (typeof partnerRoles)[number];
const roles: readonly string[] = [...staffRoles, ...partnerRoles];
function isRole(role: string): role is Role {
  return roles.includes(role);
}

export function roleKey(role: string) {
  return isRole(role) ? (`roles.${role}` as const) : ("roles.unknown" as const);
}

/** Mantine colours that read as the pipeline's progress: grey candidates, blue vetting, green live, red out. */
export const stageColors: Record<LifecycleStage, string> = {
  applicant: "gray",
  screening: "cyan",
  interviewing: "blue",
  decision: "violet",
  contracting: "grape",
  onboarding: "orange",
  active: "green",
  offboarding: "yellow",
  exited: "dark",
  declined: "red",
};
