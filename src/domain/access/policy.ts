import { scopeFor, type WorkspaceAction } from "./actions";
import type { Actor, StaffRole } from "./roles";

/** What a decision may depend on besides the actor: the partner the request is about. */
export interface PartnerResource {
  id: string;
  ownerUserId: string | null;
  teamUserIds: readonly string[];
}
export type Resource = { partner?: PartnerResource };

/**
 * The answer distinguishes "not yours to know about" (404) from "you see it but may not" (403),
 * as DESIGN section 6 requires.
 */
export type Decision = "allow" | "forbidden" | "not_found";

const staffReaders: readonly StaffRole[] = ["owner", "admin", "partner_manager", "viewer"];
const admins: readonly StaffRole[] = ["owner", "admin"];

const staffRules: Record<WorkspaceAction, (role: StaffRole, actor: Actor, resource: Resource) => boolean> = {
  "workspace.read": () => true,
  "staff.read": (role) => role !== "interviewer",
  "staff.manage": (role) => admins.includes(role),
  "partner.list": (role) => staffReaders.includes(role),
  "partner.read": (role) => staffReaders.includes(role),
  "partner.internal.read": (role) => staffReaders.includes(role),
  "partner.create": (role) => admins.includes(role) || role === "partner_manager",
  "partner.update": (role, actor, resource) => managesPartner(role, actor, resource),
  "partner.team.manage": (role, actor, resource) => managesPartner(role, actor, resource),
  "partner.members.invite": (role, actor, resource) => managesPartner(role, actor, resource),
  "partner.members.remove": (role, actor, resource) => managesPartner(role, actor, resource),
  "audit.read": (role) => admins.includes(role),
  "outbox.read": (role) => admins.includes(role),
  "tokens.manage": (role) => admins.includes(role),
  "portal.read": () => false,
};

/** Owners and admins manage every partner; a partner manager only those they own or are on the team of. */
function managesPartner(role: StaffRole, actor: Actor, resource: Resource): boolean {
  if (admins.includes(role)) return true;
  if (role !== "partner_manager") return false;
  const partner = resource.partner;
  // Without a concrete partner the question is "could this role ever?", which it can.
  if (!partner) return true;
  return partner.ownerUserId === actor.userId || partner.teamUserIds.includes(actor.userId);
}

const partnerUserActions: ReadonlySet<WorkspaceAction> = new Set<WorkspaceAction>([
  "workspace.read",
  "partner.read",
  "portal.read",
]);
const partnerAdminActions: ReadonlySet<WorkspaceAction> = new Set<WorkspaceAction>([
  "partner.members.invite",
  "partner.members.remove",
]);

/** The one authorization check. Pure: every input is passed in. */
export function can(actor: Actor, action: WorkspaceAction, resource: Resource = {}): Decision {
  if (actor.kind === "partner") {
    // Another partner's object does not exist for a partner user.
    if (resource.partner && resource.partner.id !== actor.partnerId) return "not_found";
    if (partnerUserActions.has(action)) return "allow";
    if (actor.role === "partner_admin" && partnerAdminActions.has(action)) return "allow";
    return "forbidden";
  }
  if (actor.scopes) {
    const scope = scopeFor(action);
    if (scope === null || (scope !== "any" && !actor.scopes.includes(scope))) return "forbidden";
  }
  return staffRules[action](actor.role, actor, resource) ? "allow" : "forbidden";
}
