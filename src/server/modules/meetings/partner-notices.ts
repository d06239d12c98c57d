import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import type { Caller } from "../../plugins/route-kit";
import { notify } from "../notifications/service";
import { audiencesOf, meetingLink } from "../relationship-timers/recipients";
import { attendeeIdsOf, type MeetingRow } from "./partner-view";

type Change = "scheduled" | "rescheduled" | "cancelled";

const headline: Record<Change, string> = { scheduled: "Meeting scheduled", rescheduled: "Meeting changed", cancelled: "Meeting cancelled" };

/**
 * Every attendee but the person who made the change hears of it once per version of the event
 * (its SEQUENCE), by bell and email, with the link of their side of the app.
 */
export async function notifyMeetingAttendees(tx: DbOrTx, ctx: AppContext, caller: Caller, row: MeetingRow, change: Change): Promise<void> {
  const others = attendeeIdsOf(row).filter((id) => id !== caller.actor.userId);
  if (others.length === 0) return;
  const audiences = await audiencesOf(tx, { workspaceId: row.workspaceId, partnerId: row.partnerId }, others);
  const when = `${row.startsAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const body =
    change === "cancelled"
      ? `${caller.name} cancelled "${row.title}" (${when}).`
      : `${caller.name} ${change === "scheduled" ? "scheduled" : "moved"} "${row.title}" to ${when}${row.location ? ` (${row.location})` : ""}. The invitation (.ics) and the agenda are on the meeting.`;
  for (const audience of ["staff", "partner"] as const) {
    await notify(tx, ctx.clock, {
      workspaceId: row.workspaceId,
      userIds: others.filter((id) => (audiences.get(id) ?? "staff") === audience),
      kind: `meeting.${change}`,
      title: `${headline[change]}: ${row.title}`,
      body,
      link: meetingLink(caller.workspace.slug, row.partnerId, row.id, audience),
      dedupeKey: `partner-meeting:${row.id}:${row.sequence}`,
      partnerId: row.partnerId,
      email: true,
      publicUrl: ctx.config.publicUrl,
    });
  }
}
