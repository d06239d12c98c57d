import { and, eq, inArray } from "drizzle-orm";
import { DraftScores, type InterviewScorecards, type ScorecardInput, type ScorecardView } from "../../../domain/interviews/contracts";
import { InterviewCriterion, Recommendation } from "../../../domain/interviews/kit";
import { describeProblems, scorecardProblems, storedScores, type ScorecardMode } from "../../../domain/interviews/scorecard";
import { othersVisibleTo } from "../../../domain/interviews/summary";
import type { AppContext } from "../../context";
import type { DbOrTx, Tx } from "../../db/client";
import { interviews, partners, scorecards, user } from "../../db/schema";
import { badRequest, conflict, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { notify } from "../notifications/service";
import { authorizeInterview, type InterviewRow } from "./access";

/*
 * Scorecards (R-B3): one per interviewer per interview. Nobody on the panel sees anyone else's
 * scores until their own is submitted, and nobody ever sees another's draft; the rule is applied
 * here, to what the server answers, not left to the screen. A submitted scorecard is locked: no
 * amendments (a late change of mind goes into the decision's reason, where it is visible).
 * Neither the audit log nor the timeline carries scores, so they cannot leak around this rule.
 */

type CardRow = typeof scorecards.$inferSelect;
const Criteria = InterviewCriterion.array();

async function cardsOf(db: DbOrTx, interviewId: string) {
  return db
    .select({ card: scorecards, name: user.name })
    .from(scorecards)
    .innerJoin(user, eq(user.id, scorecards.interviewerUserId))
    .where(eq(scorecards.interviewId, interviewId));
}

function fullView(card: CardRow, name: string): ScorecardView {
  return {
    interviewer: { userId: card.interviewerUserId, name },
    status: card.submittedAt ? "submitted" : "draft",
    submittedAt: card.submittedAt?.toISOString() ?? null,
    version: card.version,
    scores: DraftScores.parse(card.scores),
    recommendation: card.recommendation === null ? null : Recommendation.parse(card.recommendation),
    notes: card.notes,
  };
}

/** Who it is and how far they are; the scores, recommendation and notes left out. */
function withheldView(userId: string, name: string, card: CardRow | undefined): ScorecardView {
  return {
    interviewer: { userId, name },
    status: card ? (card.submittedAt ? "submitted" : "draft") : "not_started",
    submittedAt: card?.submittedAt?.toISOString() ?? null,
    version: null,
    scores: null,
    recommendation: null,
    notes: null,
  };
}

export async function interviewScorecards(ctx: AppContext, caller: Caller, partnerId: string, interviewId: string): Promise<InterviewScorecards> {
  const { panelUserIds } = await authorizeInterview(ctx.db, caller, partnerId, interviewId, "interview.read");
  const rows = await cardsOf(ctx.db, interviewId);
  const panelNames = await panelNamesOf(ctx.db, panelUserIds);
  const me = caller.actor.userId;
  const othersVisible = othersVisibleTo(me, {
    panel: panelUserIds.map((userId) => ({ userId, name: "" })),
    scorecards: rows.map(({ card }) => ({ userId: card.interviewerUserId, submitted: card.submittedAt !== null, scores: {}, recommendation: null })),
  });
  const byUser = new Map(rows.map((row) => [row.card.interviewerUserId, row]));
  const mineRow = byUser.get(me);
  const mine = panelUserIds.includes(me) ? (mineRow ? fullView(mineRow.card, mineRow.name) : withheldView(me, panelNames.get(me) ?? "", undefined)) : null;
  const others = panelUserIds
    .filter((userId) => userId !== me)
    .map((userId) => {
      const row = byUser.get(userId);
      const name = row?.name ?? panelNames.get(userId) ?? "";
      return othersVisible && row?.card.submittedAt ? fullView(row.card, name) : withheldView(userId, name, row?.card);
    });
  return { mine, othersVisible, others };
}

async function panelNamesOf(db: DbOrTx, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, [...userIds]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Saves the caller's own scorecard as a draft, or submits it (then it is locked). */
export async function saveScorecard(ctx: AppContext, caller: Caller, partnerId: string, interviewId: string, input: ScorecardInput, mode: ScorecardMode): Promise<InterviewScorecards> {
  await ctx.db.transaction(async (tx) => {
    const { interview, panelUserIds } = await authorizeInterview(tx, caller, partnerId, interviewId, "interview.score", true);
    if (interview.status === "cancelled") throw conflict("This interview was cancelled; there is nothing to score.");
    const [existing] = await tx
      .select()
      .from(scorecards)
      .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.interviewerUserId, caller.actor.userId)))
      .for("update");
    if (existing?.submittedAt) throw conflict("You submitted this scorecard already; a submitted scorecard is locked.");
    if (existing && input.version !== existing.version) throw staleVersion("Your scorecard");
    const criteria = Criteria.parse(interview.criteria);
    const problems = scorecardProblems(criteria, input, mode);
    if (problems.length > 0) throw badRequest(describeProblems(problems), problems);
    const now = ctx.clock.now();
    const values = { scores: storedScores(criteria, input), recommendation: input.recommendation, notes: input.notes, submittedAt: mode === "submit" ? now : null, updatedAt: now };
    const [saved] = existing
      ? await tx
          .update(scorecards)
          .set({ ...values, version: existing.version + 1 })
          .where(and(eq(scorecards.id, existing.id), eq(scorecards.version, existing.version)))
          .returning()
      : await tx
          .insert(scorecards)
          .values({ id: newId(), workspaceId: caller.workspace.id, interviewId, interviewerUserId: caller.actor.userId, ...values })
          .returning();
    if (!saved) throw staleVersion("Your scorecard");
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: mode === "submit" ? "scorecard.submitted" : "scorecard.draft_saved",
      entityType: "scorecard",
      entityId: saved.id,
      after: { interviewId, version: saved.version },
    });
    if (mode === "submit") await afterSubmit(tx, ctx, caller, interview, panelUserIds);
  });
  return interviewScorecards(ctx, caller, partnerId, interviewId);
}

