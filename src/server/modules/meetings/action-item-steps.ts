import { and, eq, inArray, sql } from "drizzle-orm";
import type { OwnerRole } from "../../../domain/journeys/template/owner";
import type { StoredActionItem } from "../../../domain/meetings/partner-meetings";
import type { ActionItem } from "../../../domain/trust/meeting-record";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { journeySteps, partnerMembers, staffMemberships } from "../../db/schema";
import { badRequest } from "../../errors";
import { markResolved } from "../journeys/complete";
import { addStepToRunningJourney } from "../journeys/ad-hoc-step";
import { appendEvents } from "../journeys/events";
import { journeyStepLink } from "../notifications/links";
import { notify } from "../notifications/service";
import { scheduleStepTimers } from "../notifications/timers";
import type { MeetingRow } from "./partner-view";

/*
 * Each action item of a meeting is one shared journey step (R-F1), owned by the named person:
 * a host item as `host:manager`, a partner item as the person's own portal role. The step's id
 * stays in the stored item, so saving the notes again updates that step; an item taken out of
 * the notes skips its step. Without a running journey the items stay on the meeting only.
 */

/** The owner role of each item's person; 400 naming the item when the person is not on that side. */
export async function actionItemOwnerRoles(tx: Tx, meeting: MeetingRow, items: readonly ActionItem[]): Promise<OwnerRole[]> {
  const userIds = [...new Set(items.map((entry) => entry.owner.userId))];
  if (userIds.length === 0) return [];
  const staff = await tx
    .select({ userId: staffMemberships.userId })
    .from(staffMemberships)
    .where(and(eq(staffMemberships.workspaceId, meeting.workspaceId), eq(staffMemberships.status, "active"), inArray(staffMemberships.userId, userIds)));
  const partnerUsers = await tx
    .select({ userId: partnerMembers.userId, role: partnerMembers.role })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, meeting.workspaceId), eq(partnerMembers.partnerId, meeting.partnerId), eq(partnerMembers.status, "active"), inArray(partnerMembers.userId, userIds)));
  const hostIds = new Set(staff.map((row) => row.userId));
  const partnerRoles = new Map(partnerUsers.map((row) => [row.userId, row.role]));
  const roles: OwnerRole[] = [];
  const problems: { path: string; message: string }[] = [];
  items.forEach((entry, index) => {
    const { side, userId } = entry.owner;
    const partnerRole = partnerRoles.get(userId);
    if (side === "host" && hostIds.has(userId)) roles.push("host:manager");
    else if (side === "partner" && partnerRole) roles.push(partnerRole === "partner_admin" ? "partner:admin" : "partner:member");
    else problems.push({ path: `body.actionItems.${index}.owner.userId`, message: side === "host" ? "is not active staff of this workspace" : "is not an active user of this partner" });
  });
  if (problems.length > 0) throw badRequest(`Each action item needs an owner on the side it names: ${problems.map((p) => p.path.replace(/^body\./, "")).join(", ")}.`, problems);
  return roles;
}

export interface ActionItemSync {
  items: StoredActionItem[];
  /** False when there was something to put on the journey but the partner has none running. */
  onJourney: boolean;
}

