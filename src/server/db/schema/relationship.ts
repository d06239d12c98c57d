import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { journeySteps } from "./journeys";
import { partners } from "./partners";

/*
 * Meetings, the three trust moments and relationship health (issue 6, R-F1 … R-F10, R-H2).
 * Pure rules live in src/domain/{trust,health,readiness}; these tables only keep what happened.
 * Every row carries its workspace and (where it belongs to one) its partner, so every query can
 * be scoped without a join.
 */

const sides = ["host", "partner"] as const;

/**
 * A meeting with a partner (R-F1). Scheduled from the Meetings tab, from a journey meeting step
 * (`stepId`), for an early win's weekly check-in (`earlyWinId`) or an escalation's resolution
 * meeting (`escalationId`). Notes and decisions are shared with the partner; `internalNotes` never.
 */
export const partnerMeetings = pgTable(
  "partner_meetings",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    /** One of domain/journeys/template/kinds/meeting.ts `meetingTypes`. */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    location: text("location"),
    /** The agenda as planned (started from the kind's guide). */
    agenda: jsonb("agenda").notNull().default([]),
    organizerUserId: text("organizer_user_id").references(() => user.id),
    /** Staff and partner users invited (ids of `user`). */
    attendeeUserIds: jsonb("attendee_user_ids").notNull().default([]),
    /** Who owes the recap; the organizer unless changed. */
    recapOwnerUserId: text("recap_owner_user_id").references(() => user.id),
    stepId: uuid("step_id").references(() => journeySteps.id),
    earlyWinId: uuid("early_win_id"),
    escalationId: uuid("escalation_id"),
    /** The iCalendar SEQUENCE: every reschedule raises it so calendars replace the event. */
    sequence: integer("sequence").notNull().default(0),
    notes: text("notes").notNull().default(""),
    internalNotes: text("internal_notes").notNull().default(""),
    decisions: jsonb("decisions").notNull().default([]),
    /** ActionItem[] (domain/trust/meeting-record.ts) plus the id of the journey step each became. */
    actionItems: jsonb("action_items").notNull().default([]),
    /** Set when someone records that the meeting took place. */
    heldAt: timestamp("held_at", { withTimezone: true }),
    recapSentAt: timestamp("recap_sent_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("partner_meetings_partner_idx").on(t.workspaceId, t.partnerId, t.startsAt),
    uniqueIndex("partner_meetings_step").on(t.stepId),
    index("partner_meetings_early_win_idx").on(t.earlyWinId),
    index("partner_meetings_escalation_idx").on(t.escalationId),
  ],
);

/**
 * Timers of the trust moments that are not journey steps: a meeting's recap (reminder at 24 h,
 * escalation at 48 h) and an escalation's resolution meeting (reminder at 24 h, escalation at
 * 48 h). Swept like `journey_timers` (SKIP LOCKED); (subject, kind) fires once.
 */
export const relationshipTimers = pgTable(
  "relationship_timers",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
    /** `meeting` or `escalation`. */
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    /** e.g. `recap.reminder`, `recap.escalation`, `resolution.reminder`, `resolution.escalation`. */
    kind: text("kind").notNull(),
    fireAt: timestamp("fire_at", { withTimezone: true }).notNull(),
    firedAt: timestamp("fired_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("relationship_timers_once").on(t.subjectType, t.subjectId, t.kind),
    index("relationship_timers_pending_idx").on(t.fireAt).where(sql`${t.firedAt} is null`),
  ],
);

/** A private calendar feed (R-H2): only the SHA-256 of its secret is kept; regenerating revokes the old one. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    secretHash: text("secret_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("calendar_feeds_secret").on(t.secretHash), uniqueIndex("calendar_feeds_active").on(t.workspaceId, t.userId).where(sql`${t.revokedAt} is null`)],
);

/** One person's answers to the preferences survey before kickoff (R-F3). */
export const partnerPreferences = pgTable(
  "partner_preferences",
  {
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    side: text("side", { enum: sides }).notNull(),
    /** PreferencesSurvey (domain/trust/alignment.ts). */
    answers: jsonb("answers").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.userId] })],
);

