import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { DraftScores, type Decision, type DecisionInput, type DecisionOverview } from "../../../domain/interviews/contracts";
import { InterviewCriterion, Recommendation } from "../../../domain/interviews/kit";
import { DecisionSummary, decisionSummary, type SummaryInterview } from "../../../domain/interviews/summary";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { interviewPanel, interviews, partnerDecisions, partners, scorecards, user } from "../../db/schema";
import { badRequest, conflict } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { sendTemplatedEmail } from "../email-templates/send";
import { authorizePartner } from "../partners/access";
import { authorizeReader } from "./access";

/*
 * The decision on a candidate (R-B3): the weighted summary of the submitted scorecards, then a
 * yes or no with its reason, stored with the summary it was made on and sent to the candidate
 * with the workspace's decision template. The reason stays internal on the timeline; the
 * partner's side sees that a decision was sent (and the email itself).
 */

const Criteria = InterviewCriterion.array();

/** Everything the summary needs about a partner's interviews; drafts contribute their existence only. */
async function summaryInput(db: DbOrTx, workspaceId: string, partnerId: string): Promise<SummaryInterview[]> {
  const rows = await db.select().from(interviews).where(and(eq(interviews.workspaceId, workspaceId), eq(interviews.partnerId, partnerId))).orderBy(asc(interviews.startsAt));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [panel, cards] = await Promise.all([
    db.select({ interviewId: interviewPanel.interviewId, userId: user.id, name: user.name }).from(interviewPanel).innerJoin(user, eq(user.id, interviewPanel.userId)).where(inArray(interviewPanel.interviewId, ids)),
    db.select().from(scorecards).where(inArray(scorecards.interviewId, ids)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    stageKey: row.stageKey,
    stageName: row.stageName,
    status: row.status,
    criteria: Criteria.parse(row.criteria),
    panel: panel.filter((member) => member.interviewId === row.id),
    scorecards: cards
      .filter((card) => card.interviewId === row.id)
      .map((card) => {
        const submitted = card.submittedAt !== null;
        return {
          userId: card.interviewerUserId,
          submitted,
          scores: submitted ? DraftScores.parse(card.scores) : {},
          recommendation: submitted && card.recommendation !== null ? Recommendation.parse(card.recommendation) : null,
        };
      }),
  }));
}

type DecisionRow = typeof partnerDecisions.$inferSelect;

function toDecision(row: DecisionRow, deciderName: string | null): Decision {
  return {
    id: row.id,
    outcome: row.outcome,
    reason: row.reason,
    decidedBy: row.decidedBy && deciderName !== null ? { userId: row.decidedBy, name: deciderName } : null,
    decidedAt: row.decidedAt.toISOString(),
    emailTemplateKey: row.emailTemplateKey,
    summary: DecisionSummary.parse(row.summary),
  };
}

export async function decisionOverview(ctx: AppContext, caller: Caller, partnerId: string): Promise<DecisionOverview> {
  await authorizeReader(ctx.db, caller, partnerId);
  const summary = decisionSummary(await summaryInput(ctx.db, caller.workspace.id, partnerId), caller.actor.userId);
  const rows = await ctx.db
    .select({ decision: partnerDecisions, name: user.name })
    .from(partnerDecisions)
    .leftJoin(user, eq(user.id, partnerDecisions.decidedBy))
    .where(and(eq(partnerDecisions.workspaceId, caller.workspace.id), eq(partnerDecisions.partnerId, partnerId)))
    .orderBy(desc(partnerDecisions.decidedAt));
  return { summary, decisions: rows.map((row) => toDecision(row.decision, row.name)) };
}

export async function decide(ctx: AppContext, caller: Caller, partnerId: string, input: DecisionInput): Promise<Decision> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "interview.manage", true);
    const summary = decisionSummary(await summaryInput(tx, caller.workspace.id, partnerId), caller.actor.userId);
    if (summary.withheld.length > 0) throw conflict("You sit on a panel of this candidate and have not submitted your scorecard: submit it first, then decide.");
    const [partner] = await tx.select({ name: partners.name, contactName: partners.contactName, contactEmail: partners.contactEmail }).from(partners).where(eq(partners.id, partnerId));
    if (!partner) throw new Error(`partner ${partnerId} vanished`);
    if (input.sendEmail && !partner.contactEmail) {
      throw badRequest(`${partner.name} has no contact email, so the decision cannot be sent. Add a contact on the partner, or record the decision without sending it.`, [{ path: "body.sendEmail", message: "the partner has no contact email" }]);
    }
    const templateKey = input.sendEmail ? (input.outcome === "yes" ? "decision-yes" : "decision-no") : null;
    const [row] = await tx
      .insert(partnerDecisions)
      .values({ id: newId(), workspaceId: caller.workspace.id, partnerId, outcome: input.outcome, reason: input.reason, summary, emailTemplateKey: templateKey, decidedBy: caller.actor.userId, decidedAt: ctx.clock.now() })
      .returning();
    if (!row) throw new Error("the decision insert returned nothing");
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner.decided", entityType: "partner", entityId: partnerId, after: { decisionId: row.id, outcome: input.outcome, reason: input.reason, overallScore: summary.overallScore, emailed: templateKey !== null } });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "decision.recorded",
      summary: `${caller.name} decided ${input.outcome === "yes" ? "yes" : "no"} on ${partner.name}: ${input.reason}`,
      data: { decisionId: row.id, outcome: input.outcome, overallScore: summary.overallScore },
      visibility: "internal",
    });
    if (templateKey && partner.contactEmail) {
      const to = { email: partner.contactEmail, name: partner.contactName ?? partner.name };
      await sendTemplatedEmail(tx, ctx, { workspaceId: caller.workspace.id, partnerId, templateKey, to, variables: { decision: { reason: input.reason } }, dedupeKey: `decision:${row.id}`, actorUserId: caller.actor.userId });
      await recordActivity(tx, ctx.clock, { workspaceId: caller.workspace.id, partnerId, actorUserId: caller.actor.userId, kind: "decision.sent", summary: `The decision on the application was sent to ${to.name}`, data: { decisionId: row.id }, visibility: "shared" });
    }
    return toDecision(row, caller.name);
  });
}