export async function syncActionItemSteps(
  tx: Tx,
  ctx: AppContext,
  input: { meeting: MeetingRow; previous: readonly StoredActionItem[]; items: readonly ActionItem[]; roles: readonly OwnerRole[]; actorUserId: string; workspaceSlug: string; now: Date },
): Promise<ActionItemSync> {
  const { meeting, now } = input;
  const previousStep = new Map(input.previous.map((entry) => [entry.id, entry.stepId]));
  const stored: StoredActionItem[] = [];
  let onJourney = true;
  for (const [index, entry] of input.items.entries()) {
    const ownerRole = input.roles[index] ?? "host:manager";
    const existing = previousStep.get(entry.id) ?? null;
    if (existing) {
      await updateStep(tx, existing, entry, ownerRole, now);
      stored.push({ ...entry, stepId: existing });
      continue;
    }
    const added = await addStepToRunningJourney(tx, {
      workspaceId: meeting.workspaceId,
      partnerId: meeting.partnerId,
      title: entry.title,
      description: `Action item from the meeting "${meeting.title}" of ${meeting.startsAt.toISOString().slice(0, 10)}.`,
      ownerRole,
      ownerUserId: entry.owner.userId,
      visibility: "shared",
      dueAt: new Date(entry.dueAt),
      actorUserId: input.actorUserId,
      now,
    });
    if (!added) onJourney = false;
    stored.push({ ...entry, stepId: added?.stepId ?? null });
    if (added && entry.owner.userId !== input.actorUserId) {
      const audience = entry.owner.side === "partner" ? "partner" : "staff";
      await notify(tx, ctx.clock, {
        workspaceId: meeting.workspaceId,
        userIds: [entry.owner.userId],
        kind: "step.assigned",
        title: `Action item for you: ${entry.title}`,
        body: `From the meeting "${meeting.title}": "${entry.title}", due ${entry.dueAt.slice(0, 10)}.`,
        link: journeyStepLink(input.workspaceSlug, meeting.partnerId, added.stepId, audience),
        dedupeKey: `action-item:${added.stepId}`,
        partnerId: meeting.partnerId,
        journeyId: added.journeyId,
        stepId: added.stepId,
        email: true,
        publicUrl: ctx.config.publicUrl,
      });
    }
  }
  const kept = new Set(input.items.map((entry) => entry.id));
  for (const removed of input.previous) {
    if (!kept.has(removed.id) && removed.stepId) await skipStep(tx, removed.stepId, meeting.title, input.actorUserId, now);
  }
  return { items: stored, onJourney };
}

/** The step follows the item while it is open; a done or skipped step is history and stays as it was. */
async function updateStep(tx: Tx, stepId: string, entry: ActionItem, ownerRole: OwnerRole, now: Date) {
  const [step] = await tx.select().from(journeySteps).where(eq(journeySteps.id, stepId)).for("update");
  if (!step || step.status !== "open") return;
  const dueAt = new Date(entry.dueAt);
  if (step.title === entry.title && step.ownerRole === ownerRole && step.ownerUserId === entry.owner.userId && step.dueAt?.getTime() === dueAt.getTime()) return;
  await tx
    .update(journeySteps)
    .set({
      title: entry.title,
      ownerRole,
      ownerUserId: entry.owner.userId,
      dueAt,
      baselineDueAt: dueAt,
      definition: sql`jsonb_set(jsonb_set(${journeySteps.definition}, '{title}', to_jsonb(${entry.title}::text)), '{owner}', to_jsonb(${ownerRole}::text))`,
      version: sql`${journeySteps.version} + 1`,
    })
    .where(eq(journeySteps.id, stepId));
  await scheduleStepTimers(tx, { workspaceId: step.workspaceId, stepId, dueAt, now });
  await appendEvents(tx, [
    { workspaceId: step.workspaceId, journeyId: step.journeyId, partnerId: step.partnerId, stepId, type: "step.changed", actorUserId: null, visibility: step.visibility, data: { title: entry.title, dueAt: entry.dueAt, ownerUserId: entry.owner.userId }, at: now },
  ]);
}

async function skipStep(tx: Tx, stepId: string, meetingTitle: string, actorUserId: string, now: Date) {
  const [step] = await tx.select().from(journeySteps).where(eq(journeySteps.id, stepId)).for("update");
  if (!step || step.status !== "open") return;
  await markResolved(tx, step, "skipped", now, actorUserId);
  const reason = `taken out of the notes of "${meetingTitle}"`;
  await appendEvents(tx, [
    { workspaceId: step.workspaceId, journeyId: step.journeyId, partnerId: step.partnerId, stepId, type: "step.skipped", actorUserId, visibility: step.visibility, data: { reason, title: step.title }, at: now },
  ]);
}
