import { z } from "zod";

/** Base roles of a staff member of the host workspace (DESIGN section 2). */
export const staffRoles = ["owner", "admin", "partner_manager", "interviewer", "viewer"] as const;
export const StaffRole = z.enum(staffRoles);
export type StaffRole = z.infer<typeof StaffRole>;

/** Roles of a person inside a partner organisation. */
export const partnerRoles = ["partner_admin", "partner_member"] as const;
export const PartnerRole = z.enum(partnerRoles);
export type PartnerRole = z.infer<typeof PartnerRole>;

/** Who is asking: resolved once per request from the session or API token. */
export type Actor =
  | { kind: "staff"; userId: string; workspaceId: string; role: StaffRole; scopes?: readonly TokenScope[] }
  | { kind: "partner"; userId: string; workspaceId: string; role: PartnerRole; partnerId: string };

/** Scopes an API token can carry; a token never exceeds its creator's role. */
export const tokenScopes = ["partners:read", "partners:write", "users:read", "users:write", "audit:read", "journeys:read", "journeys:write", "events:write", "recruiting:read", "recruiting:write", "relationship:read", "relationship:write"] as const;
export const TokenScope = z.enum(tokenScopes);
export type TokenScope = z.infer<typeof TokenScope>;

/** The scopes of a stored token that this version still knows; a retired scope grants nothing. */
export function knownScopes(stored: readonly string[]): TokenScope[] {
  return stored.filter((scope): scope is TokenScope => TokenScope.safeParse(scope).success);
}

/** Only an owner may grant or take away the owner role. */
export function canAssignRole(assigner: StaffRole, role: StaffRole, currentRole?: StaffRole): boolean {
  if (assigner === "owner") return true;
  if (assigner !== "admin") return false;
  return role !== "owner" && currentRole !== "owner";
}
