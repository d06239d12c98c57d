import { and, eq, inArray } from "drizzle-orm";
import type { Interview, RescheduleInterviewInput, ScheduleInterviewInput } from "../../../domain/interviews/contracts";
import { KitStages } from "../../../domain/interviews/contracts";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { interviewPanel, interviews, scorecards, user } from "../../db/schema";
import { AppError, badRequest, conflict, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { authorizePartner } from "../partners/access";
import { authorizeInterview, type InterviewRow } from "./access";
import { ensureDefaultKit, loadKitRow } from "./kits";
import { inviteCandidate, notifyPanel } from "./notices";
import { checkPanel } from "./panel";
import { interviewViews } from "./read";

/*
 * Scheduling interviews on a candidate (R-B3): a kit's stage, a time, a place and a panel. The
 * stage's criteria are copied into the interview, so later kit edits never change what it is
 * scored on. Each change is one transaction with its audit entry, timeline line, notices and email.
 */

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

async function viewOf(tx: Tx, row: InterviewRow): Promise<Interview> {
  const [view] = await interviewViews(tx, [row]);
  if (!view) throw new Error(`interview ${row.id} has no view`);
  return view;
}

async function stageOfKit(tx: Tx, ctx: AppContext, caller: Caller, kitId: string, stageKey: string) {
  await ensureDefaultKit(tx, ctx.clock, caller.workspace.id);
  const kit = await loadKitRow(tx, caller.workspace.id, kitId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) throw badRequest("Choose an interview kit of this workspace.", [{ path: "body.kitId", message: "is not an interview kit of this workspace" }]);
    throw error;
  });
  if (kit.archivedAt) throw badRequest(`"${kit.name}" is archived; choose another kit.`, [{ path: "body.kitId", message: "is archived" }]);
  const stage = KitStages.parse(kit.stages).find((candidate) => candidate.key === stageKey);
  if (!stage) throw badRequest(`"${kit.name}" has no stage "${stageKey}".`, [{ path: "body.stageKey", message: `is not a stage of "${kit.name}"` }]);
  return { kit, stage };
}

export async function scheduleInterview(ctx: AppContext, caller: Caller, partnerId: string, input: ScheduleInterviewInput) {
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, partnerId, "interview.manage", true);
    const { kit, stage } = await stageOfKit(tx, ctx, caller, input.kitId, input.stageKey);
    const panel = await checkPanel(tx, caller.workspace.id, input.panelUserIds, stage.certifiedOnly);
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(interviews)
      .values({
        id: newId(),
        workspaceId: caller.workspace.id,
        partnerId,
        kitId: kit.id,
        stageKey: stage.key,
        stageName: stage.name,
        certifiedOnly: stage.certifiedOnly,
        criteria: stage.criteria,
        startsAt: new Date(input.startsAt),
        durationMinutes: input.durationMinutes,
        location: input.location,
        createdBy: caller.actor.userId,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("the interview insert returned nothing");
    await tx.insert(interviewPanel).values(panel.map((person) => ({ workspaceId: caller.workspace.id, interviewId: row.id, userId: person.userId, assignedAt: now })));
    const facts = { stage: stage.key, startsAt: row.startsAt.toISOString(), durationMinutes: row.durationMinutes, location: row.location, panelUserIds: input.panelUserIds };
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "interview.scheduled", entityType: "interview", entityId: row.id, after: facts });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "interview.scheduled",
      summary: `${caller.name} scheduled the ${stage.name} interview for ${utc(row.startsAt)} with ${panel.map((person) => person.name).join(", ")}`,
      data: { interviewId: row.id },
      visibility: "internal",
    });
    await notifyPanel(tx, ctx, caller, row, partner.name, input.panelUserIds, "scheduled");
    const candidateInvited = await inviteCandidate(tx, ctx, caller, row);
    return { interview: await viewOf(tx, row), candidateInvited };
  });
}

