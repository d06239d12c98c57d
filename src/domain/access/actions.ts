import type { TokenScope } from "./roles";

/**
 * Every route declares one of these. "public" needs nobody, "session" needs a signed-in person
 * (any workspace); the rest are decided by `can()` against a workspace.
 */
export const actions = {
  "workspace.read": "any",
  "staff.read": "users:read",
  "staff.manage": "users:write",
  "partner.list": "partners:read",
  "partner.read": "partners:read",
  "partner.internal.read": "partners:read",
  "partner.create": "partners:write",
  "partner.update": "partners:write",
  "partner.team.manage": "partners:write",
  "partner.members.invite": "partners:write",
  "partner.members.remove": "partners:write",
  "audit.read": "audit:read",
  "outbox.read": null,
  "tokens.manage": null,
  "portal.read": null,
  // The journey engine (issue 4).
  "program.read": "journeys:read",
  "program.manage": "journeys:write",
  "journey.read": "journeys:read",
  "journey.internal.read": "journeys:read",
  "journey.manage": "journeys:write",
  "journey.step.act": "journeys:write",
  "journey.list": "journeys:read",
  "work.read": "journeys:read",
  "events.raise": "events:write",
  "notifications.read": null,
  "clock.set": null,
  // Recruitment and vetting (issue 5).
  "pipeline.read": "recruiting:read",
  "recruiting.configure": "recruiting:write",
  "interview.read": "recruiting:read",
  "interview.manage": "recruiting:write",
  "interview.score": "recruiting:write",
  "calibration.read": "recruiting:read",
  "calibration.manage": "recruiting:write",
  "email.send": "recruiting:write",
  "import.run": "partners:write",
  // Meetings, trust moments and relationship health (issue 6).
  "relationship.read": "relationship:read",
  "relationship.write": "relationship:write",
  "health.read": "relationship:read",
  "survey.manage": "relationship:write",
  "survey.read": "relationship:read",
  "survey.answer": null,
  "retro.read": "journeys:read",
  "retro.manage": "journeys:write",
  "calendar.manage": null,
} as const satisfies Record<string, TokenScope | "any" | null>;

export type WorkspaceAction = keyof typeof actions;
export type RouteAction = WorkspaceAction | "public" | "session";

export const workspaceActions = Object.keys(actions) as WorkspaceAction[];

export function isWorkspaceAction(value: string): value is WorkspaceAction {
  return Object.hasOwn(actions, value);
}

/** The token scope an action needs: "any" scope will do, or null when tokens may never perform it. */
export function scopeFor(action: WorkspaceAction): TokenScope | "any" | null {
  return actions[action];
}
