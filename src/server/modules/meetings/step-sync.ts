import { eq } from "drizzle-orm";
import type { ScheduledMeeting } from "../../../domain/meetings/schemas";
import { startingAgenda, type MeetingType } from "../../../domain/trust/agenda-guides";
import type { DbOrTx } from "../../db/client";
import { partnerMeetings } from "../../db/schema";
import { insertPartnerMeeting, planRecapTimers } from "./insert";

/*
 * A journey meeting step, once scheduled, is also a partner meeting (`stepId` unique), so every
 * meeting shows in one list and gets notes, action items and a recap. The step stays the place
 * where its time is changed; this mirrors each (re)schedule into the meeting in the same
 * transaction, keeping the invitation's SEQUENCE equal on both.
 */
export async function syncStepPartnerMeeting(
  tx: DbOrTx,
  step: { id: string; workspaceId: string; partnerId: string; title: string; meetingType: MeetingType; agenda: readonly string[] },
  meeting: ScheduledMeeting,
  createdBy: string,
  now: Date,
): Promise<void> {
  const startsAt = new Date(meeting.startsAt);
  const endsAt = new Date(meeting.endsAt);
  const attendeeUserIds = meeting.attendees.map((person) => person.userId);
  const [existing] = await tx.select().from(partnerMeetings).where(eq(partnerMeetings.stepId, step.id)).for("update");
  if (!existing) {
    const { id } = await insertPartnerMeeting(tx, {
      workspaceId: step.workspaceId,
      partnerId: step.partnerId,
      kind: step.meetingType,
      title: step.title,
      startsAt,
      durationMinutes: meeting.durationMinutes,
      location: meeting.location,
      agenda: step.agenda.length > 0 ? step.agenda : startingAgenda(step.meetingType),
      organizerUserId: meeting.organizer.userId,
      attendeeUserIds,
      stepId: step.id,
      createdBy,
      now,
    });
    if (meeting.sequence > 0) await tx.update(partnerMeetings).set({ sequence: meeting.sequence }).where(eq(partnerMeetings.id, id));
    return;
  }
  const [updated] = await tx
    .update(partnerMeetings)
    .set({ title: step.title, startsAt, endsAt, location: meeting.location, attendeeUserIds, sequence: meeting.sequence, cancelledAt: null, version: existing.version + 1 })
    .where(eq(partnerMeetings.id, existing.id))
    .returning();
  if (updated) await planRecapTimers(tx, updated);
}
