import { and, asc, desc, eq, gt } from "drizzle-orm";
import type { AlignmentView } from "../../../domain/alignment/contracts";
import { AlignmentContent, applyAlignmentEdit, emptyAlignmentRecord, type AlignmentEdit, type AlignmentRecord } from "../../../domain/trust/alignment";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { alignmentChanges, alignmentRecords, user } from "../../db/schema";
import { AppError } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { authorizePartner } from "../partners/access";
import { sideOf } from "./side";

/*
 * The alignment record (R-F2): one per partner, edited by both sides on the version they read.
 * A stale edit is a 409 whose `errors` name each field changed since, by whom and to what, so the
 * page can show the other side's words before the editor tries again.
 */

/** A value as the history shows it: list items joined by semicolons, text as it is. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join("; ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

async function loadRecord(db: DbOrTx, partnerId: string, lock: boolean): Promise<AlignmentRecord & { updatedAt: Date | null; updatedBy: string | null }> {
  const query = db
    .select({ content: alignmentRecords.content, version: alignmentRecords.version, updatedAt: alignmentRecords.updatedAt, updatedBy: user.name })
    .from(alignmentRecords)
    .leftJoin(user, eq(user.id, alignmentRecords.updatedBy))
    .where(eq(alignmentRecords.partnerId, partnerId));
  const [row] = lock ? await query.for("update", { of: alignmentRecords }) : await query;
  if (!row) return { ...emptyAlignmentRecord(), updatedAt: null, updatedBy: null };
  return { version: row.version, content: AlignmentContent.parse(row.content), updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

async function historyOf(db: DbOrTx, partnerId: string, sinceVersion = 0) {
  const rows = await db
    .select({ version: alignmentChanges.version, field: alignmentChanges.field, from: alignmentChanges.fromValue, to: alignmentChanges.toValue, side: alignmentChanges.side, by: user.name, at: alignmentChanges.changedAt })
    .from(alignmentChanges)
    .leftJoin(user, eq(user.id, alignmentChanges.changedBy))
    .where(and(eq(alignmentChanges.partnerId, partnerId), gt(alignmentChanges.version, sinceVersion)))
    .orderBy(desc(alignmentChanges.version), asc(alignmentChanges.id));
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

async function alignmentView(db: DbOrTx, partnerId: string): Promise<AlignmentView> {
  const record = await loadRecord(db, partnerId, false);
  return { version: record.version, content: record.content, updatedAt: record.updatedAt?.toISOString() ?? null, updatedBy: record.updatedBy, history: await historyOf(db, partnerId) };
}

export async function readAlignment(ctx: AppContext, caller: Caller, partnerId: string): Promise<AlignmentView> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.read");
    return alignmentView(tx, partnerId);
  });
}

export async function editAlignment(ctx: AppContext, caller: Caller, partnerId: string, edit: AlignmentEdit): Promise<AlignmentView> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.write");
    // The first edit of a partner creates the row; making sure it exists first lets every edit lock it.
    await tx.insert(alignmentRecords).values({ partnerId, workspaceId: caller.workspace.id, content: emptyAlignmentRecord().content, version: 0 }).onConflictDoNothing();
    const current = await loadRecord(tx, partnerId, true);
    const side = sideOf(caller);
    const now = ctx.clock.now();
    const result = applyAlignmentEdit(current, edit, { side, userId: caller.actor.userId }, now);
    if (result.kind === "conflict") {
      const since = await historyOf(tx, partnerId, edit.versionRead);
      const fieldErrors = since.map((change) => ({
        path: `body.changes.${change.field}`,
        message: `${change.by ?? "someone"} (${change.side} side) changed it in version ${change.version}: "${change.from}" → "${change.to}"`,
      }));
      throw new AppError(409, "Conflict", `The alignment record changed since you opened it (you read version ${edit.versionRead}, it is now ${result.currentVersion}). Reload to see the changes, then apply yours again.`, fieldErrors);
    }
    if (result.kind === "unchanged") return alignmentView(tx, partnerId);
    const { record, change } = result;
    await tx
      .update(alignmentRecords)
      .set({ content: record.content, version: record.version, updatedAt: now, updatedBy: caller.actor.userId })
      .where(and(eq(alignmentRecords.partnerId, partnerId), eq(alignmentRecords.version, current.version)));
    await tx.insert(alignmentChanges).values(
      change.fields.map((field) => ({
        workspaceId: caller.workspace.id,
        partnerId,
        version: record.version,
        field: field.field,
        fromValue: shown(field.from),
        toValue: shown(field.to),
        side,
        changedBy: caller.actor.userId,
        changedAt: now,
      })),
    );
    const fields = change.fields.map((field) => field.field);
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "alignment.edited",
      entityType: "partner",
      entityId: partnerId,
      before: { version: current.version, ...Object.fromEntries(change.fields.map((field) => [field.field, field.from])) },
      after: { version: record.version, ...Object.fromEntries(change.fields.map((field) => [field.field, field.to])) },
    });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "alignment.edited",
      summary: `${caller.name} (${side} side) updated the alignment record: ${fields.join(", ")}`,
      data: { version: record.version, fields },
      visibility: "shared",
    });
    return alignmentView(tx, partnerId);
  });
}
