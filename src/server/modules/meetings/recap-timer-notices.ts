import { inArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { partnerMeetings } from "../../db/schema";
import type { Notice } from "../notifications/deliver";
import type { ClaimedRelationshipTimer } from "../relationship-timers/schedule";
import { meetingLink, recipientBook } from "../relationship-timers/recipients";

/*
 * The recap timers of meetings (R-F1): at 24 hours the recap owner is reminded; at 48 hours the
 * partner's owning manager (or the workspace's owners and admins) hears that it is still missing.
 * A recap sent or a meeting cancelled meanwhile silences both.
 */
export async function recapTimerNotices(tx: Tx, timers: readonly ClaimedRelationshipTimer[]): Promise<Notice[]> {
  const meetings = await tx
    .select()
    .from(partnerMeetings)
    .where(inArray(partnerMeetings.id, timers.map((timer) => timer.subjectId)));
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const book = await recipientBook(tx, meetings);
  const notices: Notice[] = [];
  for (const timer of timers) {
    const meeting = byId.get(timer.subjectId);
    if (!meeting || meeting.recapSentAt || meeting.cancelledAt) continue;
    const partner = book.partner(meeting.partnerId);
    if (!partner) continue;
    const owner = meeting.recapOwnerUserId ?? meeting.organizerUserId;
    const escalation = timer.kind === "recap.escalation";
    const userIds = escalation ? book.escalationRecipients(partner, owner) : owner ? [owner] : [];
    for (const userId of userIds) {
      notices.push({
        workspaceId: meeting.workspaceId,
        userId,
        kind: timer.kind,
        title: escalation ? `Recap still missing: ${meeting.title} (${partner.partnerName})` : `Recap due: ${meeting.title}`,
        body: escalation
          ? `The recap of "${meeting.title}" with ${partner.partnerName} was due 24 hours after the meeting and has still not gone out. Both sides are waiting for the notes, decisions and action items.`
          : `"${meeting.title}" with ${partner.partnerName} ended a day ago. Send the recap now: notes, decisions and who does what by when.`,
        link: meetingLink(partner.workspaceSlug, meeting.partnerId, meeting.id, book.audience(meeting.partnerId, userId)),
        dedupeKey: `${timer.kind}:${meeting.id}`,
        email: true,
        partnerId: meeting.partnerId,
      });
    }
  }
  return notices;
}
