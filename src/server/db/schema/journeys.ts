import { sql } from "drizzle-orm";
import { bigserial, boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { partnerTiers, partners, partnerTypes } from "./partners";
import { workspaces } from "./workspaces";

/*
 * The journey engine (issue 4, DESIGN section 4). Programs group tracks; a track pairs a partner
 * type with a journey template; a template has immutable versions; a journey copies one version
 * into its partner's own steps. Changes to steps are events in `journey_events` (append-only).
 */

export const programs = pgTable(
  "programs",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("programs_key").on(t.workspaceId, t.key)],
);

export const journeyTemplates = pgTable(
  "journey_templates",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    /** The key of the built-in template this one was loaded from, if any. */
    builtIn: text("built_in"),
    latestVersion: integer("latest_version").notNull().default(1),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("journey_templates_key").on(t.workspaceId, t.key)],
);

/** Immutable once written: a running journey keeps the version it started from. */
export const journeyTemplateVersions = pgTable(
  "journey_template_versions",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => journeyTemplates.id),
    version: integer("version").notNull(),
    /** The validated template (JourneyTemplate) as data. */
    document: jsonb("document").notNull(),
    /** The YAML as its author wrote it (comments kept), for the editor. */
    yaml: text("yaml").notNull(),
    changeNote: text("change_note").notNull().default(""),
    createdBy: text("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("journey_template_versions_n").on(t.templateId, t.version)],
);

/** A track of a program: which partner type follows which template, with per-tier notes. */
export const programTracks = pgTable(
  "program_tracks",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    partnerTypeId: uuid("partner_type_id")
      .notNull()
      .references(() => partnerTypes.id),
    templateId: uuid("template_id").references(() => journeyTemplates.id),
    description: text("description").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("program_tracks_type").on(t.programId, t.partnerTypeId), index("program_tracks_ws_idx").on(t.workspaceId)],
);

/** What a tier asks of a partner within a program (R-C1); the tier's general text lives on the tier. */
export const programTierRequirements = pgTable(
  "program_tier_requirements",
  {
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    tierId: uuid("tier_id")
      .notNull()
      .references(() => partnerTiers.id),
    workspaceId: uuid("workspace_id").notNull(),
    requirements: text("requirements").notNull().default(""),
  },
  (t) => [uniqueIndex("program_tier_requirements_pk").on(t.programId, t.tierId)],
);

export const journeys = pgTable(
  "journeys",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    templateVersionId: uuid("template_version_id")
      .notNull()
      .references(() => journeyTemplateVersions.id),
    programId: uuid("program_id").references(() => programs.id),
    name: text("name").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    startedBy: text("started_by").references(() => user.id),
    /** Set when someone stops the journey before its end; completion itself is derived from steps. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("journeys_partner_idx").on(t.workspaceId, t.partnerId), index("journeys_version_idx").on(t.templateVersionId)],
);

export const stepStatuses = ["open", "done", "skipped"] as const;

export const journeySteps = pgTable(
  "journey_steps",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    journeyId: uuid("journey_id")
      .notNull()
      .references(() => journeys.id),
    /** Copied from the journey so that portal and "my work" queries need no join to scope. */
    partnerId: uuid("partner_id").notNull(),
    phaseKey: text("phase_key").notNull(),
    position: integer("position").notNull(),
    key: text("key").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    ownerRole: text("owner_role").notNull(),
    ownerUserId: text("owner_user_id").references(() => user.id),
    visibility: text("visibility", { enum: ["internal", "shared"] }).notNull(),
    required: boolean("required").notNull().default(false),
    /** The step as the template (or an ad-hoc addition) defined it: due rule, dependencies, kind fields. */
    definition: jsonb("definition").notNull(),
    status: text("status", { enum: stepStatuses }).notNull().default("open"),
    /** The current due date: from the rule, or set by hand (`dueManual`), which then stays put. */
    dueAt: timestamp("due_at", { withTimezone: true }),
    dueManual: boolean("due_manual").notNull().default(false),
    /** The due date as first planned at the start: "late against plan" compares with it. */
    baselineDueAt: timestamp("baseline_due_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedBy: text("completed_by").references(() => user.id),
    /** What completing it produced: form answers, an acknowledgement, a meeting's time. */
    result: jsonb("result"),
    adHoc: boolean("ad_hoc").notNull().default(false),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("journey_steps_key").on(t.journeyId, t.key),
    index("journey_steps_owner_idx").on(t.workspaceId, t.ownerUserId, t.status, t.dueAt),
    index("journey_steps_partner_idx").on(t.workspaceId, t.partnerId, t.status),
  ],
);

/** Append-only (a trigger refuses UPDATE and DELETE): the history of every journey. */
export const journeyEvents = pgTable(
  "journey_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    journeyId: uuid("journey_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
    stepId: uuid("step_id"),
    type: text("type").notNull(),
    actorUserId: text("actor_user_id"),
    data: jsonb("data").notNull().default({}),
    visibility: text("visibility", { enum: ["internal", "shared"] }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("journey_events_journey_idx").on(t.journeyId, t.id), index("journey_events_step_idx").on(t.stepId)],
);

/** Things that happened to a partner (first deal approved, KPI reached), raised by modules or the API. */
export const partnerEvents = pgTable(
  "partner_events",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    name: text("name").notNull(),
    data: jsonb("data").notNull().default({}),
    source: text("source").notNull(),
    /** A caller-chosen key so that a retried POST raises the event once. */
    idempotencyKey: text("idempotency_key"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("partner_events_partner_idx").on(t.workspaceId, t.partnerId, t.name, t.at),
    uniqueIndex("partner_events_idempotency").on(t.workspaceId, t.idempotencyKey),
  ],
);

export const timerKinds = ["reminder", "overdue", "escalation"] as const;

/**
 * One row per reminder, overdue notice or escalation to come. The sweep claims due rows with
 * SKIP LOCKED, so its work grows with what is due, not with the number of steps.
 */
export const journeyTimers = pgTable(
  "journey_timers",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    stepId: uuid("step_id")
      .notNull()
      .references(() => journeySteps.id),
    kind: text("kind", { enum: timerKinds }).notNull(),
    /** The step's due date this timer was computed from; part of the once-only key. */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    fireAt: timestamp("fire_at", { withTimezone: true }).notNull(),
    firedAt: timestamp("fired_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("journey_timers_once").on(t.stepId, t.kind, t.dueAt),
    index("journey_timers_pending_idx").on(t.fireAt).where(sql`${t.firedAt} is null`),
  ],
);

/** In-app notifications (the bell); the email twin goes through the outbox. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    partnerId: uuid("partner_id"),
    journeyId: uuid("journey_id"),
    stepId: uuid("step_id"),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** An app path (`/w/acme/partners/…`) the notification opens. */
    link: text("link"),
    dedupeKey: text("dedupe_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("notifications_once").on(t.userId, t.dedupeKey), index("notifications_user_idx").on(t.workspaceId, t.userId, t.createdAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Uploaded files' metadata; the bytes sit in `file_blobs` so listing files never reads them. */
export const storedFiles = pgTable(
  "stored_files",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id"),
    stepId: uuid("step_id"),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    /** Where the bytes are: `postgres` today; a folder or S3 backend can be added behind the same interface. */
    storage: text("storage").notNull().default("postgres"),
    uploadedBy: text("uploaded_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("stored_files_step_idx").on(t.workspaceId, t.stepId)],
);

export const fileBlobs = pgTable("file_blobs", {
  fileId: uuid("file_id")
    .primaryKey()
    .references(() => storedFiles.id),
  content: bytea("content").notNull(),
});
