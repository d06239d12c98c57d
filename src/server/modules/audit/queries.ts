import { and, count, desc, eq, gte, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { AuditEntry, AuditQuery } from "../../../domain/audit/schemas";
import type { Db } from "../../db/client";
import { auditLog, partnerMembers, staffMemberships } from "../../db/schema";

/**
 * A workspace's entries, plus the installation-wide auth events (sign-ins, resets) of the people
 * who belong to the workspace.
 */
function inWorkspace(workspaceId: string): SQL | undefined {
  return or(
    eq(auditLog.workspaceId, workspaceId),
    and(
      isNull(auditLog.workspaceId),
      sql`${auditLog.actorUserId} in (select ${staffMemberships.userId} from ${staffMemberships} where ${staffMemberships.workspaceId} = ${workspaceId}
        union select ${partnerMembers.userId} from ${partnerMembers} where ${partnerMembers.workspaceId} = ${workspaceId})`,
    ),
  );
}

export function auditFilters(workspaceId: string, query: Omit<AuditQuery, "page" | "pageSize">): SQL | undefined {
  const next = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000);
  return and(
    inWorkspace(workspaceId),
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
    query.actorUserId ? eq(auditLog.actorUserId, query.actorUserId) : undefined,
    query.from ? gte(auditLog.at, new Date(`${query.from}T00:00:00Z`)) : undefined,
    query.to ? lt(auditLog.at, next(query.to)) : undefined,
  );
}

type AuditRow = typeof auditLog.$inferSelect;

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actor: { id: row.actorUserId, label: row.actorLabel },
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

export async function auditPage(db: Db, workspaceId: string, query: AuditQuery) {
  const where = auditFilters(workspaceId, query);
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items: rows.map(toAuditEntry), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** All matching entries in batches, oldest first, for the CSV export. */
export async function* auditBatches(db: Db, workspaceId: string, query: Omit<AuditQuery, "page" | "pageSize">, batchSize = 1000) {
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(auditFilters(workspaceId, query), gte(auditLog.id, afterId + 1)))
      .orderBy(auditLog.id)
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map(toAuditEntry);
    afterId = rows.at(-1)?.id ?? afterId;
    if (rows.length < batchSize) return;
  }
}
