import { z } from "zod";
import { Id, Timestamp, Version } from "../common/schemas";
import { CriterionKey, InterviewCriterion, InterviewKitStage, Recommendation } from "./kit";
import { DecisionSummary } from "./summary";

/*
 * The API contracts of interview kits, interviews, scorecards and decisions (R-B3), shared by the
 * server and the web client.
 */

/** Keys name stages and criteria in stored scores, so each must be unique where it is used. */
export const KitStages = z
  .array(InterviewKitStage)
  .min(1, "a kit needs at least one stage")
  .max(10, "a kit has at most 10 stages")
  .superRefine((stages, ctx) => {
    const stageKeys = new Set<string>();
    stages.forEach((stage, index) => {
      if (stageKeys.has(stage.key)) ctx.addIssue({ code: "custom", path: [index, "key"], message: `the stage key "${stage.key}" is used twice` });
      stageKeys.add(stage.key);
      const criterionKeys = new Set<string>();
      stage.criteria.forEach((criterion, position) => {
        if (criterionKeys.has(criterion.key)) ctx.addIssue({ code: "custom", path: [index, "criteria", position, "key"], message: `the criterion key "${criterion.key}" is used twice in this stage` });
        criterionKeys.add(criterion.key);
      });
    });
  });

const KitName = z.string().trim().min(1, "name the kit").max(120, "at most 120 characters");

export const KitInput = z.strictObject({
  name: KitName,
  programId: Id.nullable().default(null),
  stages: KitStages,
});
export type KitInput = z.infer<typeof KitInput>;

export const KitPatch = z.strictObject({
  version: Version,
  name: KitName.optional(),
  programId: Id.nullable().optional(),
  stages: KitStages.optional(),
});
export type KitPatch = z.infer<typeof KitPatch>;

export const VersionBody = z.strictObject({ version: Version });

export const Kit = z
  .object({
    id: z.string(),
    name: z.string(),
    programId: z.string().nullable(),
    stages: z.array(InterviewKitStage),
    /** The kit every workspace starts with ("Partner interviews"). */
    builtIn: z.boolean(),
    archivedAt: Timestamp.nullable(),
    version: z.number().int(),
    updatedAt: Timestamp,
  })
  .meta({ id: "InterviewKit" });
export type Kit = z.infer<typeof Kit>;

export const KitList = z.object({ items: z.array(Kit) });
export const KitListQuery = z.object({ archived: z.enum(["include", "exclude"]).default("exclude") });

export const interviewStatuses = ["scheduled", "completed", "cancelled"] as const;
export const InterviewStatus = z.enum(interviewStatuses);
export const ScorecardStatus = z.enum(["not_started", "draft", "submitted"]);
export type ScorecardStatus = z.infer<typeof ScorecardStatus>;

export const PanelMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  scorecard: ScorecardStatus,
  submittedAt: Timestamp.nullable(),
});
export type PanelMember = z.infer<typeof PanelMember>;

export const Interview = z
  .object({
    id: z.string(),
    partner: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
    kitId: z.string(),
    kitName: z.string(),
    stageKey: z.string(),
    stageName: z.string(),
    /** The stage's purpose as the kit says it now (interviews keep their criteria, not their wording). */
    purpose: z.string(),
    certifiedOnly: z.boolean(),
    criteria: z.array(InterviewCriterion),
    startsAt: Timestamp,
    durationMinutes: z.number().int(),
    location: z.string(),
    status: InterviewStatus,
    panel: z.array(PanelMember),
    version: z.number().int(),
  })
  .meta({ id: "Interview" });
export type Interview = z.infer<typeof Interview>;

export const InterviewList = z.object({ items: z.array(Interview) });

const PanelUserIds = z
  .array(z.string().min(1).max(100))
  .min(1, "choose at least one interviewer")
  .max(8, "a panel has at most 8 interviewers")
  .refine((ids) => new Set(ids).size === ids.length, "name each interviewer once");
const DurationMinutes = z.number().int().min(15, "at least 15 minutes").max(480, "at most 8 hours");
const Location = z.string().trim().max(500, "at most 500 characters");

export const ScheduleInterviewInput = z.strictObject({
  kitId: Id,
  stageKey: CriterionKey,
  startsAt: Timestamp,
  durationMinutes: DurationMinutes.default(60),
  /** A room or a video link. */
  location: Location.default(""),
  panelUserIds: PanelUserIds,
});
export type ScheduleInterviewInput = z.infer<typeof ScheduleInterviewInput>;

