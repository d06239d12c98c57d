import { and, eq } from "drizzle-orm";
import type { MeetingScheduled, ScheduleMeetingInput } from "../../../domain/meetings/schemas";
import { meetingOf, scheduleMeeting, withMeeting } from "../../../domain/meetings/schemas";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { journeySteps, partnerMembers } from "../../db/schema";
import { badRequest, conflict, notFound, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { recordStepEvent } from "../files/step-events";
import { assertWorkable, loadStepScope, type StepIds } from "../files/step-scope";
import { journeyStepLink } from "../notifications/links";
import { notify } from "../notifications/service";
import { meetingCalendar } from "./ics";
import { meetingAttendees, personOf } from "./people";
import { syncStepPartnerMeeting } from "./step-sync";

/*
 * Meeting steps (issue 4): a time, a place and attendees from both sides, kept in the step's
 * result; a reschedule is a new version of the step and a higher iCalendar SEQUENCE.
 */

export async function scheduleStepMeeting(ctx: AppContext, caller: Caller, ids: StepIds, input: ScheduleMeetingInput): Promise<MeetingScheduled> {
  return ctx.db.transaction(async (tx) => {
    const scope = await loadStepScope(tx, caller, ids, "journey.step.act", true);
    const { step, definition } = scope;
    if (definition.kind !== "meeting") throw badRequest(`"${step.title}" is not a meeting, so it has no time to schedule.`);
    assertWorkable(scope, "schedule this meeting");
    if (step.version !== input.version) throw staleVersion("This step");
    const attendees = await meetingAttendees(tx, caller.workspace.id, ids.partnerId, input.attendeeUserIds);
    const previous = meetingOf(step.result);
    const meeting = scheduleMeeting(previous, {
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes ?? definition.durationMinutes,
      location: input.location ?? null,
      organizer: await personOf(tx, caller.actor.userId),
      attendees,
      now: ctx.clock.now(),
    });
    const updated = await tx
      .update(journeySteps)
      .set({ result: withMeeting(step.result, meeting), version: step.version + 1 })
      .where(and(eq(journeySteps.id, step.id), eq(journeySteps.version, step.version)))
      .returning({ version: journeySteps.version });
    if (updated.length === 0) throw staleVersion("This step");
    const facts = { startsAt: meeting.startsAt, endsAt: meeting.endsAt, location: meeting.location, sequence: meeting.sequence, attendeeUserIds: input.attendeeUserIds };
    await syncStepPartnerMeeting(tx, { ...step, meetingType: definition.meetingType, agenda: definition.agenda }, meeting, caller.actor.userId, ctx.clock.now());
    await recordStepEvent(tx, ctx.clock, step, "meeting.scheduled", caller.actor.userId, facts);
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: previous ? "meeting.rescheduled" : "meeting.scheduled",
      entityType: "journey_step",
      entityId: step.id,
      before: previous ? { startsAt: previous.startsAt, location: previous.location, sequence: previous.sequence } : null,
      after: facts,
    });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId: ids.partnerId,
      actorUserId: caller.actor.userId,
      kind: previous ? "meeting.rescheduled" : "meeting.scheduled",
      summary: `${caller.name} ${previous ? "rescheduled" : "scheduled"} "${step.title}" for ${meeting.startsAt}`,
      data: { stepId: step.id, startsAt: meeting.startsAt },
      visibility: step.visibility,
    });
    await notifyAttendees(tx, ctx, caller, ids, step.title, meeting, previous !== null);
    return { stepVersion: updated[0]?.version ?? step.version + 1, meeting };
  });
}

/** Each attendee but the organizer hears of it once per (re)schedule, with the link of their side of the app. */
async function notifyAttendees(tx: DbOrTx, ctx: AppContext, caller: Caller, ids: StepIds, title: string, meeting: ReturnType<typeof scheduleMeeting>, rescheduled: boolean) {
  const others = meeting.attendees.map((person) => person.userId).filter((id) => id !== caller.actor.userId);
  if (others.length === 0) return;
  const partnerUsers = new Set(
    (await tx.select({ userId: partnerMembers.userId }).from(partnerMembers).where(and(eq(partnerMembers.workspaceId, caller.workspace.id), eq(partnerMembers.partnerId, ids.partnerId)))).map((row) => row.userId),
  );
  const when = `${meeting.startsAt.slice(0, 16).replace("T", " ")} UTC`;
  for (const audience of ["staff", "partner"] as const) {
    const userIds = others.filter((id) => partnerUsers.has(id) === (audience === "partner"));
    await notify(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      userIds,
      kind: rescheduled ? "meeting.rescheduled" : "meeting.scheduled",
      title: `${rescheduled ? "Meeting moved" : "Meeting scheduled"}: ${title}`,
      body: `${caller.name} ${rescheduled ? "moved" : "scheduled"} "${title}" to ${when}${meeting.location ? ` (${meeting.location})` : ""}. The calendar file is on the step.`,
      link: journeyStepLink(caller.workspace.slug, ids.partnerId, ids.stepId, audience),
      dedupeKey: `meeting:${ids.stepId}:${meeting.sequence}`,
      partnerId: ids.partnerId,
      journeyId: ids.journeyId,
      stepId: ids.stepId,
      email: true,
      publicUrl: ctx.config.publicUrl,
    });
  }
}

/** The .ics of a scheduled meeting, for anyone who may see the step. */
export async function stepMeetingCalendar(ctx: AppContext, caller: Caller, ids: StepIds): Promise<{ fileName: string; body: string }> {
  const scope = await loadStepScope(ctx.db, caller, ids, "journey.read");
  const { step, definition } = scope;
  if (definition.kind !== "meeting") throw notFound("That meeting");
  const meeting = meetingOf(step.result);
  if (!meeting) throw conflict(`"${step.title}" has no time yet; schedule it first.`);
  const audience = caller.actor.kind === "partner" ? "partner" : "staff";
  const body = meetingCalendar({
    uid: step.id,
    title: step.title,
    description: step.description,
    agenda: definition.agenda,
    url: `${ctx.config.publicUrl}${journeyStepLink(caller.workspace.slug, ids.partnerId, ids.stepId, audience)}`,
    host: new URL(ctx.config.publicUrl).hostname,
    meeting,
  });
  const fileName = `${step.key}.ics`;
  return { fileName, body };
}
