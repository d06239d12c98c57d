import type { MeetingType } from "../../../domain/trust/agenda-guides";
import { recapTimers } from "../../../domain/trust/recap";
import type { DbOrTx } from "../../db/client";
import { partnerMeetings } from "../../db/schema";
import { newId } from "../../ids";
import { replaceRelationshipTimers } from "../relationship-timers/schedule";

/*
 * The one way a partner meeting row comes to be, whoever schedules it: the meetings tab, a
 * journey meeting step, an early win's weekly check-in, an escalation's resolution meeting. The
 * recap timers (reminder 24 h after the end, escalation 24 h later) are planned with it.
 */

export interface NewPartnerMeeting {
  workspaceId: string;
  partnerId: string;
  kind: MeetingType;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  agenda: readonly string[];
  organizerUserId: string | null;
  attendeeUserIds: readonly string[];
  /** Who owes the recap; the organizer when not given. */
  recapOwnerUserId?: string | null;
  stepId?: string | null;
  earlyWinId?: string | null;
  escalationId?: string | null;
  createdBy: string | null;
  now: Date;
}

export async function insertPartnerMeeting(tx: DbOrTx, meeting: NewPartnerMeeting): Promise<{ id: string; endsAt: Date }> {
  const id = newId();
  const endsAt = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
  await tx.insert(partnerMeetings).values({
    id,
    workspaceId: meeting.workspaceId,
    partnerId: meeting.partnerId,
    kind: meeting.kind,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt,
    location: meeting.location,
    agenda: [...meeting.agenda],
    organizerUserId: meeting.organizerUserId,
    attendeeUserIds: [...meeting.attendeeUserIds],
    recapOwnerUserId: meeting.recapOwnerUserId ?? meeting.organizerUserId,
    stepId: meeting.stepId ?? null,
    earlyWinId: meeting.earlyWinId ?? null,
    escalationId: meeting.escalationId ?? null,
    createdBy: meeting.createdBy,
    createdAt: meeting.now,
  });
  await planRecapTimers(tx, { id, workspaceId: meeting.workspaceId, partnerId: meeting.partnerId, endsAt, recapSentAt: null });
  return { id, endsAt };
}

/** (Re)plans the recap timers of a meeting after it was scheduled, moved, recapped or cancelled. */
export async function planRecapTimers(
  tx: DbOrTx,
  meeting: { id: string; workspaceId: string; partnerId: string; endsAt: Date; recapSentAt: Date | null; cancelled?: boolean },
): Promise<void> {
  const subject = { workspaceId: meeting.workspaceId, partnerId: meeting.partnerId, subjectType: "meeting" as const, subjectId: meeting.id };
  await replaceRelationshipTimers(tx, subject, meeting.cancelled ? [] : recapTimers(meeting));
}