export const RescheduleInterviewInput = z.strictObject({
  version: Version,
  startsAt: Timestamp.optional(),
  durationMinutes: DurationMinutes.optional(),
  location: Location.optional(),
  panelUserIds: PanelUserIds.optional(),
});
export type RescheduleInterviewInput = z.infer<typeof RescheduleInterviewInput>;

export const CancelInterviewInput = z.strictObject({ version: Version, reason: z.string().trim().min(1, "say why the interview is cancelled").max(1000) });

export const ScheduleResult = z.object({
  interview: Interview,
  /** Whether the candidate's contact was sent the invitation (a partner without a contact email is not). */
  candidateInvited: z.boolean(),
});

/**
 * What an interviewer sends. Scores are plain numbers here on purpose: the server checks them
 * against the interview's own criteria, so a score out of range is answered naming its criterion.
 */
export const ScoreEntryInput = z.strictObject({
  score: z.number().nullable().default(null),
  evidence: z.string().trim().max(4000, "at most 4000 characters").default(""),
});
export const ScorecardInput = z.strictObject({
  /** The version of your scorecard you read; leave it out when you have none yet. */
  version: Version.optional(),
  scores: z.record(z.string().max(60), ScoreEntryInput).default({}),
  recommendation: Recommendation.nullable().default(null),
  notes: z.string().trim().max(8000, "at most 8000 characters").default(""),
});
export type ScorecardInput = z.infer<typeof ScorecardInput>;

/** A stored draft may leave scores empty; a submitted scorecard has every one (domain `Scores`). */
export const DraftScores = z.record(CriterionKey, z.object({ score: z.number().int().nullable(), evidence: z.string() }));
export type DraftScores = z.infer<typeof DraftScores>;

export const ScorecardView = z.object({
  interviewer: z.object({ userId: z.string(), name: z.string() }),
  status: ScorecardStatus,
  submittedAt: Timestamp.nullable(),
  version: z.number().int().nullable(),
  /** Null when you may not see them yet (DESIGN section 2: not before your own is submitted). */
  scores: DraftScores.nullable(),
  recommendation: Recommendation.nullable(),
  notes: z.string().nullable(),
});
export type ScorecardView = z.infer<typeof ScorecardView>;

export const InterviewScorecards = z.object({
  /** Your own scorecard; null when you are not on the panel. */
  mine: ScorecardView.nullable(),
  /** False while you are on the panel and have not submitted: others' scores are withheld. */
  othersVisible: z.boolean(),
  others: z.array(ScorecardView),
});
export type InterviewScorecards = z.infer<typeof InterviewScorecards>;

export const MyInterview = z.object({
  id: z.string(),
  partner: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
  stageName: z.string(),
  startsAt: Timestamp,
  durationMinutes: z.number().int(),
  location: z.string(),
  status: InterviewStatus,
  upcoming: z.boolean(),
  myScorecard: ScorecardStatus,
});
export type MyInterview = z.infer<typeof MyInterview>;
export const MyInterviewList = z.object({ items: z.array(MyInterview) });

export const CandidateAnswer = z.object({ key: z.string(), label: z.string(), value: z.string() });
export const CandidateView = z.object({
  partner: z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    stage: z.string(),
    country: z.string().nullable(),
    timeZone: z.string(),
    website: z.string().nullable(),
    contactName: z.string().nullable(),
  }),
  /** The application the candidate sent, when they came through the public form. */
  application: z.object({ submittedAt: Timestamp, answers: z.array(CandidateAnswer) }).nullable(),
});
export type CandidateView = z.infer<typeof CandidateView>;

export const DecisionInput = z.strictObject({
  outcome: z.enum(["yes", "no"]),
  reason: z.string().trim().min(1, "give the reason for the decision").max(4000, "at most 4000 characters"),
  /** Send the decision email to the candidate's contact (the default). */
  sendEmail: z.boolean().default(true),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

export const Decision = z
  .object({
    id: z.string(),
    outcome: z.enum(["yes", "no"]),
    reason: z.string(),
    decidedBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
    decidedAt: Timestamp,
    /** The template the candidate was sent, or null when no email went out. */
    emailTemplateKey: z.string().nullable(),
    summary: DecisionSummary,
  })
  .meta({ id: "PartnerDecision" });
export type Decision = z.infer<typeof Decision>;

export const DecisionOverview = z.object({ summary: DecisionSummary, decisions: z.array(Decision) });
export type DecisionOverview = z.infer<typeof DecisionOverview>;
