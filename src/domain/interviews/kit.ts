import { z } from "zod";

/*
 * The shapes of an interview kit (R-B3) as stored in `interview_kits.stages` and copied into
 * `interviews.criteria`, and of a scorecard's scores. The interviews module owns the rules;
 * calibration reads the same shapes.
 */

/** Keys name criteria in stored scores, so they stay stable when a label is reworded. */
export const CriterionKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "use 1–40 lowercase letters, digits and underscores, starting with a letter");

export const InterviewCriterion = z.strictObject({
  key: CriterionKey,
  name: z.string().trim().min(1, "name the criterion").max(120),
  /** What a 1, a 3 and a 5 look like; shown to the interviewer beside the score. */
  guidance: z.string().trim().max(2000).default(""),
  /** Relative weight in the decision summary; weights of a stage need not add up to anything. */
  weight: z.number().min(0.1, "a weight is at least 0.1").max(10, "a weight is at most 10"),
});
export type InterviewCriterion = z.infer<typeof InterviewCriterion>;

export const InterviewKitStage = z.strictObject({
  key: CriterionKey,
  name: z.string().trim().min(1, "name the stage").max(120),
  purpose: z.string().trim().max(2000).default(""),
  /** A culture stage: only staff certified for culture interviews may sit on its panel (R-B4). */
  certifiedOnly: z.boolean().default(false),
  criteria: z.array(InterviewCriterion).min(1, "a stage needs at least one criterion").max(20),
});
export type InterviewKitStage = z.infer<typeof InterviewKitStage>;

export const scoreMin = 1;
export const scoreMax = 5;

/** One criterion's score on a scorecard. */
export const CriterionScore = z.strictObject({
  score: z.number().int().min(scoreMin).max(scoreMax),
  evidence: z.string().trim().max(4000).default(""),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/** criterion key → score; a draft may leave criteria out, a submitted scorecard may not. */
export const Scores = z.record(CriterionKey, CriterionScore);
export type Scores = z.infer<typeof Scores>;

export const recommendationValues = ["strong_no", "no", "yes", "strong_yes"] as const;
export const Recommendation = z.enum(recommendationValues);
export type Recommendation = z.infer<typeof Recommendation>;
