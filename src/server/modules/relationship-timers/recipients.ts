import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { partnerMembers, partners, staffMemberships, workspaces } from "../../db/schema";
import type { Audience } from "../notifications/links";

/*
 * Who hears of a relationship timer, and the link each opens. Reminders go to the person who
 * owes the work; escalations to the partner's owning manager, or, when that is the same person
 * (or nobody), to the workspace's owners and admins.
 */

export interface PartnerContext {
  workspaceId: string;
  workspaceSlug: string;
  partnerId: string;
  partnerName: string;
  ownerUserId: string | null;
}

export async function partnerContext(db: DbOrTx, workspaceId: string, partnerId: string): Promise<PartnerContext | null> {
  const [row] = await db
    .select({ workspaceSlug: workspaces.slug, partnerName: partners.name, ownerUserId: partners.ownerUserId })
    .from(partners)
    .innerJoin(workspaces, eq(workspaces.id, partners.workspaceId))
    .where(and(eq(partners.workspaceId, workspaceId), eq(partners.id, partnerId)));
  return row ? { workspaceId, partnerId, ...row } : null;
}

/** The people to escalate to when `accountable` let something slip. */
export async function escalationRecipients(db: DbOrTx, partner: PartnerContext, accountable: string | null): Promise<string[]> {
  if (partner.ownerUserId && partner.ownerUserId !== accountable) return [partner.ownerUserId];
  const leads = await db
    .select({ userId: staffMemberships.userId })
    .from(staffMemberships)
    .where(and(eq(staffMemberships.workspaceId, partner.workspaceId), eq(staffMemberships.status, "active"), inArray(staffMemberships.role, ["owner", "admin"])));
  return leads.map((lead) => lead.userId).filter((userId) => userId !== accountable);
}

/** Which half of the app each person uses for this partner (active partner users → portal). */
export async function audiencesOf(db: DbOrTx, partner: Pick<PartnerContext, "workspaceId" | "partnerId">, userIds: readonly string[]): Promise<Map<string, Audience>> {
  if (userIds.length === 0) return new Map();
  const partnerUsers = await db
    .select({ userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, partner.workspaceId), eq(partnerMembers.partnerId, partner.partnerId), eq(partnerMembers.status, "active"), inArray(partnerMembers.userId, [...userIds])));
  const inPortal = new Set(partnerUsers.map((row) => row.userId));
  return new Map(userIds.map((userId) => [userId, inPortal.has(userId) ? "partner" : "staff"]));
}

/** The app path of the partner's meetings (one meeting opened when `meetingId` is given). */
export function meetingLink(workspaceSlug: string, partnerId: string, meetingId: string, audience: Audience): string {
  const ws = encodeURIComponent(workspaceSlug);
  const meeting = encodeURIComponent(meetingId);
  return audience === "staff" ? `/w/${ws}/partners/${encodeURIComponent(partnerId)}?tab=meetings&meeting=${meeting}` : `/w/${ws}/portal/meetings?meeting=${meeting}`;
}

/** The app path of the partner's relationship page, where escalations, alignment and reviews live. */
export function relationshipLink(workspaceSlug: string, partnerId: string, audience: Audience, anchor?: string): string {
  const ws = encodeURIComponent(workspaceSlug);
  const hash = anchor ? `#${encodeURIComponent(anchor)}` : "";
  return audience === "staff" ? `/w/${ws}/partners/${encodeURIComponent(partnerId)}?tab=relationship${hash}` : `/w/${ws}/portal/relationship${hash}`;
}
