import { z } from "zod";
import { Timestamp } from "../common/schemas";
import { Rating, Side } from "../health/schemas";
import { meetingTypes } from "../journeys/template/kinds/meeting";

/*
 * Contracts of the readiness checklist (issue 6, R-F8), shared by server and web.
 * A `null` means "known: has not happened"; a field left out means "the data does not say"
 * (say, the survey was run outside Accord). The checklist answers the first with yes, no or
 * not yet due, and the second with unknown rather than guessing.
 */

export const ReadinessMeeting = z.object({
  kind: z.enum(meetingTypes),
  /** Null: scheduled but not held yet. */
  heldAt: Timestamp.nullable(),
  recapSentAt: Timestamp.nullable().optional(),
});
export type ReadinessMeeting = z.infer<typeof ReadinessMeeting>;

export const EarlyWinFacts = z.object({
  hostLead: z.string().min(1).nullable(),
  partnerLead: z.string().min(1).nullable(),
  deadline: Timestamp.nullable(),
  checkInsHeldAt: z.array(Timestamp).default([]),
  doneAt: Timestamp.nullable(),
  announcedAt: Timestamp.nullable().optional(),
});
export type EarlyWinFacts = z.infer<typeof EarlyWinFacts>;

export const QuarterlyReviewFacts = z.object({
  heldAt: Timestamp,
  ratings: z.array(z.object({ side: Side, trust: Rating, satisfaction: Rating })).default([]),
});
export type QuarterlyReviewFacts = z.infer<typeof QuarterlyReviewFacts>;

export const ReadinessFacts = z.object({
  journeyStartedAt: Timestamp,
  meetings: z.array(ReadinessMeeting).default([]),
  preferencesSurveyAnsweredAt: Timestamp.nullable().optional(),
  /** Null: no early win chosen yet. */
  earlyWin: EarlyWinFacts.nullable().default(null),
  escalations: z.array(z.object({ raisedAt: Timestamp, resolutionMeetingAt: Timestamp.nullable() })).default([]),
  quarterlyReviews: z.array(QuarterlyReviewFacts).default([]),
});
export type ReadinessFacts = z.infer<typeof ReadinessFacts>;

export const ReadinessAnswer = z.enum(["yes", "no", "not_yet_due", "unknown"]);
export type ReadinessAnswer = z.infer<typeof ReadinessAnswer>;

export const questionKeys = [
  "preferences_survey_before_kickoff",
  "alignment_in_first_week",
  "alignment_recap_within_24h",
  "early_win_chosen_with_leads",
  "early_win_deadline_within_30_days",
  "early_win_weekly_check_ins",
  "early_win_done_by_deadline",
  "early_win_announced",
  "escalations_met_within_48h",
  "quarterly_review_held",
  "quarterly_review_rated_by_both",
  "quarterly_ratings_steady",
  "recaps_within_24h",
] as const;
export const QuestionKey = z.enum(questionKeys);
export type QuestionKey = z.infer<typeof QuestionKey>;

export const ReadinessQuestion = z.object({
  key: QuestionKey,
  question: z.string(),
  answer: ReadinessAnswer,
  /** Why the answer is what it is, in one sentence. */
  detail: z.string(),
  /** What to do about it; always given for "no". */
  action: z.string().nullable(),
});
export type ReadinessQuestion = z.infer<typeof ReadinessQuestion>;

export const momentKeys = ["alignment", "early_win", "resolution", "quarterly_review", "every_meeting"] as const;
export const MomentKey = z.enum(momentKeys);
export type MomentKey = z.infer<typeof MomentKey>;

/** ready: every answer yes; needs_action: at least one no; on_track: no "no" yet, something still open. */
export const MomentStatus = z.enum(["ready", "on_track", "needs_action"]);
export type MomentStatus = z.infer<typeof MomentStatus>;

export const ReadinessMoment = z.object({
  key: MomentKey,
  status: MomentStatus,
  counts: z.record(ReadinessAnswer, z.number().int().min(0)),
  questions: z.array(ReadinessQuestion),
});
export type ReadinessMoment = z.infer<typeof ReadinessMoment>;

export const ReadinessChecklist = z
  .object({ asOf: Timestamp, status: MomentStatus, moments: z.array(ReadinessMoment) })
  .meta({ id: "ReadinessChecklist" });
export type ReadinessChecklist = z.infer<typeof ReadinessChecklist>;
