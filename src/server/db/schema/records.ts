import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** One feed for every partner timeline (DESIGN section 6). */
export const activity = pgTable(
  "activity",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id").notNull(),
    partnerId: uuid("partner_id"),
    actorUserId: text("actor_user_id"),
    kind: text("kind").notNull(),
    summary: text("summary").notNull(),
    data: jsonb("data").notNull().default({}),
    visibility: text("visibility", { enum: ["internal", "shared"] }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("activity_partner_idx").on(t.workspaceId, t.partnerId, t.at)],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id"),
    actorUserId: text("actor_user_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("audit_log_ws_at_idx").on(t.workspaceId, t.at), index("audit_log_entity_idx").on(t.workspaceId, t.entityType, t.entityId)],
);

/** Every email leaves through here, written in the transaction of the change that caused it. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey(),
    workspaceId: uuid("workspace_id"),
    dedupeKey: text("dedupe_key").notNull().unique(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    /** A sign-in or reset link: shown in the Outbox page only where nobody else could misuse it. */
    containsSecret: boolean("contains_secret").notNull().default(false),
    status: text("status", { enum: ["pending", "sent", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt), index("outbox_ws_idx").on(t.workspaceId, t.createdAt)],
);
