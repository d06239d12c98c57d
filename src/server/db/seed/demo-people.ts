import { and, eq } from "drizzle-orm";
import type { AppContext } from "../../context";
import type { Caller } from "../../plugins/route-kit";
import { partnerMembers, partners, staffMemberships, user } from "../schema";

/*
 * The demo's partners and people, found by name and email, so that each area's demo loader acts
 * through the services as the person it speaks for (its audit and timeline read true).
 */

export async function partnerNamed(ctx: AppContext, workspaceId: string, name: string): Promise<string | null> {
  const [row] = await ctx.db.select({ id: partners.id }).from(partners).where(and(eq(partners.workspaceId, workspaceId), eq(partners.name, name)));
  return row?.id ?? null;
}

/** A staff member of the owner's workspace as a caller. */
export async function staffCaller(ctx: AppContext, owner: Caller, email: string): Promise<Caller | null> {
  const [row] = await ctx.db
    .select({ userId: user.id, name: user.name, role: staffMemberships.role })
    .from(staffMemberships)
    .innerJoin(user, eq(user.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.workspaceId, owner.workspace.id), eq(user.email, email)));
  if (!row) return null;
  return { actor: { kind: "staff", userId: row.userId, workspaceId: owner.workspace.id, role: row.role }, workspace: owner.workspace, audit: { userId: row.userId, label: email }, name: row.name };
}

/** A partner user of the owner's workspace as a caller (of `partnerId` when given). */
export async function partnerCaller(ctx: AppContext, owner: Caller, email: string, partnerId?: string): Promise<Caller | null> {
  const [row] = await ctx.db
    .select({ userId: user.id, name: user.name, role: partnerMembers.role, partnerId: partnerMembers.partnerId })
    .from(partnerMembers)
    .innerJoin(user, eq(user.id, partnerMembers.userId))
    .where(and(eq(partnerMembers.workspaceId, owner.workspace.id), eq(user.email, email), partnerId ? eq(partnerMembers.partnerId, partnerId) : undefined));
  if (!row) return null;
  return {
    actor: { kind: "partner", userId: row.userId, workspaceId: owner.workspace.id, role: row.role, partnerId: row.partnerId },
    workspace: owner.workspace,
    audit: { userId: row.userId, label: email },
    name: row.name,
  };
}
