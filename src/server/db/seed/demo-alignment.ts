import { eq } from "drizzle-orm";
import type { AppContext } from "../../context";
import { alignmentRecords } from "../schema";
import { editAlignment } from "../../modules/alignment/alignment-record";
import { answerPreferences } from "../../modules/alignment/preferences";
import { scheduleCheckIns } from "../../modules/early-wins/check-ins";
import { completeEarlyWin } from "../../modules/early-wins/completion";
import { createEarlyWin, listEarlyWins } from "../../modules/early-wins/service";
import type { Caller } from "../../plugins/route-kit";
import { partnerCaller, partnerNamed, staffCaller } from "./demo-people";

/*
 * Demo trust moments 1 and 2 (R-F2 … R-F4), written through the services: at Brightpath both
 * sides answered the preferences survey, the alignment record was written by Maya and refined by
 * Priya (so it has a history), and an early win runs with its weekly check-ins; at Harborstone an
 * early win is done, announced, with its case study drafted. Skipped for a partner whose record
 * already exists.
 */

const DAY_MS = 86_400_000;

async function alreadySeeded(ctx: AppContext, partnerId: string): Promise<boolean> {
  const [row] = await ctx.db.select({ version: alignmentRecords.version }).from(alignmentRecords).where(eq(alignmentRecords.partnerId, partnerId));
  return row !== undefined;
}

/** A deadline inside the window the server checks: two weeks out, or the window's end if sooner. */
async function deadlineFor(ctx: AppContext, caller: Caller, partnerId: string): Promise<string> {
  const { window } = await listEarlyWins(ctx, caller, partnerId);
  const inTwoWeeks = ctx.clock.now().getTime() + 14 * DAY_MS;
  return new Date(Math.min(inTwoWeeks, Date.parse(window.latestDeadline))).toISOString();
}

async function brightpath(ctx: AppContext, owner: Caller, partnerId: string): Promise<void> {
  const maya = await staffCaller(ctx, owner, "maya@northwind.example");
  const priya = await partnerCaller(ctx, owner, "priya@brightpath.example", partnerId);
  const paul = await partnerCaller(ctx, owner, "paul@brightpath.example", partnerId);
  if (!maya || !priya) return;
  await answerPreferences(ctx, maya, partnerId, { meetingFrequency: "weekly", timeZone: "Europe/Berlin", learningStyle: "live_session", preferredChannel: "video_call" });
  await answerPreferences(ctx, priya, partnerId, { meetingFrequency: "every_two_weeks", timeZone: "Europe/London", learningStyle: "hands_on", preferredChannel: "chat" });
  if (paul) await answerPreferences(ctx, paul, partnerId, { meetingFrequency: "every_two_weeks", timeZone: "Europe/London", learningStyle: "video", preferredChannel: "chat" });

  const first = await editAlignment(ctx, maya, partnerId, {
    versionRead: 0,
    changes: {
      topObjectives: ["First co-sold implementation signed within 60 days", "Two Brightpath consultants certified by the end of the quarter"],
      successLooksLike: "In six months Brightpath runs implementations on its own and brings us two qualified deals a month.",
      timeZones: ["Europe/Berlin", "Europe/London"],
    },
  });
  await editAlignment(ctx, priya, partnerId, {
    versionRead: first.version,
    changes: {
      concerns: ["Slow answers on pricing exceptions", "Leads outside our region"],
      communicationStyle: "Direct feedback in the weekly call; chat for anything urgent, answered within four working hours. Decisions go in writing afterwards.",
    },
  });

  const win = await createEarlyWin(ctx, maya, partnerId, {
    title: "First joint webinar for Brightpath's customers",
    description: "One webinar on the migration offer, co-presented, with a follow-up call for every attendee who asks.",
    successMeasure: "40 registrations and three demo calls booked",
    hostLeadUserId: maya.actor.userId,
    partnerLeadUserId: priya.actor.userId,
    deadline: await deadlineFor(ctx, maya, partnerId),
  });
  await scheduleCheckIns(ctx, maya, partnerId, win.id, { version: win.version, durationMinutes: 30, location: "Video call" });
}

async function harborstone(ctx: AppContext, owner: Caller, partnerId: string): Promise<void> {
  const maya = await staffCaller(ctx, owner, "maya@northwind.example");
  const sven = await partnerCaller(ctx, owner, "sven@harborstone.example", partnerId);
  if (!maya || !sven) return;
  await answerPreferences(ctx, sven, partnerId, { meetingFrequency: "monthly", timeZone: "Europe/Oslo", learningStyle: "reading", preferredChannel: "email" });
  await editAlignment(ctx, sven, partnerId, {
    versionRead: 0,
    changes: { topObjectives: ["Renew the support contract for the Nordic region"], successLooksLike: "Fewer escalations and a shared quarterly plan.", timeZones: ["Europe/Oslo"] },
  });
  const win = await createEarlyWin(ctx, owner, partnerId, {
    title: "Shared runbook for the Oslo service desk",
    description: "One runbook both teams use for the ten most common tickets.",
    successMeasure: "Tickets solved without a handover, up from 60 to 80 percent",
    hostLeadUserId: maya.actor.userId,
    partnerLeadUserId: sven.actor.userId,
    deadline: await deadlineFor(ctx, owner, partnerId),
  });
  await completeEarlyWin(ctx, sven, partnerId, win.id, {
    version: win.version,
    outcome: "The runbook covers the top ten tickets; 84 percent were solved without a handover in the first two weeks.",
    lessons: "Write the runbook with the people who answer the phone, not for them.",
  });
}

export async function loadDemoAlignment(ctx: AppContext, owner: Caller): Promise<void> {
  const brightpathId = await partnerNamed(ctx, owner.workspace.id, "Brightpath Consulting");
  if (brightpathId && !(await alreadySeeded(ctx, brightpathId))) await brightpath(ctx, owner, brightpathId);
  const harborstoneId = await partnerNamed(ctx, owner.workspace.id, "Harborstone Services");
  if (harborstoneId && !(await alreadySeeded(ctx, harborstoneId))) await harborstone(ctx, owner, harborstoneId);
}
