import { describe, expect, it } from "vitest";
import { workspaceActions, type WorkspaceAction } from "./actions";
import { can, type Decision, type PartnerResource } from "./policy";
import type { Actor, StaffRole, TokenScope } from "./roles";

const workspaceId = "ws-acme";
const staff = (role: StaffRole, userId = `${role}-1`, scopes?: TokenScope[]): Actor =>
  scopes ? { kind: "staff", userId, workspaceId, role, scopes } : { kind: "staff", userId, workspaceId, role };
const partnerUser = (role: "partner_admin" | "partner_member", partnerId: string): Actor => ({ kind: "partner", userId: `${role}-of-${partnerId}`, workspaceId, role, partnerId });

const A = "partner-a";
const B = "partner-b";
const partnerA: PartnerResource = { id: A, ownerUserId: "manager-owner", teamUserIds: ["manager-team"] };

const allow: Decision = "allow";
const deny: Decision = "forbidden";

/**
 * Written by hand from DESIGN section 2, not derived from the policy: what each staff role may do
 * when no particular partner is named (for partner-scoped actions: "could this role ever?").
 *                                         owner  admin  manager interviewer viewer
 */
const staffTable: Record<WorkspaceAction, readonly [Decision, Decision, Decision, Decision, Decision]> = {
  "workspace.read": /*                 */ [allow, allow, allow, allow, allow],
  "staff.read": /*                     */ [allow, allow, allow, deny, allow],
  "staff.manage": /*                   */ [allow, allow, deny, deny, deny],
  "partner.list": /*                   */ [allow, allow, allow, deny, allow],
  "partner.read": /*                   */ [allow, allow, allow, deny, allow],
  "partner.internal.read": /*          */ [allow, allow, allow, deny, allow],
  "partner.create": /*                 */ [allow, allow, allow, deny, deny],
  "partner.update": /*                 */ [allow, allow, allow, deny, deny],
  "partner.team.manage": /*            */ [allow, allow, allow, deny, deny],
  "partner.members.invite": /*         */ [allow, allow, allow, deny, deny],
  "partner.members.remove": /*         */ [allow, allow, allow, deny, deny],
  "audit.read": /*                     */ [allow, allow, deny, deny, deny],
  "outbox.read": /*                    */ [allow, allow, deny, deny, deny],
  "tokens.manage": /*                  */ [allow, allow, deny, deny, deny],
  "portal.read": /*                    */ [deny, deny, deny, deny, deny],
  "program.read": /*                   */ [allow, allow, allow, deny, allow],
  "program.manage": /*                 */ [allow, allow, deny, deny, deny],
  "journey.list": /*                   */ [allow, allow, allow, deny, allow],
  "journey.read": /*                   */ [allow, allow, allow, deny, allow],
  "journey.internal.read": /*          */ [allow, allow, allow, deny, allow],
  "journey.manage": /*                 */ [allow, allow, allow, deny, deny],
  "journey.step.act": /*               */ [allow, allow, allow, deny, deny],
  "work.read": /*                      */ [allow, allow, allow, allow, deny],
  "events.raise": /*                   */ [allow, allow, allow, deny, deny],
  "notifications.read": /*             */ [allow, allow, allow, allow, allow],
  "clock.set": /*                      */ [allow, deny, deny, deny, deny],
  "pipeline.read": /*                  */ [allow, allow, allow, deny, allow],
  "recruiting.configure": /*           */ [allow, allow, deny, deny, deny],
  "interview.read": /*                 */ [allow, allow, allow, allow, allow],
  "interview.manage": /*               */ [allow, allow, allow, deny, deny],
  "interview.score": /*                */ [allow, allow, allow, allow, deny],
  "calibration.read": /*               */ [allow, allow, allow, deny, deny],
  "calibration.manage": /*             */ [allow, allow, deny, deny, deny],
  "email.send": /*                     */ [allow, allow, allow, deny, deny],
  "import.run": /*                     */ [allow, allow, allow, deny, deny],
  "relationship.read": /*              */ [allow, allow, allow, deny, allow],
  "relationship.write": /*             */ [allow, allow, allow, deny, deny],
  "health.read": /*                    */ [allow, allow, allow, deny, allow],
  "survey.manage": /*                  */ [allow, allow, allow, deny, deny],
  "survey.read": /*                    */ [allow, allow, allow, deny, allow],
  "survey.answer": /*                  */ [allow, allow, allow, allow, allow],
  "retro.read": /*                     */ [allow, allow, allow, deny, allow],
  "retro.manage": /*                   */ [allow, allow, allow, deny, deny],
  "calendar.manage": /*                */ [allow, allow, allow, allow, allow],
};
const roleColumns: readonly StaffRole[] = ["owner", "admin", "partner_manager", "interviewer", "viewer"];
const allActions = workspaceActions;

