import { randomInt, randomUUID } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { CloseSurveyInput, MySurvey, SurveyAnswerReceipt, SurveyAnswersInput, SurveyDetail } from "../../../domain/surveys/contracts";
import { planRelease, type AnswerRow, type PendingBundle } from "../../../domain/trust/anonymous-storage";
import { answerProblem, minimumAnswers, SurveyAnswerValue } from "../../../domain/trust/anonymous-survey";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { surveyAnswers, surveyPending, surveyRespondents, surveys } from "../../db/schema";
import { badRequest, conflict, notFound, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { inAudience } from "./audience";
import { openAnswers, sealAnswers } from "./seal";
import { loadSurvey, questionsOf, respondentCount, surveyDetail, type SurveyRow } from "./service";

/*
 * Answering and releasing (R-F7, ADR 0016). An answer writes two rows in one transaction: "this
 * person answered" (one per person) and a sealed bundle with a random v4 id and no time. When a
 * batch of `minimumAnswers` bundles is complete, the same transaction opens them, splits them per
 * question, shuffles them and inserts them with random ids, then deletes the bundles: every
 * released row shares its transaction with the rows of at least four other people. No audit
 * entry, activity or notification is written per answer, since any of them would tie a person
 * to a moment. The survey row is locked while answering so two answers cannot race a release.
 */

/** Surveys open to the caller's audience, each with whether the caller answered it. */
export async function mySurveys(ctx: AppContext, caller: Caller): Promise<MySurvey[]> {
  const rows = await ctx.db
    .select({ row: surveys, answered: surveyRespondents.userId })
    .from(surveys)
    .leftJoin(surveyRespondents, and(eq(surveyRespondents.surveyId, surveys.id), eq(surveyRespondents.userId, caller.actor.userId)))
    .where(and(eq(surveys.workspaceId, caller.workspace.id), isNull(surveys.closedAt)));
  return rows
    .filter(({ row }) => inAudience(caller, audienceOf(row)))
    .sort((a, b) => b.row.createdAt.getTime() - a.row.createdAt.getTime())
    .map(({ row, answered }) => ({ id: row.id, title: row.title, intro: row.intro, audience: audienceOf(row).audience, questions: questionsOf(row), answered: answered !== null, minimumAnswers }));
}

function audienceOf(row: SurveyRow) {
  const audience = row.audience === "partner" || row.audience === "partners" ? row.audience : "staff";
  return { audience, partnerId: row.partnerId } as const;
}

/** Every question answered with a value its rule allows; otherwise 400 naming each question. */
function validAnswers(row: SurveyRow, input: SurveyAnswersInput): AnswerRow[] {
  const questions = questionsOf(row);
  const known = new Set(questions.map((question) => question.key));
  const errors = Object.keys(input.answers)
    .filter((key) => !known.has(key))
    .map((key) => ({ path: `answers.${key}`, message: "this survey has no such question" }));
  const rows: AnswerRow[] = [];
  for (const question of questions) {
    const value = input.answers[question.key];
    const problem = value === undefined ? `${question.key}: answer this question` : answerProblem(question, value);
    if (problem) errors.push({ path: `answers.${question.key}`, message: problem });
    else if (value !== undefined) rows.push({ questionKey: question.key, value });
  }
  const first = errors[0];
  if (first) throw badRequest(`Some answers need a look: ${first.message}`, errors);
  return rows;
}

export async function answerSurvey(ctx: AppContext, caller: Caller, surveyId: string, input: SurveyAnswersInput): Promise<SurveyAnswerReceipt> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadSurvey(tx, caller.workspace.id, surveyId, true);
    // People outside the audience are not told the survey exists.
    if (!inAudience(caller, audienceOf(row))) throw notFound("That survey");
    if (row.closedAt) throw conflict("This survey is closed; it takes no more answers.");
    const answers = validAnswers(row, input);
    const inserted = await tx.insert(surveyRespondents).values({ surveyId, userId: caller.actor.userId }).onConflictDoNothing().returning({ userId: surveyRespondents.userId });
    if (inserted.length === 0) throw conflict("You have already answered this survey; each person answers once.");
    await tx.insert(surveyPending).values({ id: randomUUID(), surveyId, sealed: sealAnswers(ctx.config, surveyId, answers) });
    const waiting = await releaseFullBatches(ctx, tx, surveyId);
    return { answered: true, waitingForBatch: waiting > 0 };
  });
}

