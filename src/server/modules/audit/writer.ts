import { auditLog } from "../../db/schema";
import type { DbOrTx } from "../../db/client";
import type { Clock } from "../../clock";

export interface AuditActor {
  userId: string | null;
  label: string;
}

export interface AuditRecord {
  workspaceId: string | null;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
}

/** Keys whose values never reach the audit log, however a caller shapes its snapshot. */
const secretKeys = new Set(["password", "passwordHash", "token", "tokenHash", "secret"]);

function redact(value: object | null | undefined): object | null {
  if (!value) return null;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !secretKeys.has(key)));
}

/** The one audit writer. Pass the transaction of the change so both commit or neither does. */
export async function writeAudit(db: DbOrTx, clock: Clock, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    workspaceId: record.workspaceId,
    actorUserId: record.actor.userId,
    actorLabel: record.actor.label,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: redact(record.before),
    after: redact(record.after),
    at: clock.now(),
  });
}
