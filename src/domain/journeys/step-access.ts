import type { Actor } from "../access/roles";
import type { OwnerRole, Visibility } from "./template/owner";

/** What deciding "may this person complete this step?" needs to know about the step. */
export interface StepForAccess {
  readonly kind: string;
  readonly ownerRole: OwnerRole;
  readonly ownerUserId: string | null;
  readonly visibility: Visibility;
  /** For an approval gate: the role that alone may pass it. */
  readonly approver?: OwnerRole | undefined;
}

/** Who the partner is looked after by, for `host:manager`. */
export interface PartnerCare {
  readonly ownerUserId: string | null;
  readonly teamUserIds: readonly string[];
}

/**
 * Whether the actor may complete the step. The caller has already checked `journey.step.act` on
 * the partner (so staff here manage the partner, partner users belong to it); this adds what the
 * step itself asks:
 * - a milestone is completed by its event only, never by hand;
 * - an approval gate only by its approver role (R-D2: "only the named role can pass it");
 * - partner users act on shared, partner-side steps only — a member on steps assigned to them or
 *   to members, an admin on any partner-side step;
 * - staff who manage the partner may complete any other step, also on the partner's behalf.
 */
export function mayCompleteStep(actor: Actor, step: StepForAccess, care: PartnerCare): boolean {
  if (step.kind === "milestone") return false;
  if (step.kind === "approval_gate") return holdsRole(actor, step.approver ?? step.ownerRole, care);
  if (actor.kind === "staff") return true;
  return partnerMayAct(actor, step);
}

function partnerMayAct(actor: Extract<Actor, { kind: "partner" }>, step: StepForAccess): boolean {
  if (step.visibility !== "shared" || !step.ownerRole.startsWith("partner:")) return false;
  if (actor.role === "partner_admin") return true;
  return step.ownerUserId === actor.userId || step.ownerRole === "partner:member";
}

/** Whether the actor holds an owner role of this partner's journey. */
export function holdsRole(actor: Actor, role: OwnerRole, care: PartnerCare): boolean {
  if (actor.kind === "partner") {
    if (role === "partner:admin") return actor.role === "partner_admin";
    return role === "partner:member";
  }
  switch (role) {
    case "host:owner":
      return actor.role === "owner";
    case "host:admin":
      return actor.role === "owner" || actor.role === "admin";
    case "host:manager":
      return actor.role === "owner" || actor.role === "admin" || care.ownerUserId === actor.userId || care.teamUserIds.includes(actor.userId);
    default:
      return false;
  }
}
