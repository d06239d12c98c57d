import { and, eq } from "drizzle-orm";
import type { Side } from "../../../domain/trust/side";
import type { AppContext } from "../../context";
import type { DbOrTx, Tx } from "../../db/client";
import { partnerMembers } from "../../db/schema";
import type { Audience } from "../notifications/links";
import { notify } from "../notifications/service";
import { audiencesOf, escalationRecipients, meetingLink, partnerContext, relationshipLink, type PartnerContext } from "../relationship-timers/recipients";

/*
 * Who hears of an escalation as it moves: raising one tells the other side and the partner's
 * owner; the other side's first answer tells the person who raised it; a resolution meeting tells
 * its attendees. Each person gets the link of their own half of the app (staff page or portal).
 */

export interface EscalationNews {
  escalationId: string;
  partnerId: string;
  /** What happened, e.g. `escalation.raised`. */
  kind: string;
  title: string;
  body: string;
  /** Unique per escalation and event, so a retry never notifies twice. */
  dedupeKey: string;
  /** The meeting the news is about; without one the link opens the escalation itself. */
  meetingId?: string;
}

async function activePartnerUsers(db: DbOrTx, workspaceId: string, partnerId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, workspaceId), eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, "active")));
  return rows.map((row) => row.userId);
}

/** The people of one side who answer for this relationship. */
export async function peopleOfSide(db: DbOrTx, partner: PartnerContext, side: Side, teamUserIds: readonly string[]): Promise<string[]> {
  if (side === "partner") return activePartnerUsers(db, partner.workspaceId, partner.partnerId);
  const leads = await escalationRecipients(db, partner, null);
  return [...new Set([...leads, ...teamUserIds])];
}

/** Bell and email for each person but the caller, with the link of their half of the app. */
export async function tellAboutEscalation(tx: Tx, ctx: AppContext, workspaceId: string, callerUserId: string, userIds: readonly string[], news: EscalationNews): Promise<void> {
  const recipients = [...new Set(userIds)].filter((userId) => userId !== callerUserId);
  if (recipients.length === 0) return;
  const partner = await partnerContext(tx, workspaceId, news.partnerId);
  if (!partner) return;
  const audiences = await audiencesOf(tx, partner, recipients);
  const byAudience = new Map<Audience, string[]>();
  for (const userId of recipients) {
    const audience = audiences.get(userId) ?? "staff";
    byAudience.set(audience, [...(byAudience.get(audience) ?? []), userId]);
  }
  for (const [audience, group] of byAudience) {
    const link = news.meetingId
      ? meetingLink(partner.workspaceSlug, news.partnerId, news.meetingId, audience)
      : relationshipLink(partner.workspaceSlug, news.partnerId, audience, `escalation-${news.escalationId}`);
    await notify(tx, ctx.clock, {
      workspaceId,
      userIds: group,
      kind: news.kind,
      title: news.title,
      body: news.body,
      link,
      dedupeKey: news.dedupeKey,
      partnerId: news.partnerId,
      email: true,
      publicUrl: ctx.config.publicUrl,
    });
  }
}