describe("can() for staff", () => {
  it.each(allActions)("decides %s for every staff role as DESIGN section 2 says", (action) => {
    const actual = roleColumns.map((role) => can(staff(role), action));
    expect(actual).toEqual([...staffTable[action]]);
  });

  it("never answers not_found to staff of the workspace: they may see every partner", () => {
    for (const role of roleColumns) {
      for (const action of allActions) expect(can(staff(role), action, { partner: partnerA })).not.toBe("not_found");
    }
  });
});

describe("can() for a partner manager's scope", () => {
  const managing: WorkspaceAction[] = ["partner.update", "partner.team.manage", "partner.members.invite", "partner.members.remove"];

  it.each(managing)("lets the owning manager do %s on their partner", (action) => {
    expect(can(staff("partner_manager", "manager-owner"), action, { partner: partnerA })).toBe("allow");
  });

  it.each(managing)("lets a manager on the partner's team do %s", (action) => {
    expect(can(staff("partner_manager", "manager-team"), action, { partner: partnerA })).toBe("allow");
  });

  it.each(managing)("refuses %s to a manager who neither owns the partner nor is on its team", (action) => {
    expect(can(staff("partner_manager", "manager-elsewhere"), action, { partner: partnerA })).toBe("forbidden");
  });

  it("lets any manager read a partner they do not manage, as a viewer could", () => {
    const outsider = staff("partner_manager", "manager-elsewhere");
    expect(can(outsider, "partner.read", { partner: partnerA })).toBe("allow");
    expect(can(outsider, "partner.internal.read", { partner: partnerA })).toBe("allow");
  });

  it("treats a partner without owner or team as managed by owners and admins only", () => {
    const orphan: PartnerResource = { id: "orphan", ownerUserId: null, teamUserIds: [] };
    expect(can(staff("partner_manager"), "partner.update", { partner: orphan })).toBe("forbidden");
    expect(can(staff("admin"), "partner.update", { partner: orphan })).toBe("allow");
    expect(can(staff("owner"), "partner.update", { partner: orphan })).toBe("allow");
  });

  it("does not let being on a team lift a viewer or interviewer to manager rights", () => {
    const teamed: PartnerResource = { id: A, ownerUserId: "viewer-1", teamUserIds: ["interviewer-1"] };
    expect(can(staff("viewer", "viewer-1"), "partner.update", { partner: teamed })).toBe("forbidden");
    expect(can(staff("interviewer", "interviewer-1"), "partner.update", { partner: teamed })).toBe("forbidden");
  });
});

describe("can() for partner users", () => {
  it("hides partner A from partner B's admin, whatever the action", () => {
    for (const action of allActions) expect(can(partnerUser("partner_admin", B), action, { partner: partnerA })).toBe("not_found");
  });

  it("hides partner A from partner B's member, whatever the action", () => {
    for (const action of allActions) expect(can(partnerUser("partner_member", B), action, { partner: partnerA })).toBe("not_found");
  });

  it("lets a partner admin read their own partner, see the portal and manage colleagues", () => {
    const admin = partnerUser("partner_admin", A);
    for (const action of ["workspace.read", "partner.read", "portal.read", "partner.members.invite", "partner.members.remove"] as const) {
      expect(can(admin, action, { partner: partnerA })).toBe("allow");
    }
  });

  it("lets a partner member read their own partner and portal but not manage colleagues", () => {
    const member = partnerUser("partner_member", A);
    expect(can(member, "partner.read", { partner: partnerA })).toBe("allow");
    expect(can(member, "portal.read")).toBe("allow");
    expect(can(member, "partner.members.invite", { partner: partnerA })).toBe("forbidden");
    expect(can(member, "partner.members.remove", { partner: partnerA })).toBe("forbidden");
  });

  it("keeps internal records, staff, audit and partner editing away from partner users of their own partner", () => {
    const forbiddenToPartners: WorkspaceAction[] = [
      "partner.internal.read",
      "partner.update",
      "partner.team.manage",
      "partner.create",
      "partner.list",
      "staff.read",
      "staff.manage",
      "audit.read",
      "outbox.read",
      "tokens.manage",
      "program.read",
      "program.manage",
      "journey.list",
      "journey.internal.read",
      "journey.manage",
      "work.read",
      "events.raise",
      "clock.set",
      "health.read",
      "survey.manage",
      "survey.read",
      "retro.read",
      "retro.manage",
    ];
    for (const role of ["partner_admin", "partner_member"] as const) {
      for (const action of forbiddenToPartners) expect(can(partnerUser(role, A), action, { partner: partnerA })).toBe("forbidden");
    }
  });
});

describe("can() for partner users on journeys", () => {
  it("lets both partner roles read their own journey, act on their steps and read their notifications", () => {
    for (const role of ["partner_admin", "partner_member"] as const) {
      for (const action of ["journey.read", "journey.step.act", "notifications.read"] as const) {
        expect(can(partnerUser(role, A), action, { partner: partnerA })).toBe("allow");
      }
    }
  });
});

