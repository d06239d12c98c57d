import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { MeetingRecorded, RecordMeetingInput } from "../../../domain/meetings/partner-meetings";
import { MeetingRecordFor } from "../../../domain/trust/meeting-record";
import type { AppContext } from "../../context";
import { partnerMeetings } from "../../db/schema";
import { badRequest, conflict, forbidden, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { markEscalationMeetingHeld } from "../escalations/meeting-held";
import { authorizePartner } from "../partners/access";
import { actionItemOwnerRoles, syncActionItemSteps } from "./action-item-steps";
import { actionItemsOf, isPartnerCaller, meetingDetail, meetingRowOf, withInternalNotes } from "./partner-view";

/*
 * Recording a meeting (R-F1): notes and decisions (shared), internal notes (host only), action
 * items that become journey steps, and — with "Mark held & save" — the moment it took place.
 */

type RecordInput = z.output<typeof RecordMeetingInput>;

export async function recordPartnerMeeting(ctx: AppContext, caller: Caller, ids: { partnerId: string; meetingId: string }, input: RecordInput): Promise<MeetingRecorded> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, ids.partnerId, "relationship.write");
    // Said plainly instead of silently dropped: a partner user's client has no business sending them.
    if (isPartnerCaller(caller) && input.internalNotes !== undefined) throw forbidden("Internal notes are kept by the host team only; leave them out.");
    const row = await meetingRowOf(tx, caller, ids.partnerId, ids.meetingId, true);
    if (row.version !== input.version) throw staleVersion("This meeting");
    if (row.cancelledAt) throw conflict(`"${row.title}" was cancelled; there is nothing to record.`);
    const parsed = MeetingRecordFor(row.endsAt).safeParse({ notes: input.notes, decisions: input.decisions, actionItems: input.actionItems });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => ({ path: ["body", ...issue.path].join("."), message: issue.message }));
      throw badRequest(`The record has mistakes: ${problems.map((p) => `${p.path.replace(/^body\./, "")} ${p.message}`).join("; ")}.`, problems);
    }
    const record = parsed.data;
    const now = ctx.clock.now();
    const roles = await actionItemOwnerRoles(tx, row, record.actionItems);
    const sync = await syncActionItemSteps(tx, ctx, { meeting: row, previous: actionItemsOf(row), items: record.actionItems, roles, actorUserId: caller.actor.userId, workspaceSlug: caller.workspace.slug, now });
    if (input.held && !row.heldAt && now.getTime() < row.startsAt.getTime()) throw conflict(`"${row.title}" has not started yet; save the notes without marking it held.`);
    const heldAt = row.heldAt ?? (input.held ? now : null);
    const [updated] = await tx
      .update(partnerMeetings)
      .set({
        notes: record.notes,
        ...(input.internalNotes === undefined ? {} : { internalNotes: input.internalNotes }),
        decisions: record.decisions,
        actionItems: sync.items,
        heldAt,
        version: row.version + 1,
      })
      .where(and(eq(partnerMeetings.id, row.id), eq(partnerMeetings.version, row.version)))
      .returning();
    if (!updated) throw staleVersion("This meeting");
    if (heldAt && !row.heldAt && row.escalationId) await markEscalationMeetingHeld(tx, row.escalationId, heldAt);
    const counts = { decisions: record.decisions.length, actionItems: record.actionItems.length, stepIds: sync.items.map((entry) => entry.stepId) };
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "meeting.recorded",
      entityType: "partner_meeting",
      entityId: row.id,
      before: { heldAt: row.heldAt?.toISOString() ?? null, version: row.version },
      after: { heldAt: heldAt?.toISOString() ?? null, version: updated.version, internalNotesChanged: input.internalNotes !== undefined && input.internalNotes !== row.internalNotes, ...counts },
    });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId: ids.partnerId,
      actorUserId: caller.actor.userId,
      kind: "meeting.recorded",
      summary: `${caller.name} ${heldAt && !row.heldAt ? "recorded" : "updated the notes of"} "${row.title}": ${counts.decisions} decision(s), ${counts.actionItems} action item(s)`,
      data: { meetingId: row.id, decisions: counts.decisions, actionItems: counts.actionItems },
      visibility: "shared",
    });
    const meeting = await meetingDetail(tx, updated, withInternalNotes(caller), now);
    return { meeting, actionItemsOnJourney: sync.onJourney };
  });
}
