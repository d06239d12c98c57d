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

/** The active owners and admins of each workspace: who hears an escalation when nobody else is accountable. */
async function workspaceLeads(db: DbOrTx, workspaceIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ workspaceId: staffMemberships.workspaceId, userId: staffMemberships.userId })
    .from(staffMemberships)
    .where(and(inArray(staffMemberships.workspaceId, [...workspaceIds]), eq(staffMemberships.status, "active"), inArray(staffMemberships.role, ["owner", "admin"])));
  const leads = new Map<string, string[]>();
  for (const row of rows) leads.set(row.workspaceId, [...(leads.get(row.workspaceId) ?? []), row.userId]);
  return leads;
}

function escalateTo(partner: PartnerContext, leads: readonly string[], accountable: string | null): string[] {
  if (partner.ownerUserId && partner.ownerUserId !== accountable) return [partner.ownerUserId];
  return leads.filter((userId) => userId !== accountable);
}

/** The people to escalate to when `accountable` let something slip. */
export async function escalationRecipients(db: DbOrTx, partner: PartnerContext, accountable: string | null): Promise<string[]> {
  // When the owning manager is the one to tell, the leads are not needed (and not read).
  const ownerAnswers = partner.ownerUserId !== null && partner.ownerUserId !== accountable;
  const leads = ownerAnswers ? [] : ((await workspaceLeads(db, [partner.workspaceId])).get(partner.workspaceId) ?? []);
  return escalateTo(partner, leads, accountable);
}

/** Who to tell and where their links go, for a whole batch of timers. */
export interface RecipientBook {
  partner(partnerId: string): PartnerContext | undefined;
  escalationRecipients(partner: PartnerContext, accountable: string | null): string[];
  audience(partnerId: string, userId: string): Audience;
}

/**
 * Loads what a sweep batch needs to address its notices in three statements, whatever the number
 * of timers: the partners with their workspaces, the workspaces' owners and admins, and the
 * partners' active users (who open links in the portal).
 */
export async function recipientBook(db: DbOrTx, subjects: readonly { workspaceId: string; partnerId: string }[]): Promise<RecipientBook> {
  const partnerIds = [...new Set(subjects.map((subject) => subject.partnerId))];
  const workspaceIds = [...new Set(subjects.map((subject) => subject.workspaceId))];
  if (partnerIds.length === 0) return { partner: () => undefined, escalationRecipients: () => [], audience: () => "staff" };
  const rows = await db
    .select({ workspaceId: partners.workspaceId, partnerId: partners.id, workspaceSlug: workspaces.slug, partnerName: partners.name, ownerUserId: partners.ownerUserId })
    .from(partners)
    .innerJoin(workspaces, eq(workspaces.id, partners.workspaceId))
    .where(inArray(partners.id, partnerIds));
  const byPartner = new Map(rows.map((row) => [row.partnerId, row]));
  const leads = await workspaceLeads(db, workspaceIds);
  const members = await db
    .select({ partnerId: partnerMembers.partnerId, userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(and(inArray(partnerMembers.partnerId, partnerIds), eq(partnerMembers.status, "active")));
  const inPortal = new Set(members.map((member) => `${member.partnerId}\n${member.userId}`));
  return {
    partner: (partnerId) => byPartner.get(partnerId),
    escalationRecipients: (partner, accountable) => escalateTo(partner, leads.get(partner.workspaceId) ?? [], accountable),
    audience: (partnerId, userId) => (inPortal.has(`${partnerId}\n${userId}`) ? "partner" : "staff"),
  };
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
