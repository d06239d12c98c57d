import { z } from "zod";
import { Id, Timestamp, Version } from "../common/schemas";
import { minimumAnswers, SurveyAnswerValue, SurveyQuestion } from "../trust/anonymous-survey";

/*
 * The API contracts of anonymous surveys (R-F7). The rules (results from five answers on, what a
 * valid answer is, the batched release) live in domain/trust; this file only shapes the requests
 * and replies. Nothing here carries who answered what: a reply says at most whether *I* answered.
 */

const QuestionText = z.string().trim().min(1, "write the question").max(300, "at most 300 characters");
const [ratingQuestion, choiceQuestion] = SurveyQuestion.options;

/** A question as people read it: the rule of `SurveyQuestion` plus the words shown. */
export const SurveyQuestionSpec = z
  .discriminatedUnion("kind", [ratingQuestion.extend({ text: QuestionText }), choiceQuestion.extend({ text: QuestionText })])
  .superRefine((question, ctx) => {
    if (question.kind === "rating" && question.min >= question.max) ctx.addIssue({ code: "custom", path: ["max"], message: "must be above the lowest value" });
    if (question.kind === "choice" && new Set(question.options).size !== question.options.length) ctx.addIssue({ code: "custom", path: ["options"], message: "each option only once" });
  })
  .meta({ id: "SurveyQuestion" });
export type SurveyQuestionSpec = z.infer<typeof SurveyQuestionSpec>;

/** `staff`: every staff member; `partners`: every partner user; `partner`: the people of one partner. */
export const surveyAudiences = ["staff", "partners", "partner"] as const;
export const SurveyAudience = z.enum(surveyAudiences, { error: "use staff, partners or partner" });
export type SurveyAudience = z.infer<typeof SurveyAudience>;

export const SurveyInput = z
  .strictObject({
    title: z.string().trim().min(1, "give the survey a title").max(200, "at most 200 characters"),
    intro: z.string().trim().max(2000, "at most 2000 characters").default(""),
    questions: z.array(SurveyQuestionSpec).min(1, "ask at least one question").max(30, "at most 30 questions"),
    audience: SurveyAudience,
    partnerId: Id.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.audience === "partner" && !input.partnerId) ctx.addIssue({ code: "custom", path: ["partnerId"], message: "choose the partner whose people answer" });
    if (input.audience !== "partner" && input.partnerId) ctx.addIssue({ code: "custom", path: ["partnerId"], message: "only a survey for one partner names a partner" });
    const seen = new Set<string>();
    input.questions.forEach((question, index) => {
      if (seen.has(question.key)) ctx.addIssue({ code: "custom", path: ["questions", index, "key"], message: `the key "${question.key}" is used twice` });
      seen.add(question.key);
    });
  })
  .meta({ id: "SurveyInput" });
export type SurveyInput = z.input<typeof SurveyInput>;

export const SurveyStatus = z.enum(["open", "closed"]);

export const SurveySummary = z
  .object({
    id: Id,
    title: z.string(),
    intro: z.string(),
    audience: SurveyAudience,
    partnerId: Id.nullable(),
    partnerName: z.string().nullable(),
    status: SurveyStatus,
    createdAt: Timestamp,
    createdBy: z.string().nullable(),
    closedAt: Timestamp.nullable(),
    /** How many people answered (released or still waiting for a batch). */
    answered: z.number().int(),
    version: Version,
  })
  .meta({ id: "SurveySummary" });
export type SurveySummary = z.infer<typeof SurveySummary>;

export const SurveyQuestionResult = z
  .union([
    z.object({ key: z.string(), shown: z.literal(false), count: z.number().int(), message: z.string() }),
    z.object({ key: z.string(), shown: z.literal(true), count: z.number().int(), mean: z.number().nullable(), distribution: z.record(z.string(), z.number().int()) }),
  ])
  .meta({ id: "SurveyQuestionResult" });
export type SurveyQuestionResult = z.infer<typeof SurveyQuestionResult>;

export const SurveyDetail = SurveySummary.extend({
  questions: z.array(SurveyQuestionSpec),
  results: z.array(SurveyQuestionResult),
  /** Answers sealed until a batch of `minimumAnswers` people is complete. */
  waitingForBatch: z.number().int(),
  minimumAnswers: z.literal(minimumAnswers),
}).meta({ id: "SurveyDetail" });
export type SurveyDetail = z.infer<typeof SurveyDetail>;

/** A survey open to the caller, with whether the caller has answered it (and nothing more). */
export const MySurvey = z
  .object({
    id: Id,
    title: z.string(),
    intro: z.string(),
    audience: SurveyAudience,
    questions: z.array(SurveyQuestionSpec),
    answered: z.boolean(),
    minimumAnswers: z.literal(minimumAnswers),
  })
  .meta({ id: "MySurvey" });
export type MySurvey = z.infer<typeof MySurvey>;

export const SurveyAnswersInput = z
  .strictObject({ answers: z.record(z.string().max(63), SurveyAnswerValue) })
  .meta({ id: "SurveyAnswersInput" });
export type SurveyAnswersInput = z.infer<typeof SurveyAnswersInput>;

export const SurveyAnswerReceipt = z
  .object({
    answered: z.literal(true),
    /** True while fewer than a batch of people answered since the last release. */
    waitingForBatch: z.boolean(),
  })
  .meta({ id: "SurveyAnswerReceipt" });
export type SurveyAnswerReceipt = z.infer<typeof SurveyAnswerReceipt>;

export const CloseSurveyInput = z.strictObject({ version: Version }).meta({ id: "CloseSurveyInput" });
export type CloseSurveyInput = z.infer<typeof CloseSurveyInput>;
