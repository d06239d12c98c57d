import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { OwnerRole } from "../../../domain/journeys/template/owner";
import type { DbOrTx } from "../../db/client";
import { partnerMembers, staffMemberships } from "../../db/schema";

/** Who fills each owner role for one partner: resolved once when a journey starts. */
export type RoleHolders = Record<OwnerRole, string | null>;

/**
 * `host:manager` is the partner's owning manager; `host:admin`/`host:owner` the longest-standing
 * active admin/owner of the workspace; `partner:admin`/`partner:member` the partner's
 * longest-standing active admin/member (a member role falls back to the admin). An unfilled role
 * leaves the step unassigned: the journey page shows it and a manager can reassign.
 */
export async function roleHolders(db: DbOrTx, workspaceId: string, partner: { id: string; ownerUserId: string | null }): Promise<RoleHolders> {
  const [staff, members] = await Promise.all([
    db
      .select({ userId: staffMemberships.userId, role: staffMemberships.role })
      .from(staffMemberships)
      .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.status, "active"), inArray(staffMemberships.role, ["owner", "admin"])))
      .orderBy(asc(staffMemberships.createdAt), asc(staffMemberships.userId)),
    db
      .select({ userId: partnerMembers.userId, role: partnerMembers.role })
      .from(partnerMembers)
      .where(and(eq(partnerMembers.workspaceId, workspaceId), eq(partnerMembers.partnerId, partner.id), eq(partnerMembers.status, "active")))
      .orderBy(asc(partnerMembers.createdAt), asc(partnerMembers.userId)),
  ]);
  const firstOwner = staff.find((row) => row.role === "owner")?.userId ?? null;
  const partnerAdmin = members.find((row) => row.role === "partner_admin")?.userId ?? null;
  return {
    "host:manager": partner.ownerUserId,
    "host:admin": staff.find((row) => row.role === "admin")?.userId ?? firstOwner,
    "host:owner": firstOwner,
    "partner:admin": partnerAdmin,
    "partner:member": members.find((row) => row.role === "partner_member")?.userId ?? partnerAdmin,
  };
}

/** Whether a person may own a step of this partner's journey: active staff who may act (not a viewer), or an active user of this partner. */
export async function isAssignable(db: DbOrTx, workspaceId: string, partnerId: string, userId: string, side: "host" | "partner"): Promise<boolean> {
  if (side === "host") {
    const [row] = await db
      .select({ userId: staffMemberships.userId })
      .from(staffMemberships)
      .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.userId, userId), eq(staffMemberships.status, "active"), ne(staffMemberships.role, "viewer")));
    return row !== undefined;
  }
  const [row] = await db
    .select({ userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, workspaceId), eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, userId), eq(partnerMembers.status, "active")));
  return row !== undefined;
}
