import { and, eq, isNull } from "drizzle-orm";
import type { AppContext } from "../../context";
import { newId } from "../../ids";
import { schedulePartnerMeeting } from "../../modules/meetings/partner-service";
import { sendMeetingRecap } from "../../modules/meetings/recap";
import { recordPartnerMeeting } from "../../modules/meetings/record";
import type { Caller } from "../../plugins/route-kit";
import { partnerMeetings } from "../schema";
import { partnerCaller, partnerNamed, staffCaller } from "./demo-people";

/*
 * Demo meetings (R-F1), written through the services: at Brightpath the alignment conversation of
 * last week (recorded, with an action item Priya owns on the journey, recap sent), yesterday's
 * check-in whose recap is still due, and a workshop next week; at Harborstone the coming quarterly
 * review. Skipped for a partner that already has meetings besides those of journey steps.
 */

const DAY_MS = 24 * 3_600_000;

/** Meetings of journey steps (the demo journeys schedule some) do not count: only those loaded here. */
async function hasMeetings(ctx: AppContext, partnerId: string) {
  const [row] = await ctx.db
    .select({ id: partnerMeetings.id })
    .from(partnerMeetings)
    .where(and(eq(partnerMeetings.partnerId, partnerId), isNull(partnerMeetings.stepId)))
    .limit(1);
  return row !== undefined;
}

/** A whole hour `days` from now, so the demo's times read naturally. */
function atHour(now: Date, days: number, hourUtc: number) {
  const day = new Date(now.getTime() + days * DAY_MS);
  day.setUTCHours(hourUtc, 0, 0, 0);
  return day.toISOString();
}

async function brightpathMeetings(ctx: AppContext, owner: Caller, partnerId: string) {
  const maya = (await staffCaller(ctx, owner, "maya@northwind.example"))?.actor.userId ?? null;
  const priya = (await partnerCaller(ctx, owner, "priya@brightpath.example", partnerId))?.actor.userId ?? null;
  if (!maya || !priya) return;
  const now = ctx.clock.now();
  const attendees = [maya, priya];

  const alignment = await schedulePartnerMeeting(ctx, owner, partnerId, { kind: "alignment", title: "Alignment conversation", startsAt: atHour(now, -6, 9), durationMinutes: 60, location: "Video call", attendeeUserIds: attendees });
  const recorded = await recordPartnerMeeting(ctx, owner, { partnerId, meetingId: alignment.id }, {
    version: alignment.version,
    held: true,
    notes: "Brightpath wants its first three customer projects live this quarter and worries about slow answers from our support. Success in six months: ten certified consultants and a shared pipeline review every month.",
    internalNotes: "Priya hinted that a competitor offered them a higher margin; keep an eye on the tier discussion.",
    decisions: ["Weekly check-ins on Tuesdays at 10:00 CET", "Support questions go to the shared channel, answered within one working day"],
    actionItems: [
      { id: newId(), title: "Share the list of consultants for the first certification", owner: { side: "partner", userId: priya }, dueAt: atHour(now, 4, 16) },
      { id: newId(), title: "Set up the shared support channel", owner: { side: "host", userId: maya }, dueAt: atHour(now, 2, 16) },
    ],
  });
  await sendMeetingRecap(ctx, owner, { partnerId, meetingId: alignment.id }, recorded.meeting.version);

  const checkIn = await schedulePartnerMeeting(ctx, owner, partnerId, { kind: "check_in", title: "Weekly check-in", startsAt: atHour(now, -1, 9), durationMinutes: 30, location: "Video call", attendeeUserIds: attendees });
  await recordPartnerMeeting(ctx, owner, { partnerId, meetingId: checkIn.id }, {
    version: checkIn.version,
    held: true,
    notes: "Sandbox access works now. The first customer project is scoped; the statement of work is with Brightpath's legal team.",
    decisions: ["Start the first project on the Monday after the contract is signed"],
    actionItems: [],
  });

  await schedulePartnerMeeting(ctx, owner, partnerId, { kind: "workshop", title: "Hands-on workshop: quoting and ordering", startsAt: atHour(now, 7, 13), durationMinutes: 120, location: "Brightpath office, Rotterdam", attendeeUserIds: attendees });
}

async function harborstoneMeetings(ctx: AppContext, owner: Caller, partnerId: string) {
  const sven = (await partnerCaller(ctx, owner, "sven@harborstone.example", partnerId))?.actor.userId ?? null;
  const maya = (await staffCaller(ctx, owner, "maya@northwind.example"))?.actor.userId ?? null;
  if (!sven) return;
  await schedulePartnerMeeting(ctx, owner, partnerId, {
    kind: "quarterly_review",
    title: "Quarterly review",
    startsAt: atHour(ctx.clock.now(), 10, 14),
    durationMinutes: 90,
    location: "Video call",
    attendeeUserIds: maya ? [maya, sven] : [sven],
  });
}

export async function loadDemoMeetings(ctx: AppContext, owner: Caller): Promise<void> {
  const brightpath = await partnerNamed(ctx, owner.workspace.id, "Brightpath Consulting");
  if (brightpath && !(await hasMeetings(ctx, brightpath))) await brightpathMeetings(ctx, owner, brightpath);
  const harborstone = await partnerNamed(ctx, owner.workspace.id, "Harborstone Services");
  if (harborstone && !(await hasMeetings(ctx, harborstone))) await harborstoneMeetings(ctx, owner, harborstone);
}