/** A move or a new panel; someone who already started a scorecard stays on the panel. */
export async function rescheduleInterview(ctx: AppContext, caller: Caller, partnerId: string, interviewId: string, input: RescheduleInterviewInput) {
  return ctx.db.transaction(async (tx) => {
    const { interview, panelUserIds, partnerName } = await authorizeInterview(tx, caller, partnerId, interviewId, "interview.manage", true);
    if (interview.version !== input.version) throw staleVersion("This interview");
    if (interview.status !== "scheduled") throw conflict(`This interview is ${interview.status}; it can no longer be moved.`);
    const nextPanel = input.panelUserIds ?? panelUserIds;
    const removed = panelUserIds.filter((id) => !nextPanel.includes(id));
    const added = nextPanel.filter((id) => !panelUserIds.includes(id));
    await assertNoScorecards(tx, interview.id, removed);
    const panel = await checkPanel(tx, caller.workspace.id, nextPanel, interview.certifiedOnly);
    const startsAt = input.startsAt ? new Date(input.startsAt) : interview.startsAt;
    const [row] = await tx
      .update(interviews)
      .set({ startsAt, durationMinutes: input.durationMinutes ?? interview.durationMinutes, location: input.location ?? interview.location, version: interview.version + 1 })
      .where(and(eq(interviews.id, interview.id), eq(interviews.version, interview.version)))
      .returning();
    if (!row) throw staleVersion("This interview");
    if (removed.length > 0) await tx.delete(interviewPanel).where(and(eq(interviewPanel.interviewId, interview.id), inArray(interviewPanel.userId, removed)));
    if (added.length > 0) await tx.insert(interviewPanel).values(added.map((userId) => ({ workspaceId: caller.workspace.id, interviewId: interview.id, userId, assignedAt: ctx.clock.now() })));
    const before = { startsAt: interview.startsAt.toISOString(), durationMinutes: interview.durationMinutes, location: interview.location, panelUserIds };
    const after = { startsAt: row.startsAt.toISOString(), durationMinutes: row.durationMinutes, location: row.location, panelUserIds: nextPanel };
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "interview.rescheduled", entityType: "interview", entityId: interview.id, before, after });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "interview.rescheduled",
      summary: `${caller.name} changed the ${row.stageName} interview: ${utc(row.startsAt)} with ${panel.map((person) => person.name).join(", ")}`,
      data: { interviewId: row.id },
      visibility: "internal",
    });
    await notifyPanel(tx, ctx, caller, row, partnerName, nextPanel.filter((id) => !added.includes(id)), "rescheduled");
    await notifyPanel(tx, ctx, caller, row, partnerName, added, "scheduled");
    if (removed.length > 0) await notifyPanel(tx, ctx, caller, row, partnerName, removed, "cancelled");
    const moved = before.startsAt !== after.startsAt || before.location !== after.location || before.durationMinutes !== after.durationMinutes;
    const candidateInvited = moved ? await inviteCandidate(tx, ctx, caller, row) : false;
    return { interview: await viewOf(tx, row), candidateInvited };
  });
}

async function assertNoScorecards(tx: Tx, interviewId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return;
  const started = await tx
    .select({ name: user.name })
    .from(scorecards)
    .innerJoin(user, eq(user.id, scorecards.interviewerUserId))
    .where(and(eq(scorecards.interviewId, interviewId), inArray(scorecards.interviewerUserId, [...userIds])));
  if (started.length > 0) throw conflict(`${started.map((row) => row.name).join(", ")} already started a scorecard for this interview, so they stay on the panel.`);
}

export async function cancelInterview(ctx: AppContext, caller: Caller, partnerId: string, interviewId: string, input: { version: number; reason: string }) {
  return ctx.db.transaction(async (tx) => {
    const { interview, panelUserIds, partnerName } = await authorizeInterview(tx, caller, partnerId, interviewId, "interview.manage", true);
    if (interview.version !== input.version) throw staleVersion("This interview");
    if (interview.status !== "scheduled") throw conflict(`This interview is already ${interview.status}.`);
    const [row] = await tx
      .update(interviews)
      .set({ status: "cancelled", version: interview.version + 1 })
      .where(and(eq(interviews.id, interview.id), eq(interviews.version, interview.version)))
      .returning();
    if (!row) throw staleVersion("This interview");
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "interview.cancelled", entityType: "interview", entityId: row.id, before: { status: "scheduled" }, after: { status: "cancelled", reason: input.reason } });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "interview.cancelled",
      summary: `${caller.name} cancelled the ${row.stageName} interview of ${utc(row.startsAt)}: ${input.reason}`,
      data: { interviewId: row.id },
      visibility: "internal",
    });
    await notifyPanel(tx, ctx, caller, row, partnerName, panelUserIds, "cancelled");
    return viewOf(tx, row);
  });
}
