import { z } from "zod";
import { Timestamp } from "../common/schemas";
import { AlignmentContent, PreferencesSurvey } from "../trust/alignment";
import { EarlyWinInput } from "../trust/early-win";
import { Side } from "../trust/side";

/*
 * Request and response contracts of the preferences survey, the alignment record (R-F2, R-F3)
 * and the early win (R-F4). The rules behind them live in domain/trust; the answer-summing rule
 * in ./preferences-summary.ts.
 */

const Named = z.object({ userId: z.string(), name: z.string() }).meta({ id: "NamedPerson" });

const Tally = <Value extends z.ZodType>(value: Value) => z.object({ value, host: z.number().int(), partner: z.number().int() });

/** The survey's answers as the API sends them back (the zone already canonical, so no transform on the way out). */
const StoredPreferences = PreferencesSurvey.extend({ timeZone: z.string() });

export const PreferencesAnswer = z
  .object({ person: Named, side: Side, answers: StoredPreferences, answeredAt: Timestamp })
  .meta({ id: "PreferencesAnswer", description: "One person's answers to the preferences survey" });
export type PreferencesAnswer = z.infer<typeof PreferencesAnswer>;

export const PreferencesSummary = z
  .object({
    answered: z.object({ host: z.number().int(), partner: z.number().int() }),
    meetingFrequency: z.array(Tally(PreferencesSurvey.shape.meetingFrequency)),
    preferredChannel: z.array(Tally(PreferencesSurvey.shape.preferredChannel)),
    learningStyle: z.array(Tally(PreferencesSurvey.shape.learningStyle)),
    timeZones: z.array(Tally(z.string())),
    commonHours: z
      .object({ minutes: z.number().int(), windows: z.array(z.object({ zone: z.string(), from: z.string(), to: z.string() })) })
      .nullable()
      .meta({ description: "The longest stretch inside 09:00–17:00 of every zone answered, on each zone's clock" }),
  })
  .meta({ id: "PreferencesSummary" });
export type PreferencesSummary = z.infer<typeof PreferencesSummary>;

export const PreferencesView = z
  .object({ answers: z.array(PreferencesAnswer), mine: StoredPreferences.nullable(), summary: PreferencesSummary })
  .meta({ id: "PreferencesView" });
export type PreferencesView = z.infer<typeof PreferencesView>;

export const AlignmentHistoryEntry = z
  .object({ version: z.number().int(), field: z.string(), from: z.string(), to: z.string(), side: Side, by: z.string().nullable(), at: Timestamp })
  .meta({ id: "AlignmentHistoryEntry", description: "One field changed in one version: who (name, side), when, from → to" });
export type AlignmentHistoryEntry = z.infer<typeof AlignmentHistoryEntry>;

/** The record's content as the API sends it back (zones already canonical: no transform on the way out). */
const StoredAlignmentContent = AlignmentContent.extend({ timeZones: z.array(z.string()) });

export const AlignmentView = z
  .object({
    version: z.number().int().meta({ description: "Send it back as versionRead with the next edit" }),
    content: StoredAlignmentContent,
    updatedAt: Timestamp.nullable(),
    updatedBy: z.string().nullable(),
    history: z.array(AlignmentHistoryEntry).meta({ description: "Newest first" }),
  })
  .meta({ id: "AlignmentView" });
export type AlignmentView = z.infer<typeof AlignmentView>;

const successMeasure = z.string().trim().max(1000, "at most 1,000 characters");

export const CreateEarlyWin = EarlyWinInput.extend({ successMeasure: successMeasure.default("") }).meta({ id: "CreateEarlyWin" });
export type CreateEarlyWin = z.infer<typeof CreateEarlyWin>;

export const UpdateEarlyWin = z
  .strictObject({
    version: z.number().int().min(1),
    title: EarlyWinInput.shape.title.optional(),
    description: z.string().trim().max(2000, "at most 2,000 characters").optional(),
    successMeasure: successMeasure.optional(),
    hostLeadUserId: EarlyWinInput.shape.hostLeadUserId.optional(),
    partnerLeadUserId: EarlyWinInput.shape.partnerLeadUserId.optional(),
    deadline: Timestamp.optional(),
  })
  .meta({ id: "UpdateEarlyWin" });
export type UpdateEarlyWin = z.infer<typeof UpdateEarlyWin>;

export const ScheduleCheckIns = z
  .strictObject({
    version: z.number().int().min(1),
    firstAt: Timestamp.optional().meta({ description: "The first check-in; the next ones follow weekly at the same wall time. Default: a week after the early win was agreed" }),
    durationMinutes: z.number().int().min(10, "at least 10 minutes").max(120, "at most 120 minutes").default(30),
    location: z.string().trim().max(300, "at most 300 characters").nullable().default(null),
  })
  .meta({ id: "ScheduleCheckIns" });
export type ScheduleCheckIns = z.infer<typeof ScheduleCheckIns>;

export const CompleteEarlyWin = z
  .strictObject({
    version: z.number().int().min(1),
    outcome: z.string().trim().min(1, "say what the early win achieved").max(2000, "at most 2,000 characters"),
    lessons: z.string().trim().max(2000, "at most 2,000 characters").default(""),
  })
  .meta({ id: "CompleteEarlyWin" });
export type CompleteEarlyWin = z.infer<typeof CompleteEarlyWin>;

export const UpdateCaseStudy = z
  .strictObject({ version: z.number().int().min(1), caseStudy: z.string().max(20_000, "at most 20,000 characters") })
  .meta({ id: "UpdateCaseStudy" });
export type UpdateCaseStudy = z.infer<typeof UpdateCaseStudy>;

export const EarlyWinCheckIn = z.object({ meetingId: z.string(), startsAt: Timestamp, heldAt: Timestamp.nullable(), cancelled: z.boolean() });

export const EarlyWin = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    successMeasure: z.string(),
    hostLead: Named,
    partnerLead: Named,
    agreedAt: Timestamp,
    deadline: Timestamp,
    completedAt: Timestamp.nullable(),
    outcome: z.string(),
    announcedAt: Timestamp.nullable(),
    caseStudy: z.string(),
    status: z.enum(["open", "overdue", "done"]),
    checkIns: z.array(EarlyWinCheckIn),
    version: z.number().int(),
  })
  .meta({ id: "EarlyWin" });
export type EarlyWin = z.infer<typeof EarlyWin>;

export const EarlyWinList = z
  .object({
    items: z.array(EarlyWin),
    window: z
      .object({
        startsAt: Timestamp,
        latestDeadline: Timestamp,
        timeZone: z.string(),
        countsFrom: z.enum(["journey", "agreement"]).meta({ description: "The running journey's start, or (with no running journey) the day the early win is agreed" }),
      })
      .meta({ description: "The 30 days a new early win's deadline must fall in" }),
    leadCandidates: z.object({ host: z.array(Named), partner: z.array(Named) }),
  })
  .meta({ id: "EarlyWinList" });
export type EarlyWinList = z.infer<typeof EarlyWinList>;
