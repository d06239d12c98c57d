import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { workspaces } from "./workspaces";

/** Partner types double as the tracks of the journey engine (DESIGN section 6). */
export const partnerTypes = pgTable(
  "partner_types",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
  },
  (t) => [uniqueIndex("partner_types_key").on(t.workspaceId, t.key)],
);

export const partnerTiers = pgTable(
  "partner_tiers",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    name: text("name").notNull(),
    rank: integer("rank").notNull(),
    requirements: text("requirements").notNull().default(""),
  },
  (t) => [uniqueIndex("partner_tiers_name").on(t.workspaceId, t.name)],
);

export const partners = pgTable(
  "partners",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    name: text("name").notNull(),
    typeId: uuid("type_id")
      .notNull()
      .references(() => partnerTypes.id),
    tierId: uuid("tier_id").references(() => partnerTiers.id),
    country: text("country"),
    timeZone: text("time_zone").notNull().default("UTC"),
    website: text("website"),
    ownerUserId: text("owner_user_id").references(() => user.id),
    /** The program the partner applied to or was imported into (its track picks the journey). No
     * foreign key here: programs live in the journeys schema file, which imports this one. */
    programId: uuid("program_id"),
    /** The person to write to before anyone has portal access (an applicant, an imported partner). */
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    stage: text("stage").notNull(),
    stageChangedAt: timestamp("stage_changed_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("partners_ws_name_idx").on(t.workspaceId, sql`lower(${t.name})`, t.id),
    // The pipeline board pages each stage column by most recent move.
    index("partners_ws_stage_idx").on(t.workspaceId, t.stage, t.stageChangedAt, t.id),
    index("partners_ws_contact_email_idx").on(t.workspaceId, sql`lower(${t.contactEmail})`),
    index("partners_ws_owner_idx").on(t.workspaceId, t.ownerUserId),
    index("partners_ws_updated_idx").on(t.workspaceId, t.updatedAt, t.id),
    index("partners_ws_created_idx").on(t.workspaceId, t.createdAt, t.id),
    // Search looks in the name and the website at once, through one trigram index.
    index("partners_search_trgm_idx").using("gin", sql`(lower(${t.name} || ' ' || coalesce(${t.website}, ''))) gin_trgm_ops`),
  ],
);

/** Staff who work on a partner besides its owner. */
export const partnerTeam = pgTable(
  "partner_team",
  {
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.userId] }), index("partner_team_user_idx").on(t.workspaceId, t.userId)],
);

/** People of a partner organisation with portal access. One partner per person per workspace. */
export const partnerMembers = pgTable(
  "partner_members",
  {
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    role: text("role", { enum: ["partner_admin", "partner_member"] }).notNull(),
    status: text("status", { enum: ["active", "removed"] }).notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("partner_members_ws_user").on(t.workspaceId, t.userId),
    index("partner_members_partner_idx").on(t.partnerId),
  ],
);

export const partnerStageHistory = pgTable(
  "partner_stage_history",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id),
    fromStage: text("from_stage"),
    toStage: text("to_stage").notNull(),
    reason: text("reason").notNull().default(""),
    byUserId: text("by_user_id").references(() => user.id),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("partner_stage_history_partner_idx").on(t.partnerId, t.at)],
);
