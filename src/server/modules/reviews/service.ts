import { and, eq } from "drizzle-orm";
import type { QuarterRated, RateQuarterInput } from "../../../domain/reviews/contracts";
import { quarterWindow, type Quarter } from "../../../domain/reviews/quarter";
import { reviewInvestigations, type InvestigationTrigger } from "../../../domain/trust/quarterly-review";
import type { Side } from "../../../domain/trust/side";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { quarterlyReviews } from "../../db/schema";
import { badRequest, conflict } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { addStepToRunningJourney } from "../journeys/ad-hoc-step";
import { notify } from "../notifications/service";
import { authorizePartner } from "../partners/access";
import { escalationRecipients, partnerContext, relationshipLink } from "../relationship-timers/recipients";
import { partnerTimeZone, previousOf, ratingOf, readReviews, type ReviewRow } from "./read";

/*
 * Quarterly reviews (R-F6): each side rates trust and satisfaction for the quarter it is in and
 * may change that rating until the next quarter starts. A drop of two points against the same
 * side's previous rating, or a score under 6, opens an internal investigation step (owned by the
 * partner's manager, due in five days) and alerts the owning manager. One per rating: editing
 * the rating again does not open a second one.
 */

const investigationDueDays = 5;
const MS_PER_DAY = 86_400_000;
export const reviewsAnchor = "quarterly-reviews";

const sideOf = (caller: Caller): Side => (caller.actor.kind === "partner" ? "partner" : "host");

interface Opened {
  reasons: string[];
  stepId: string | null;
  alerted: string[];
}

async function openInvestigation(tx: Tx, ctx: AppContext, caller: Caller, row: ReviewRow, partner: { id: string; name: string; ownerUserId: string | null }, triggers: readonly InvestigationTrigger[]): Promise<Opened> {
  const now = ctx.clock.now();
  const reasons = triggers.map((trigger) => trigger.explanation);
  const step = await addStepToRunningJourney(tx, {
    workspaceId: row.workspaceId,
    partnerId: row.partnerId,
    title: `Investigate the ${row.side} side's ${row.quarter} review`,
    description: `${reasons.join(" ")} Talk to the ${row.side} side about what changed and agree what to do.`,
    ownerRole: "host:manager",
    ownerUserId: partner.ownerUserId,
    visibility: "internal",
    dueAt: new Date(now.getTime() + investigationDueDays * MS_PER_DAY),
    actorUserId: caller.actor.userId,
    now,
  });
  if (step) await tx.update(quarterlyReviews).set({ investigationStepId: step.stepId }).where(eq(quarterlyReviews.id, row.id));
  const context = await partnerContext(tx, row.workspaceId, row.partnerId);
  // The owning manager, or the owners and admins when the partner has none.
  const alerted = context ? await escalationRecipients(tx, context, null) : [];
  if (context && alerted.length > 0) {
    await notify(tx, ctx.clock, {
      workspaceId: row.workspaceId,
      userIds: alerted,
      kind: "review.investigation",
      title: `Quarterly review needs a look: ${partner.name}`,
      body: `${reasons.join(" ")} ${step ? `An investigation step is due in ${String(investigationDueDays)} days.` : "The partner has no running journey, so no investigation step could be added: follow up directly."}`,
      link: relationshipLink(context.workspaceSlug, row.partnerId, "staff", reviewsAnchor),
      dedupeKey: `review:${row.id}:investigation`,
      partnerId: row.partnerId,
      ...(step ? { journeyId: step.journeyId, stepId: step.stepId } : {}),
      email: true,
      publicUrl: ctx.config.publicUrl,
    });
  }
  return { reasons, stepId: step?.stepId ?? null, alerted };
}

export async function rateQuarter(ctx: AppContext, caller: Caller, partnerId: string, quarter: Quarter, input: RateQuarterInput): Promise<QuarterRated> {
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, partnerId, "relationship.write", true);
    const workspaceId = caller.workspace.id;
    const now = ctx.clock.now();
    const window = quarterWindow(quarter, now, await partnerTimeZone(tx, workspaceId, partner.id));
    if (window === "future") throw badRequest(`${quarter} has not started yet: rate the current quarter.`, [{ path: "params.quarter", message: "has not started yet" }]);
    if (window === "past") throw conflict(`${quarter} is over: a rating can be changed only until the next quarter starts.`);
    const side = sideOf(caller);
    const rows = await tx.select().from(quarterlyReviews).where(and(eq(quarterlyReviews.workspaceId, workspaceId), eq(quarterlyReviews.partnerId, partner.id)));
    const before = rows.find((row) => row.quarter === quarter && row.side === side) ?? null;
    const rated = { trust: input.trust, satisfaction: input.satisfaction, comment: input.comment, ratedBy: caller.actor.userId, ratedAt: now };
    const [row] = await tx
      .insert(quarterlyReviews)
      .values({ id: newId(), workspaceId, partnerId: partner.id, quarter, side, ...rated })
      .onConflictDoUpdate({ target: [quarterlyReviews.partnerId, quarterlyReviews.quarter, quarterlyReviews.side], set: rated })
      .returning();
    if (!row) throw new Error("quarterly review upsert returned nothing");
    const previous = previousOf(rows, side, quarter);
    const triggers = reviewInvestigations(previous ? [ratingOf(previous)] : [], [ratingOf(row)]);
    const opened = triggers.length > 0 && !row.investigationStepId ? await openInvestigation(tx, ctx, caller, row, partner, triggers) : null;

    await writeAudit(tx, ctx.clock, {
      workspaceId,
      actor: caller.audit,
      action: before ? "review.changed" : "review.rated",
      entityType: "quarterly_review",
      entityId: row.id,
      before: before ? { trust: before.trust, satisfaction: before.satisfaction, comment: before.comment } : null,
      after: { quarter, side, trust: row.trust, satisfaction: row.satisfaction, comment: row.comment, investigationStepId: opened?.stepId ?? null },
    });
    await recordActivity(tx, ctx.clock, {
      workspaceId,
      partnerId: partner.id,
      actorUserId: caller.actor.userId,
      kind: "review.rated",
      summary: `The ${side} side rated ${quarter}: trust ${String(row.trust)}, satisfaction ${String(row.satisfaction)}`,
      data: { quarter, side },
      visibility: "shared",
    });
    if (opened) {
      await recordActivity(tx, ctx.clock, { workspaceId, partnerId: partner.id, actorUserId: caller.actor.userId, kind: "review.investigation", summary: `Investigation opened for ${quarter}: ${opened.reasons.join(" ")}`, data: { quarter, side, stepId: opened.stepId }, visibility: "internal" });
    }
    const reviews = await readReviews(tx, workspaceId, partner.id, side, now);
    return { ...reviews, investigation: side === "host" ? opened : null };
  });
}
