import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";

/*
 * The API contracts of retrospective insights (R-F10): what a retrospective learned, tied to the
 * journey template version the partner went through, so that the next version can show which
 * insights it answers (the grouping rule is `insightsByTemplateVersion` in domain/trust).
 */

export const retroInsightStatuses = ["open", "addressed", "dismissed"] as const;
export const RetroInsightStatus = z.enum(retroInsightStatuses, { error: `use one of ${retroInsightStatuses.join(", ")}` });
export type RetroInsightStatus = z.infer<typeof RetroInsightStatus>;

const Person = z.object({ userId: z.string(), name: z.string() });

export const RetroInsight = z
  .object({
    id: Id,
    templateId: Id,
    templateName: z.string(),
    templateVersion: z.number().int(),
    text: z.string(),
    status: RetroInsightStatus,
    partner: z.object({ id: Id, name: z.string() }).nullable(),
    meeting: z.object({ id: Id, title: z.string(), startsAt: Timestamp }).nullable(),
    createdBy: Person.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: "RetroInsight" });
export type RetroInsight = z.infer<typeof RetroInsight>;

/** POST /api/w/:ws/retro-insights */
export const RetroInsightInput = z
  .strictObject({
    templateId: Id,
    templateVersion: z.number({ error: "must be a version number" }).int("must be a whole number").min(1, "versions start at 1"),
    text: z.string().trim().min(1, "write what the retrospective learned").max(1000, "keep it under 1000 characters"),
    partnerId: Id.optional(),
    meetingId: Id.optional(),
  })
  .meta({ id: "RecordRetroInsight" });
export type RetroInsightInput = z.infer<typeof RetroInsightInput>;

/**
 * PATCH /api/w/:ws/retro-insights/:insightId. The table keeps no version number: the status the
 * client saw is the check, so two people deciding at once cannot silently overwrite each other.
 */
export const RetroInsightStatusChange = z
  .strictObject({
    status: RetroInsightStatus,
    statusRead: RetroInsightStatus,
  })
  .meta({ id: "ChangeRetroInsightStatus" });
export type RetroInsightStatusChange = z.infer<typeof RetroInsightStatusChange>;

const blankIsAbsent = (value: unknown) => (value === "" ? undefined : value);
export const RetroInsightQuery = z.strictObject({
  templateId: z.preprocess(blankIsAbsent, Id.optional()),
  status: z.preprocess(blankIsAbsent, RetroInsightStatus.optional()),
});
export type RetroInsightQuery = z.infer<typeof RetroInsightQuery>;

export const VersionInsightsView = z.object({
  version: z.number().int(),
  createdAt: Timestamp,
  changeNote: z.string(),
  /** Insights that ask for this version to change. */
  changeRequests: z.array(RetroInsight),
  /** Insights on the version before: this version is the change they asked for. */
  answers: z.array(RetroInsight),
});
export type VersionInsightsView = z.infer<typeof VersionInsightsView>;

/** GET /api/w/:ws/templates/:templateId/insights — newest version first. */
export const TemplateInsights = z
  .object({
    templateId: Id,
    templateName: z.string(),
    latestVersion: z.number().int(),
    versions: z.array(VersionInsightsView),
  })
  .meta({ id: "TemplateInsights" });
export type TemplateInsights = z.infer<typeof TemplateInsights>;
