import { agendaGuideFor } from "../../../domain/trust/agenda-guides";
import type { AppContext } from "../../context";
import type { Caller } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";
import { meetingLink } from "../relationship-timers/recipients";
import { meetingCalendar } from "./ics";
import { meetingDetail, meetingRowOf, withInternalNotes } from "./partner-view";

/**
 * The invitation of a partner meeting. A meeting of a journey step keeps the step's UID, so the
 * step's download and this one are the same event in a calendar; the agenda goes in the
 * description with the kind's purpose, and the link opens the meeting on the reader's side.
 */
export async function partnerMeetingCalendar(ctx: AppContext, caller: Caller, ids: { partnerId: string; meetingId: string }): Promise<{ fileName: string; body: string }> {
  await authorizePartner(ctx.db, caller, ids.partnerId, "relationship.read");
  const row = await meetingRowOf(ctx.db, caller, ids.partnerId, ids.meetingId);
  const meeting = await meetingDetail(ctx.db, row, withInternalNotes(caller), ctx.clock.now());
  const audience = caller.actor.kind === "partner" ? "partner" : "staff";
  const body = meetingCalendar({
    uid: row.stepId ?? row.id,
    title: meeting.title,
    description: agendaGuideFor(meeting.kind).purpose,
    agenda: meeting.agenda,
    url: `${ctx.config.publicUrl}${meetingLink(caller.workspace.slug, ids.partnerId, row.id, audience)}`,
    host: new URL(ctx.config.publicUrl).hostname,
    meeting: {
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      location: meeting.location,
      organizer: meeting.organizer,
      attendees: meeting.attendees,
      sequence: meeting.sequence,
      scheduledAt: ctx.clock.now().toISOString(),
      cancelled: meeting.cancelledAt !== null,
    },
  });
  const slug = meeting.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "meeting";
  return { fileName: `${slug}.ics`, body };
}
