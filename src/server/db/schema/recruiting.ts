import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { programs, storedFiles } from "./journeys";
import { partners } from "./partners";

/*
 * Recruitment and vetting (issue 5, R-B1 … R-B7): the public application form and "how
 * partnering with us works" page of a program, applications, interview kits, interviews with
 * their panel and scorecards, decisions, certified culture interviewers, calibration notes,
 * editable email templates and CSV imports. The pipeline itself is `partners.stage`.
 */

/** The questions a program asks applicants (R-B2); one form per program. */
export const applicationForms = pgTable(
  "application_forms",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    /** Shown above the form. */
    intro: text("intro").notNull().default(""),
    /** ApplicationQuestion[] (domain/recruiting): key, label, kind, required, options … */
    questions: jsonb("questions").notNull().default([]),
    /** A closed form answers 404 to the public. */
    open: boolean("open").notNull().default(false),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedBy: text("updated_by").references(() => user.id),
  },
  (t) => [uniqueIndex("application_forms_program").on(t.programId)],
);

/** The public "how partnering with us works" page of a program (R-B7). */
export const partneringPages = pgTable(
  "partnering_pages",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    /** PartneringPageContent (domain/recruiting): process, timeline, expectations, culture documents. */
    content: jsonb("content").notNull(),
    published: boolean("published").notNull().default(false),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedBy: text("updated_by").references(() => user.id),
  },
  (t) => [uniqueIndex("partnering_pages_program").on(t.programId)],
);

/** One submitted application: it created (or joined) an applicant partner. */
export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    /** The answers as asked: question key → value (a file answer holds a stored file id). */
    answers: jsonb("answers").notNull(),
    /** The questions as they were when the applicant saw them, so later edits do not reword answers. */
    questions: jsonb("questions").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("applications_partner_idx").on(t.workspaceId, t.partnerId), index("applications_program_idx").on(t.workspaceId, t.programId, t.submittedAt)],
);

/** Interview stages with weighted criteria (R-B3); interviews copy a stage when scheduled. */
export const interviewKits = pgTable(
  "interview_kits",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    programId: uuid("program_id").references(() => programs.id),
    name: text("name").notNull(),
    /** InterviewKitStage[] (domain/recruiting). */
    stages: jsonb("stages").notNull(),
    version: integer("version").notNull().default(1),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("interview_kits_ws_idx").on(t.workspaceId)],
);

export const interviewStatuses = ["scheduled", "completed", "cancelled"] as const;

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    kitId: uuid("kit_id")
      .notNull()
      .references(() => interviewKits.id),
    stageKey: text("stage_key").notNull(),
    stageName: text("stage_name").notNull(),
    /** Only certified culture interviewers may sit on this panel (R-B4). */
    certifiedOnly: boolean("certified_only").notNull().default(false),
    /** The stage's criteria when scheduled (InterviewCriterion[]): a later kit edit does not rescore. */
    criteria: jsonb("criteria").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    location: text("location").notNull().default(""),
    status: text("status", { enum: interviewStatuses }).notNull().default("scheduled"),
    createdBy: text("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("interviews_partner_idx").on(t.workspaceId, t.partnerId, t.startsAt), index("interviews_kit_idx").on(t.workspaceId, t.kitId, t.stageKey)],
);

/** Who interviews: the assignment that lets a staff member see the candidate and score. */
export const interviewPanel = pgTable(
  "interview_panel",
  {
    workspaceId: uuid("workspace_id").notNull(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.userId] }), index("interview_panel_user_idx").on(t.workspaceId, t.userId)],
);

export const recommendations = ["strong_no", "no", "yes", "strong_yes"] as const;

/** One per interviewer per interview; others' scores stay hidden until this one is submitted. */
export const scorecards = pgTable(
  "scorecards",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id),
    interviewerUserId: text("interviewer_user_id")
      .notNull()
      .references(() => user.id),
    /** criterion key → { score 1–5, evidence }. */
    scores: jsonb("scores").notNull().default({}),
    recommendation: text("recommendation", { enum: recommendations }),
    notes: text("notes").notNull().default(""),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("scorecards_once").on(t.interviewId, t.interviewerUserId)],
);

export const decisionOutcomes = ["yes", "no"] as const;

/** The hiring decision on a candidate partner, with its reason and the summary it was made on. */
export const partnerDecisions = pgTable(
  "partner_decisions",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    outcome: text("outcome", { enum: decisionOutcomes }).notNull(),
    reason: text("reason").notNull(),
    /** The weighted decision summary at the moment of deciding. */
    summary: jsonb("summary").notNull(),
    emailTemplateKey: text("email_template_key"),
    decidedBy: text("decided_by").references(() => user.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("partner_decisions_partner_idx").on(t.workspaceId, t.partnerId, t.decidedAt)],
);

export const certificationKinds = ["culture_interviews"] as const;

/** Staff certified to run culture interviews (R-B4). */
export const staffCertifications = pgTable(
  "staff_certifications",
  {
    workspaceId: uuid("workspace_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    kind: text("kind", { enum: certificationKinds }).notNull(),
    note: text("note").notNull().default(""),
    certifiedBy: text("certified_by").references(() => user.id),
    certifiedAt: timestamp("certified_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId, t.kind] })],
);

/** Retro notes of a calibration session over a set of interviews (R-B4). */
export const calibrationNotes = pgTable(
  "calibration_notes",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    /** Which interviews were looked at: kit, stage, date range (CalibrationScope). */
    scope: jsonb("scope").notNull(),
    body: text("body").notNull(),
    createdBy: text("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("calibration_notes_ws_idx").on(t.workspaceId, t.createdAt)],
);

/** Editable email templates (R-B5), Liquid with escaped output; built-ins are seeded per workspace. */
export const emailTemplates = pgTable(
  "email_templates",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** The built-in this one started from (it can be reset to it), or null for the workspace's own. */
    builtIn: text("built_in"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedBy: text("updated_by").references(() => user.id),
  },
  (t) => [uniqueIndex("email_templates_key").on(t.workspaceId, t.key)],
);

export const importStatuses = ["uploaded", "committed"] as const;

/** A CSV import (R-B6): the uploaded file is kept until it is committed, so dry runs can be repeated. */
export const partnerImports = pgTable(
  "partner_imports",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    fileId: uuid("file_id")
      .notNull()
      .references(() => storedFiles.id),
    fileName: text("file_name").notNull(),
    status: text("status", { enum: importStatuses }).notNull().default("uploaded"),
    /** The column → field mapping of the last dry run or the commit. */
    mapping: jsonb("mapping"),
    /** Counts of the commit: created, updated, skipped. */
    summary: jsonb("summary"),
    createdBy: text("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    committedAt: timestamp("committed_at", { withTimezone: true }),
  },
  (t) => [index("partner_imports_ws_idx").on(t.workspaceId, t.createdAt)],
);
