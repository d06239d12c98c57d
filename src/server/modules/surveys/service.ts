import { and, count, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { SurveyQuestionSpec, type SurveyDetail, type SurveyInput, type SurveySummary } from "../../../domain/surveys/contracts";
import { minimumAnswers, SurveyAnswerValue, surveyResult } from "../../../domain/trust/anonymous-survey";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { partners, surveyAnswers, surveyPending, surveyRespondents, surveys, user } from "../../db/schema";
import { badRequest, notFound } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { notify } from "../notifications/service";
import { audienceUserIds } from "./audience";

/*
 * Surveys as their managers and readers see them: create, list, read the results. Nothing here
 * reads who answered what, because nothing stores it (see answer.ts and ADR 0016).
 */

export type SurveyRow = typeof surveys.$inferSelect;

const StoredQuestions = z.array(SurveyQuestionSpec);

export function questionsOf(row: SurveyRow): SurveyQuestionSpec[] {
  return StoredQuestions.parse(row.questions);
}

async function readRows(db: DbOrTx, workspaceId: string, surveyId?: string) {
  const answered = db.select({ surveyId: surveyRespondents.surveyId, people: count().as("people") }).from(surveyRespondents).groupBy(surveyRespondents.surveyId).as("answered");
  return db
    .select({ row: surveys, partnerName: partners.name, createdBy: user.name, answered: answered.people })
    .from(surveys)
    .leftJoin(partners, eq(partners.id, surveys.partnerId))
    .leftJoin(user, eq(user.id, surveys.createdBy))
    .leftJoin(answered, eq(answered.surveyId, surveys.id))
    .where(and(eq(surveys.workspaceId, workspaceId), surveyId === undefined ? undefined : eq(surveys.id, surveyId)))
    .orderBy(desc(surveys.createdAt));
}

type ReadRow = Awaited<ReturnType<typeof readRows>>[number];

function summaryOf({ row, partnerName, createdBy, answered }: ReadRow): SurveySummary {
  return {
    id: row.id,
    title: row.title,
    intro: row.intro,
    audience: row.audience === "partner" || row.audience === "partners" ? row.audience : "staff",
    partnerId: row.partnerId,
    partnerName,
    status: row.closedAt ? "closed" : "open",
    createdAt: row.createdAt.toISOString(),
    createdBy,
    closedAt: row.closedAt?.toISOString() ?? null,
    answered: Number(answered ?? 0),
    version: row.version,
  };
}

export async function listSurveys(ctx: AppContext, caller: Caller): Promise<SurveySummary[]> {
  return (await readRows(ctx.db, caller.workspace.id)).map(summaryOf);
}

/** Loads one survey of the caller's workspace (locked for the rest of the transaction when asked). */
export async function loadSurvey(db: DbOrTx, workspaceId: string, surveyId: string, lock = false): Promise<SurveyRow> {
  const query = db.select().from(surveys).where(and(eq(surveys.id, surveyId), eq(surveys.workspaceId, workspaceId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("That survey");
  return row;
}

/** Results per question from the released answers only; pending ones are counted, never read. */
export async function surveyDetail(db: DbOrTx, workspaceId: string, surveyId: string): Promise<SurveyDetail> {
  const [found] = await readRows(db, workspaceId, surveyId);
  if (!found) throw notFound("That survey");
  const questions = questionsOf(found.row);
  const released = await db.select({ questionKey: surveyAnswers.questionKey, value: surveyAnswers.value }).from(surveyAnswers).where(eq(surveyAnswers.surveyId, surveyId));
  const [waiting] = await db.select({ bundles: count() }).from(surveyPending).where(eq(surveyPending.surveyId, surveyId));
  const valuesByQuestion = new Map<string, (string | number)[]>();
  for (const answer of released) {
    const value = SurveyAnswerValue.safeParse(answer.value);
    if (value.success) valuesByQuestion.set(answer.questionKey, [...(valuesByQuestion.get(answer.questionKey) ?? []), value.data]);
  }
  return {
    ...summaryOf(found),
    questions,
    results: questions.map((question) => surveyResult(question, valuesByQuestion.get(question.key) ?? [])),
    waitingForBatch: waiting?.bundles ?? 0,
    minimumAnswers,
  };
}

export async function getSurvey(ctx: AppContext, caller: Caller, surveyId: string): Promise<SurveyDetail> {
  return surveyDetail(ctx.db, caller.workspace.id, surveyId);
}

async function assertPartnerOfWorkspace(db: DbOrTx, workspaceId: string, partnerId: string | undefined): Promise<void> {
  if (!partnerId) return;
  const [found] = await db.select({ id: partners.id }).from(partners).where(and(eq(partners.id, partnerId), eq(partners.workspaceId, workspaceId)));
  if (!found) throw badRequest("The partner chosen for this survey does not exist in this workspace.", [{ path: "partnerId", message: "choose a partner of this workspace" }]);
}

function surveyLink(workspaceSlug: string, surveyId: string, audience: SurveyInput["audience"]): string {
  const slug = encodeURIComponent(workspaceSlug);
  return audience === "staff" ? `/w/${slug}/surveys/${surveyId}` : `/w/${slug}/portal/surveys/${surveyId}`;
}

/** Opens a survey and tells its audience in their bell (no email: a survey is not urgent). */
export async function createSurvey(ctx: AppContext, caller: Caller, input: SurveyInput): Promise<SurveyDetail> {
  const workspaceId = caller.workspace.id;
  const title = input.title.trim();
  return ctx.db.transaction(async (tx) => {
    await assertPartnerOfWorkspace(tx, workspaceId, input.partnerId);
    const id = newId();
    const partnerId = input.audience === "partner" ? (input.partnerId ?? null) : null;
    await tx.insert(surveys).values({ id, workspaceId, title, intro: input.intro ?? "", questions: input.questions, audience: input.audience, partnerId, createdBy: caller.actor.userId, createdAt: ctx.clock.now() });
    const audience = { audience: input.audience, partnerId };
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "survey.created", entityType: "survey", entityId: id, after: { title, audience: input.audience, partnerId, questions: input.questions.length } });
    await notify(tx, ctx.clock, {
      workspaceId,
      userIds: await audienceUserIds(tx, workspaceId, audience, caller.actor.userId),
      kind: "survey.opened",
      title: `Anonymous survey: ${title}`,
      body: `${caller.name} asks for your view. Your answers are stored without your name, and results show only from ${String(minimumAnswers)} answers on.`,
      link: surveyLink(caller.workspace.slug, id, input.audience),
      dedupeKey: `survey.opened:${id}`,
      ...(partnerId ? { partnerId } : {}),
    });
    return surveyDetail(tx, workspaceId, id);
  });
}

/** How many people answered a survey: the only thing the respondents table tells. */
export async function respondentCount(db: DbOrTx, surveyId: string): Promise<number> {
  const [row] = await db.select({ people: sql<number>`count(*)::int` }).from(surveyRespondents).where(eq(surveyRespondents.surveyId, surveyId));
  return Number(row?.people ?? 0);
}
