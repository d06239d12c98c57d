import { inArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { escalations } from "../../db/schema";
import type { Notice } from "../notifications/deliver";
import type { ClaimedRelationshipTimer } from "../relationship-timers/schedule";
import { recipientBook, relationshipLink } from "../relationship-timers/recipients";

/*
 * The resolution-meeting timers of an escalation (R-F5): 24 hours after it was raised the
 * partner's owning manager and the person who raised it are reminded that the meeting is due
 * within 48 hours; at 48 hours without a meeting it is escalated. A meeting held or the
 * escalation resolved meanwhile silences both.
 */
export async function resolutionTimerNotices(tx: Tx, timers: readonly ClaimedRelationshipTimer[]): Promise<Notice[]> {
  const rows = await tx
    .select()
    .from(escalations)
    .where(inArray(escalations.id, timers.map((timer) => timer.subjectId)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const book = await recipientBook(tx, rows);
  const notices: Notice[] = [];
  for (const timer of timers) {
    const escalation = byId.get(timer.subjectId);
    if (!escalation || escalation.meetingHeldAt || escalation.resolvedAt) continue;
    const partner = book.partner(escalation.partnerId);
    if (!partner) continue;
    const late = timer.kind === "resolution.escalation";
    const userIds = late
      ? book.escalationRecipients(partner, null)
      : [...new Set([partner.ownerUserId, escalation.raisedBy].filter((userId) => userId !== null))];
    for (const userId of userIds) {
      notices.push({
        workspaceId: escalation.workspaceId,
        userId,
        kind: timer.kind,
        title: late ? `No resolution meeting after 48 hours: ${escalation.title}` : `Resolution meeting due within a day: ${escalation.title}`,
        body: late
          ? `"${escalation.title}" was raised with ${partner.partnerName} 48 hours ago and no resolution meeting has been held. Meet now: each side tells what happened, then agree what changes.`
          : `"${escalation.title}" was raised with ${partner.partnerName} a day ago. The resolution meeting is due within 48 hours of that; schedule it if it is not in the calendar yet.`,
        link: relationshipLink(partner.workspaceSlug, escalation.partnerId, book.audience(escalation.partnerId, userId), `escalation-${escalation.id}`),
        dedupeKey: `${timer.kind}:${escalation.id}`,
        email: true,
        partnerId: escalation.partnerId,
      });
    }
  }
  return notices;
}
