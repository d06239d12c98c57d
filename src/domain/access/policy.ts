import { scopeFor, type WorkspaceAction } from "./actions";
import type { Actor, StaffRole } from "./roles";

/** What a decision may depend on besides the actor: the partner the request is about. */
export interface PartnerResource {
  id: string;
  ownerUserId: string | null;
  teamUserIds: readonly string[];
}
/** The people assigned to interview a candidate (any interview of the partner, or one interview). */
export interface InterviewPanelResource {
  panelUserIds: readonly string[];
}
export type Resource = { partner?: PartnerResource; interview?: InterviewPanelResource };

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
  "program.read": (role) => staffReaders.includes(role),
  "program.manage": (role) => admins.includes(role),
  "journey.list": (role) => staffReaders.includes(role),
  "journey.read": (role) => staffReaders.includes(role),
  "journey.internal.read": (role) => staffReaders.includes(role),
  "journey.manage": (role, actor, resource) => managesPartner(role, actor, resource),
  // Completing a step is also limited by who owns it (see domain/journeys/step-access.ts).
  "journey.step.act": (role, actor, resource) => managesPartner(role, actor, resource),
  "work.read": (role) => role !== "viewer",
  "events.raise": (role, actor, resource) => managesPartner(role, actor, resource),
  "notifications.read": () => true,
  // Exists only in test builds (NODE_ENV=test); even there only owners move time.
  "clock.set": (role) => role === "owner",
  // Recruitment: the board and candidates are read by staff readers; an interviewer sees only
  // the candidates and interviews they are assigned to (DESIGN section 6: interviewing is an
  // assignment).
  "pipeline.read": (role) => staffReaders.includes(role),
  "recruiting.configure": (role) => admins.includes(role),
  "interview.read": (role, actor, resource) => staffReaders.includes(role) || onPanel(actor, resource),
  "interview.manage": (role, actor, resource) => managesPartner(role, actor, resource),
  // Only a panel member scores, whatever their base role; a viewer only reads and sits on no panel.
  "interview.score": (role, actor, resource) => role !== "viewer" && onPanel(actor, resource),
  "calibration.read": (role) => admins.includes(role) || role === "partner_manager",
  "calibration.manage": (role) => admins.includes(role),
  "email.send": (role, actor, resource) => managesPartner(role, actor, resource),
  "import.run": (role) => admins.includes(role) || role === "partner_manager",
  // The relationship with a partner: readers read it, its managers keep it (meetings, alignment
  // record, early win, escalations, reviews). Health scores are internal to the host.
  "relationship.read": (role) => staffReaders.includes(role),
  "relationship.write": (role, actor, resource) => managesPartner(role, actor, resource),
  "health.read": (role) => staffReaders.includes(role),
  "survey.manage": (role) => admins.includes(role) || role === "partner_manager",
  // Results are counts and means from five answers on; nobody, admins included, sees who said what.
  "survey.read": (role) => staffReaders.includes(role),
  "survey.answer": () => true,
  "retro.read": (role) => staffReaders.includes(role),
  "retro.manage": (role) => admins.includes(role) || role === "partner_manager",
  // Every person keeps their own calendar feed.
  "calendar.manage": () => true,
};

/** Without a concrete interview the question is "could this person ever?": yes, once assigned. */
function onPanel(actor: Actor, resource: Resource): boolean {
  if (!resource.interview) return true;
  return resource.interview.panelUserIds.includes(actor.userId);
}

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
  "journey.read",
  "journey.step.act",
  "notifications.read",
  "relationship.read",
  "relationship.write",
  "survey.answer",
  "calendar.manage",
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