/** The shared alignment record of a partner (R-F2): one per partner, versioned for optimistic locking. */
export const alignmentRecords = pgTable("alignment_records", {
  partnerId: uuid("partner_id")
    .primaryKey()
    .references(() => partners.id),
  workspaceId: uuid("workspace_id").notNull(),
  /** AlignmentContent (domain/trust/alignment.ts). */
  content: jsonb("content").notNull(),
  version: integer("version").notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true }),
  updatedBy: text("updated_by").references(() => user.id),
});

/** Field-level history of the alignment record: who changed which field from what to what. */
export const alignmentChanges = pgTable(
  "alignment_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
    version: integer("version").notNull(),
    field: text("field").notNull(),
    fromValue: text("from_value").notNull(),
    toValue: text("to_value").notNull(),
    side: text("side", { enum: sides }).notNull(),
    changedBy: text("changed_by").references(() => user.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("alignment_changes_partner_idx").on(t.partnerId, t.version)],
);

/** The early win (R-F4): a small joint project with a lead on each side, due within 30 days. */
export const earlyWins = pgTable(
  "early_wins",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    successMeasure: text("success_measure").notNull().default(""),
    hostLeadUserId: text("host_lead_user_id")
      .notNull()
      .references(() => user.id),
    partnerLeadUserId: text("partner_lead_user_id")
      .notNull()
      .references(() => user.id),
    agreedAt: timestamp("agreed_at", { withTimezone: true }).notNull(),
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    outcome: text("outcome").notNull().default(""),
    announcedAt: timestamp("announced_at", { withTimezone: true }),
    caseStudy: text("case_study").notNull().default(""),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => user.id),
  },
  (t) => [index("early_wins_partner_idx").on(t.workspaceId, t.partnerId)],
);

/** A misunderstanding or escalation raised by either side (R-F5); its lesson feeds the shared log. */
export const escalations = pgTable(
  "escalations",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    title: text("title").notNull(),
    raisedSide: text("raised_side", { enum: sides }).notNull(),
    raisedBy: text("raised_by").references(() => user.id),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull(),
    raiserPerspective: text("raiser_perspective").notNull(),
    otherPerspective: text("other_perspective").notNull().default(""),
    /** When the other side first answered (its perspective): responsiveness in the health score. */
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    meetingHeldAt: timestamp("meeting_held_at", { withTimezone: true }),
    agreedAction: text("agreed_action").notNull().default(""),
    lesson: text("lesson").notNull().default(""),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => user.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("escalations_partner_idx").on(t.workspaceId, t.partnerId, t.raisedAt)],
);

/** One side's quarterly rating of the relationship (R-F6); 1–10 is enforced here as well as at the API. */
export const quarterlyReviews = pgTable(
  "quarterly_reviews",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    /** e.g. `2026-Q4`. */
    quarter: text("quarter").notNull(),
    side: text("side", { enum: sides }).notNull(),
    trust: integer("trust").notNull(),
    satisfaction: integer("satisfaction").notNull(),
    comment: text("comment").notNull().default(""),
    ratedBy: text("rated_by").references(() => user.id),
    ratedAt: timestamp("rated_at", { withTimezone: true }).notNull(),
    /** The investigation step a drop or a low score opened, if any. */
    investigationStepId: uuid("investigation_step_id"),
  },
  (t) => [
    uniqueIndex("quarterly_reviews_once").on(t.partnerId, t.quarter, t.side),
    index("quarterly_reviews_partner_idx").on(t.workspaceId, t.partnerId, t.ratedAt),
    check("quarterly_reviews_trust_range", sql`${t.trust} between 1 and 10`),
    check("quarterly_reviews_satisfaction_range", sql`${t.satisfaction} between 1 and 10`),
  ],
);
