import { z } from "zod";
import { Id, Page, Timestamp } from "../common/schemas";

export const AuditEntry = z.object({
  id: z.string(),
  at: Timestamp,
  actor: z.object({ id: z.string().nullable(), label: z.string() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = Page.extend({
  action: z.string().max(100).optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditPage = z.object({ items: z.array(AuditEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const OutboxMessage = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(["pending", "sent", "failed"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;
export const OutboxPage = z.object({ items: z.array(OutboxMessage), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), smtpConfigured: z.boolean() });
export const OutboxQuery = Page.extend({ status: z.enum(["pending", "sent", "failed"]).optional() });

export type AuditPage = z.infer<typeof AuditPage>;
export type OutboxPage = z.infer<typeof OutboxPage>;
