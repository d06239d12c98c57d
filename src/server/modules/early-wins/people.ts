import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { partnerMembers, partnerTeam, partners, staffMemberships, user } from "../../db/schema";
import { badRequest } from "../../errors";
import type { Caller } from "../../plugins/route-kit";

/*
 * Who may lead an early win: on the host side an active staff member of the workspace, on the
 * partner side an active user of THIS partner. A wrong id gets the same words whoever it is, so
 * the answer tells nothing about other partners' people.
 */

export interface Named {
  userId: string;
  name: string;
}

async function activeStaff(db: DbOrTx, workspaceId: string, userIds?: readonly string[]): Promise<Named[]> {
  return db
    .select({ userId: user.id, name: user.name })
    .from(staffMemberships)
    .innerJoin(user, eq(user.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.status, "active"), userIds ? inArray(staffMemberships.userId, [...userIds]) : undefined))
    .orderBy(asc(user.name));
}

async function activePartnerUsers(db: DbOrTx, workspaceId: string, partnerId: string, userIds?: readonly string[]): Promise<Named[]> {
  return db
    .select({ userId: user.id, name: user.name })
    .from(partnerMembers)
    .innerJoin(user, eq(user.id, partnerMembers.userId))
    .where(
      and(
        eq(partnerMembers.workspaceId, workspaceId),
        eq(partnerMembers.partnerId, partnerId),
        eq(partnerMembers.status, "active"),
        userIds ? inArray(partnerMembers.userId, [...userIds]) : undefined,
      ),
    )
    .orderBy(asc(user.name));
}

/** The partner's owner and team: the host people a partner user already knows. */
async function hostContacts(db: DbOrTx, workspaceId: string, partnerId: string): Promise<Named[]> {
  const [partner] = await db.select({ ownerUserId: partners.ownerUserId }).from(partners).where(eq(partners.id, partnerId));
  const team = await db.select({ userId: partnerTeam.userId }).from(partnerTeam).where(eq(partnerTeam.partnerId, partnerId));
  const ids = [...new Set([...(partner?.ownerUserId ? [partner.ownerUserId] : []), ...team.map((row) => row.userId)])];
  return ids.length === 0 ? [] : activeStaff(db, workspaceId, ids);
}

/** People a caller may pick as leads: staff see every active colleague; a partner user sees its host contacts. */
export async function leadCandidates(db: DbOrTx, caller: Caller, partnerId: string): Promise<{ host: Named[]; partner: Named[] }> {
  const host = caller.actor.kind === "partner" ? await hostContacts(db, caller.workspace.id, partnerId) : await activeStaff(db, caller.workspace.id);
  return { host, partner: await activePartnerUsers(db, caller.workspace.id, partnerId) };
}

/** Checks the leads named in a request; 400 per field for anyone who is not on that side. */
export async function checkLeads(db: DbOrTx, workspaceId: string, partnerId: string, leads: { hostLeadUserId?: string; partnerLeadUserId?: string }): Promise<void> {
  const problems: { path: string; message: string }[] = [];
  if (leads.hostLeadUserId !== undefined && (await activeStaff(db, workspaceId, [leads.hostLeadUserId])).length === 0) {
    problems.push({ path: "body.hostLeadUserId", message: "the host lead must be an active staff member of this workspace" });
  }
  if (leads.partnerLeadUserId !== undefined && (await activePartnerUsers(db, workspaceId, partnerId, [leads.partnerLeadUserId])).length === 0) {
    problems.push({ path: "body.partnerLeadUserId", message: "the partner lead must be an active user of this partner" });
  }
  if (problems.length > 0) throw badRequest(`Pick a lead on each side: ${problems.map((p) => p.message).join("; ")}.`, problems);
}

/** Staff on the partner's team and its owner: the host team an announcement goes to. */
export async function hostTeamOf(db: DbOrTx, workspaceId: string, partnerId: string): Promise<string[]> {
  return (await hostContacts(db, workspaceId, partnerId)).map((person) => person.userId);
}

export async function partnerUsersOf(db: DbOrTx, workspaceId: string, partnerId: string): Promise<string[]> {
  return (await activePartnerUsers(db, workspaceId, partnerId)).map((person) => person.userId);
}
