import { customType, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { journeyTemplates } from "./journeys";
import { partners } from "./partners";
import { partnerMeetings } from "./relationship";

/*
 * What is learned about relationships across partners (issue 6): anonymous surveys (R-F7),
 * retrospective insights (R-F10) and the stored health score of each partner (R-F9). The records
 * of one relationship are in relationship.ts.
 */

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** An anonymous survey (R-F7) for staff, for partner users, or for one partner's people. */
export const surveys = pgTable(
  "surveys",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    title: text("title").notNull(),
    intro: text("intro").notNull().default(""),
    /** SurveyQuestion[] (domain/trust/anonymous-survey.ts). */
    questions: jsonb("questions").notNull(),
    /** `staff`, `partners` (every partner user) or `partner` (the people of `partnerId`). */
    audience: text("audience").notNull(),
    partnerId: uuid("partner_id").references(() => partners.id),
    createdBy: text("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("surveys_workspace_idx").on(t.workspaceId, t.createdAt)],
);

/**
 * Who has answered a survey: one row per person enforces one answer each. It holds no answer,
 * no time and no link to one; it is all anyone can learn about who took part.
 */
export const surveyRespondents = pgTable(
  "survey_respondents",
  {
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.userId] })],
);

/**
 * Answers waiting for a batch (ADR 0016): sealed with a key that is not in the database, with a
 * random id and no time, and deleted when their batch is released into `survey_answers`.
 */
export const surveyPending = pgTable(
  "survey_pending",
  {
    id: uuid("id").primaryKey(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id),
    sealed: bytea("sealed").notNull(),
  },
  (t) => [index("survey_pending_survey_idx").on(t.surveyId)],
);

/** Released answers: one row per question, random ids, shuffled, many people per transaction. */
export const surveyAnswers = pgTable(
  "survey_answers",
  {
    id: uuid("id").primaryKey(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id),
    questionKey: text("question_key").notNull(),
    value: jsonb("value").notNull(),
  },
  (t) => [index("survey_answers_survey_idx").on(t.surveyId, t.questionKey)],
);

/** An insight from a retrospective (R-F10), linked to the template version it should change. */
export const retroInsights = pgTable(
  "retro_insights",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id").references(() => partners.id),
    meetingId: uuid("meeting_id").references(() => partnerMeetings.id),
    templateId: uuid("template_id")
      .notNull()
      .references(() => journeyTemplates.id),
    templateVersion: integer("template_version").notNull(),
    text: text("text").notNull(),
    /** `open`, `addressed` (a later version answered it) or `dismissed`. */
    status: text("status").notNull().default("open"),
    createdBy: text("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("retro_insights_template_idx").on(t.workspaceId, t.templateId, t.templateVersion)],
);

/**
 * The latest health score of each partner (R-F9), kept up to date by the health module so that
 * the portfolio view reads one indexed row per partner instead of a year of history.
 */
export const partnerHealth = pgTable(
  "partner_health",
  {
    partnerId: uuid("partner_id")
      .primaryKey()
      .references(() => partners.id),
    workspaceId: uuid("workspace_id").notNull(),
    /** 0–100, null while no factor has data. */
    score: real("score"),
    band: text("band"),
    basedOnWeight: real("based_on_weight").notNull(),
    /** HealthFactor[] with explanations (domain/health). */
    factors: jsonb("factors").notNull(),
    openIssues: integer("open_issues").notNull().default(0),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("partner_health_risk_idx").on(t.workspaceId, t.score)],
);
