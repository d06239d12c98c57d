import { z } from "zod";
import { recommendationValues, type InterviewCriterion, type Recommendation } from "./kit";

/*
 * The weighted decision summary of a candidate (R-B3). Per stage and criterion: the mean of the
 * submitted scores (each interviewer counts once), their spread and how many there are; per
 * stage: the criteria means weighted by the criteria's weights; overall: the mean of the stage
 * scores, so each stage counts the same whatever its weights add up to. Cancelled interviews and
 * drafts never count. Figures are rounded to two decimals.
 */

const Figure = z.number().nullable();
const RecommendationCounts = z.object({ strong_no: z.number().int(), no: z.number().int(), yes: z.number().int(), strong_yes: z.number().int() });
export type RecommendationCounts = z.infer<typeof RecommendationCounts>;

export const CriterionSummary = z.object({
  key: z.string(),
  name: z.string(),
  weight: z.number(),
  count: z.number().int(),
  mean: Figure,
  min: Figure,
  max: Figure,
  /** max − min: how far apart the panel is on this criterion. */
  spread: Figure,
  /** Population standard deviation of the scores. */
  stdDev: Figure,
});
export type CriterionSummary = z.infer<typeof CriterionSummary>;

export const StageSummary = z.object({
  stageKey: z.string(),
  stageName: z.string(),
  interviews: z.number().int(),
  submitted: z.number().int(),
  expected: z.number().int(),
  criteria: z.array(CriterionSummary),
  weightedScore: Figure,
  recommendations: RecommendationCounts,
});
export type StageSummary = z.infer<typeof StageSummary>;

export const PendingScorecard = z.object({ interviewId: z.string(), stageName: z.string(), userId: z.string(), name: z.string() });

export const DecisionSummary = z
  .object({
    stages: z.array(StageSummary),
    overallScore: Figure,
    recommendations: RecommendationCounts,
    submitted: z.number().int(),
    /** Panel members of live interviews who have not submitted yet. */
    pending: z.array(PendingScorecard),
    /** Interviews left out because the reader sits on their panel and has not submitted yet. */
    withheld: z.array(z.string()),
  })
  .meta({ id: "DecisionSummary" });
export type DecisionSummary = z.infer<typeof DecisionSummary>;

export interface SummaryScorecard {
  userId: string;
  submitted: boolean;
  scores: Readonly<Record<string, { score: number | null }>>;
  recommendation: Recommendation | null;
}
export interface SummaryInterview {
  id: string;
  stageKey: string;
  stageName: string;
  status: "scheduled" | "completed" | "cancelled";
  criteria: readonly InterviewCriterion[];
  panel: readonly { userId: string; name: string }[];
  scorecards: readonly SummaryScorecard[];
}

const round = (value: number) => Math.round(value * 100) / 100;

function emptyCounts(): RecommendationCounts {
  return { strong_no: 0, no: 0, yes: 0, strong_yes: 0 };
}

/** The figures of one criterion from its scores. */
export function criterionFigures(scores: readonly number[]) {
  if (scores.length === 0) return { count: 0, mean: null, min: null, max: null, spread: null, stdDev: null };
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  const variance = scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length;
  return { count: scores.length, mean: round(mean), min, max, spread: max - min, stdDev: round(Math.sqrt(variance)) };
}

/** Σ weight × mean / Σ weight over the criteria that have a mean; null when none has. */
export function weightedScore(criteria: readonly { weight: number; mean: number | null }[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    if (criterion.mean === null) continue;
    weighted += criterion.weight * criterion.mean;
    weights += criterion.weight;
  }
  return weights === 0 ? null : round(weighted / weights);
}

/** Whether a reader sees others' scores: not while they sit on the panel without having submitted. */
export function othersVisibleTo(userId: string, interview: Pick<SummaryInterview, "panel" | "scorecards">): boolean {
  const onPanel = interview.panel.some((member) => member.userId === userId);
  if (!onPanel) return true;
  return interview.scorecards.some((card) => card.userId === userId && card.submitted);
}

export function decisionSummary(interviews: readonly SummaryInterview[], readerUserId: string): DecisionSummary {
  const live = interviews.filter((interview) => interview.status !== "cancelled");
  const withheld = live.filter((interview) => !othersVisibleTo(readerUserId, interview)).map((interview) => interview.id);
  const counted = live.filter((interview) => !withheld.includes(interview.id));
  const byStage = new Map<string, { latest: SummaryInterview; all: SummaryInterview[] }>();
  for (const interview of counted) {
    const group = byStage.get(interview.stageKey);
    if (group) {
      group.all.push(interview);
      group.latest = interview;
    } else byStage.set(interview.stageKey, { latest: interview, all: [interview] });
  }
  const stages = [...byStage.values()].map(stageSummary);
  const stageScores = stages.map((stage) => stage.weightedScore).filter((score): score is number => score !== null);
  const recommendations = emptyCounts();
  for (const stage of stages) for (const value of recommendationValues) recommendations[value] += stage.recommendations[value];
  const pending = live.flatMap((interview) =>
    interview.panel
      .filter((member) => !interview.scorecards.some((card) => card.userId === member.userId && card.submitted))
      .map((member) => ({ interviewId: interview.id, stageName: interview.stageName, userId: member.userId, name: member.name })),
  );
  return {
    stages,
    overallScore: stageScores.length === 0 ? null : round(stageScores.reduce((sum, score) => sum + score, 0) / stageScores.length),
    recommendations,
    submitted: stages.reduce((sum, stage) => sum + stage.submitted, 0),
    pending,
    withheld,
  };
}

/** One stage over all its interviews; a criterion is named as in the latest interview that has it. */
function stageSummary({ latest, all: interviews }: { latest: SummaryInterview; all: readonly SummaryInterview[] }): StageSummary {
  const criteria = new Map<string, InterviewCriterion>();
  for (const interview of interviews) for (const criterion of interview.criteria) criteria.set(criterion.key, criterion);
  const submitted = interviews.flatMap((interview) => interview.scorecards.filter((card) => card.submitted));
  const recommendations = emptyCounts();
  for (const card of submitted) if (card.recommendation) recommendations[card.recommendation] += 1;
  const summaries = [...criteria.values()].map((criterion) => {
    const scores = submitted.map((card) => card.scores[criterion.key]?.score).filter((score): score is number => typeof score === "number");
    return { key: criterion.key, name: criterion.name, weight: criterion.weight, ...criterionFigures(scores) };
  });
  return {
    stageKey: latest.stageKey,
    stageName: latest.stageName,
    interviews: interviews.length,
    submitted: submitted.length,
    expected: interviews.reduce((sum, interview) => sum + interview.panel.length, 0),
    criteria: summaries,
    weightedScore: weightedScore(summaries),
    recommendations,
  };
}