describe("can() for partner users on the relationship", () => {
  it("lets both partner roles read and keep their own relationship, answer surveys and keep a calendar feed", () => {
    for (const role of ["partner_admin", "partner_member"] as const) {
      for (const action of ["relationship.read", "relationship.write", "survey.answer", "calendar.manage"] as const) {
        expect(can(partnerUser(role, A), action, { partner: partnerA })).toBe("allow");
      }
    }
  });
});

describe("can() for API tokens", () => {
  it("lets a partners:read token list and read partners but not create or edit them", () => {
    const token = staff("owner", "owner-1", ["partners:read"]);
    expect(can(token, "partner.list")).toBe("allow");
    expect(can(token, "partner.read", { partner: partnerA })).toBe("allow");
    expect(can(token, "partner.create")).toBe("forbidden");
    expect(can(token, "partner.update", { partner: partnerA })).toBe("forbidden");
  });

  it("lets any token read the workspace itself", () => {
    expect(can(staff("viewer", "viewer-1", ["audit:read"]), "workspace.read")).toBe("allow");
  });

  it("needs the matching scope for staff and audit", () => {
    expect(can(staff("owner", "owner-1", ["partners:read"]), "staff.read")).toBe("forbidden");
    expect(can(staff("owner", "owner-1", ["users:read"]), "staff.read")).toBe("allow");
    expect(can(staff("owner", "owner-1", ["partners:write"]), "audit.read")).toBe("forbidden");
    expect(can(staff("owner", "owner-1", ["audit:read"]), "audit.read")).toBe("allow");
  });

  it("lets an events:write token raise events but not read journeys", () => {
    const token = staff("owner", "owner-1", ["events:write"]);
    expect(can(token, "events.raise", { partner: partnerA })).toBe("allow");
    expect(can(token, "journey.read", { partner: partnerA })).toBe("forbidden");
  });

  it("never lets a token manage tokens, read the outbox, the portal, notifications or the clock, whatever its scopes", () => {
    const everything = staff("owner", "owner-1", ["partners:read", "partners:write", "users:read", "users:write", "audit:read", "journeys:read", "journeys:write", "events:write", "recruiting:read", "recruiting:write", "relationship:read", "relationship:write"]);
    expect(can(everything, "survey.answer")).toBe("forbidden");
    expect(can(everything, "calendar.manage")).toBe("forbidden");
    expect(can(everything, "notifications.read")).toBe("forbidden");
    expect(can(everything, "clock.set")).toBe("forbidden");
    expect(can(everything, "tokens.manage")).toBe("forbidden");
    expect(can(everything, "outbox.read")).toBe("forbidden");
    expect(can(everything, "portal.read")).toBe("forbidden");
  });

  it("never lets a token exceed the role of the person who created it", () => {
    expect(can(staff("viewer", "viewer-1", ["partners:write"]), "partner.create")).toBe("forbidden");
    expect(can(staff("partner_manager", "manager-1", ["audit:read"]), "audit.read")).toBe("forbidden");
    expect(can(staff("partner_manager", "manager-elsewhere", ["partners:write"]), "partner.update", { partner: partnerA })).toBe("forbidden");
    expect(can(staff("partner_manager", "manager-owner", ["partners:write"]), "partner.update", { partner: partnerA })).toBe("allow");
  });
});

describe("can() for interview panels", () => {
  const panel = { panelUserIds: ["interviewer-on-panel", "admin-on-panel"] };

  it("lets an interviewer read and score only interviews they sit on", () => {
    expect(can(staff("interviewer", "interviewer-on-panel"), "interview.read", { interview: panel })).toBe("allow");
    expect(can(staff("interviewer", "interviewer-on-panel"), "interview.score", { interview: panel })).toBe("allow");
    expect(can(staff("interviewer", "interviewer-elsewhere"), "interview.read", { interview: panel })).toBe("forbidden");
    expect(can(staff("interviewer", "interviewer-elsewhere"), "interview.score", { interview: panel })).toBe("forbidden");
  });

  it("lets readers read any interview but only panel members score, an admin included", () => {
    expect(can(staff("viewer", "viewer-1"), "interview.read", { interview: panel })).toBe("allow");
    expect(can(staff("admin", "admin-elsewhere"), "interview.score", { interview: panel })).toBe("forbidden");
    expect(can(staff("admin", "admin-on-panel"), "interview.score", { interview: panel })).toBe("allow");
  });

  it("never lets a viewer score, even if somebody put them on a panel", () => {
    expect(can(staff("viewer", "viewer-on-panel"), "interview.score", { interview: { panelUserIds: ["viewer-on-panel"] } })).toBe("forbidden");
  });

  it("shows partner users nothing of recruiting", () => {
    for (const action of ["pipeline.read", "interview.read", "interview.score", "calibration.read", "email.send", "import.run"] as const) {
      expect(can(partnerUser("partner_admin", A), action, { partner: partnerA })).toBe("forbidden");
    }
  });
});