/**
 * The waiting bundles, opened. A bundle sealed under a secret that has since been rotated cannot
 * be opened by anyone: it is deleted rather than blocking every later release.
 */
async function openPending(ctx: AppContext, tx: Tx, surveyId: string) {
  const pending = await tx.select({ id: surveyPending.id, sealed: surveyPending.sealed }).from(surveyPending).where(eq(surveyPending.surveyId, surveyId));
  const opened: { id: string; bundle: PendingBundle }[] = [];
  const unreadable: string[] = [];
  for (const entry of pending) {
    try {
      opened.push({ id: entry.id, bundle: openAnswers(ctx.config, surveyId, entry.sealed) });
    } catch {
      unreadable.push(entry.id);
    }
  }
  if (unreadable.length > 0) await tx.delete(surveyPending).where(inArray(surveyPending.id, unreadable));
  return opened;
}

async function insertShuffled(tx: Tx, surveyId: string, rows: readonly AnswerRow[]): Promise<void> {
  if (rows.length === 0) return;
  // One statement: every row of the release in one transaction, in the shuffled order, random ids.
  await tx.insert(surveyAnswers).values(rows.map((answer) => ({ id: randomUUID(), surveyId, questionKey: answer.questionKey, value: answer.value })));
}

/** Releases every complete batch of pending bundles; answers how many stay waiting. */
async function releaseFullBatches(ctx: AppContext, tx: Tx, surveyId: string): Promise<number> {
  const pending = await openPending(ctx, tx, surveyId);
  const plan = planRelease(
    pending.map((entry) => entry.bundle),
    minimumAnswers,
    randomInt,
  );
  if (plan.releasedBundles === 0) return pending.length;
  await insertShuffled(tx, surveyId, plan.release);
  const releasedIds = pending.slice(0, plan.releasedBundles).map((entry) => entry.id);
  await tx.delete(surveyPending).where(inArray(surveyPending.id, releasedIds));
  return pending.length - plan.releasedBundles;
}

/**
 * The answers left waiting when a survey closes. With at least `minimumAnswers` people in all,
 * every answer of the survey is mixed again into one release (old rows deleted, all rows inserted
 * shuffled with new ids), so the leftovers hide among everyone. With fewer people in all, no
 * result could ever be shown: the sealed bundles are destroyed. Answers how many were discarded.
 */
async function settleLeftovers(ctx: AppContext, tx: Tx, surveyId: string): Promise<number> {
  const pending = await openPending(ctx, tx, surveyId);
  if (pending.length === 0) return 0;
  await tx.delete(surveyPending).where(eq(surveyPending.surveyId, surveyId));
  if ((await respondentCount(tx, surveyId)) < minimumAnswers) return pending.length;
  const released = await tx.select({ questionKey: surveyAnswers.questionKey, value: surveyAnswers.value }).from(surveyAnswers).where(eq(surveyAnswers.surveyId, surveyId));
  const earlier: PendingBundle[] = released.flatMap((answer) => {
    const value = SurveyAnswerValue.safeParse(answer.value);
    return value.success ? [{ answers: [{ questionKey: answer.questionKey, value: value.data }] }] : [];
  });
  const everything = [...earlier, ...pending.map((entry) => entry.bundle)];
  const plan = planRelease(everything, everything.length, randomInt);
  await tx.delete(surveyAnswers).where(eq(surveyAnswers.surveyId, surveyId));
  await insertShuffled(tx, surveyId, plan.release);
  return 0;
}

export async function closeSurvey(ctx: AppContext, caller: Caller, surveyId: string, input: CloseSurveyInput): Promise<SurveyDetail> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    const row = await loadSurvey(tx, workspaceId, surveyId, true);
    if (row.closedAt) throw conflict("This survey is closed already.");
    if (row.version !== input.version) throw staleVersion("This survey");
    const discarded = await settleLeftovers(ctx, tx, surveyId);
    await tx
      .update(surveys)
      .set({ closedAt: ctx.clock.now(), version: row.version + 1 })
      .where(eq(surveys.id, surveyId));
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "survey.closed", entityType: "survey", entityId: surveyId, after: { discardedAnswers: discarded } });
    return surveyDetail(tx, workspaceId, surveyId);
  });
}