/** The timeline hears that a scorecard is in; the last one completes the interview and tells the partner's owner. */
async function afterSubmit(tx: Tx, ctx: AppContext, caller: Caller, interview: InterviewRow, panelUserIds: readonly string[]) {
  await recordActivity(tx, ctx.clock, {
    workspaceId: caller.workspace.id,
    partnerId: interview.partnerId,
    actorUserId: caller.actor.userId,
    kind: "scorecard.submitted",
    summary: `${caller.name} submitted a scorecard for the ${interview.stageName} interview`,
    data: { interviewId: interview.id },
    visibility: "internal",
  });
  const submitted = await tx.select({ userId: scorecards.interviewerUserId, submittedAt: scorecards.submittedAt }).from(scorecards).where(eq(scorecards.interviewId, interview.id));
  const done = panelUserIds.every((userId) => submitted.some((card) => card.userId === userId && card.submittedAt !== null));
  if (!done || interview.status !== "scheduled") return;
  await tx.update(interviews).set({ status: "completed", version: interview.version + 1 }).where(eq(interviews.id, interview.id));
  const [partner] = await tx.select({ name: partners.name, ownerUserId: partners.ownerUserId }).from(partners).where(eq(partners.id, interview.partnerId));
  if (!partner?.ownerUserId) return;
  await notify(tx, ctx.clock, {
    workspaceId: caller.workspace.id,
    userIds: [partner.ownerUserId],
    kind: "interview.scorecards_complete",
    title: `Scorecards complete: ${partner.name}, ${interview.stageName}`,
    body: "Every interviewer has submitted. The decision summary is on the partner's Interviews tab.",
    link: `/w/${encodeURIComponent(caller.workspace.slug)}/partners/${encodeURIComponent(interview.partnerId)}?tab=interviews`,
    dedupeKey: `interview:${interview.id}:complete`,
    partnerId: interview.partnerId,
  });
}
