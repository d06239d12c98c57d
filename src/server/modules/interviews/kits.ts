import { createHash } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import { defaultKitName, defaultKitStages } from "../../../domain/interviews/default-kit";
import type { Kit, KitInput, KitPatch } from "../../../domain/interviews/contracts";
import { KitStages } from "../../../domain/interviews/contracts";
import type { AppContext } from "../../context";
import type { Clock } from "../../clock";
import type { DbOrTx } from "../../db/client";
import { interviewKits, programs } from "../../db/schema";
import { badRequest, conflict, notFound, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";

/*
 * Interview kits (R-B3): stages with weighted criteria. Admins shape them; anyone who interviews
 * reads them. The built-in kit has an id derived from the workspace's, so creating it lazily is
 * an insert that two concurrent first readers cannot both make.
 */

type KitRow = typeof interviewKits.$inferSelect;

/** A name-based (v5-style) UUID: the same workspace always gets the same built-in kit id. */
export function builtInKitId(workspaceId: string): string {
  const hex = createHash("sha1").update(`accord:interview-kit:partner-interviews:${workspaceId}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** Adds "Partner interviews" to a workspace that never had it (an archived one stays archived). */
export async function ensureDefaultKit(db: DbOrTx, clock: Clock, workspaceId: string): Promise<void> {
  const id = builtInKitId(workspaceId);
  const [present] = await db.select({ id: interviewKits.id }).from(interviewKits).where(eq(interviewKits.id, id));
  if (present) return;
  const now = clock.now();
  const inserted = await db
    .insert(interviewKits)
    .values({ id, workspaceId, programId: null, name: defaultKitName, stages: defaultKitStages, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ id: interviewKits.id });
  if (inserted.length === 0) return;
  await writeAudit(db, clock, { workspaceId, actor: { userId: null, label: "Accord" }, action: "interview_kit.built_in_loaded", entityType: "interview_kit", entityId: id, after: { name: defaultKitName } });
}

export function toKit(row: KitRow): Kit {
  return {
    id: row.id,
    name: row.name,
    programId: row.programId,
    stages: KitStages.parse(row.stages),
    builtIn: row.id === builtInKitId(row.workspaceId),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listKits(ctx: AppContext, caller: Caller, includeArchived: boolean): Promise<{ items: Kit[] }> {
  await ensureDefaultKit(ctx.db, ctx.clock, caller.workspace.id);
  const rows = await ctx.db
    .select()
    .from(interviewKits)
    .where(and(eq(interviewKits.workspaceId, caller.workspace.id), includeArchived ? undefined : isNull(interviewKits.archivedAt)))
    .orderBy(asc(interviewKits.name), asc(interviewKits.id));
  return { items: rows.map(toKit) };
}

export async function loadKitRow(db: DbOrTx, workspaceId: string, kitId: string, lock = false): Promise<KitRow> {
  const query = db.select().from(interviewKits).where(and(eq(interviewKits.id, kitId), eq(interviewKits.workspaceId, workspaceId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("That interview kit");
  return row;
}

export async function getKit(ctx: AppContext, caller: Caller, kitId: string): Promise<Kit> {
  return toKit(await loadKitRow(ctx.db, caller.workspace.id, kitId));
}

async function assertProgram(db: DbOrTx, workspaceId: string, programId: string | null | undefined) {
  if (!programId) return;
  const [found] = await db.select({ id: programs.id }).from(programs).where(and(eq(programs.id, programId), eq(programs.workspaceId, workspaceId)));
  if (!found) throw badRequest("The program does not exist in this workspace.", [{ path: "body.programId", message: "is not a program of this workspace" }]);
}

export async function createKit(ctx: AppContext, caller: Caller, input: KitInput): Promise<Kit> {
  return ctx.db.transaction(async (tx) => {
    await assertProgram(tx, caller.workspace.id, input.programId);
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(interviewKits)
      .values({ id: newId(), workspaceId: caller.workspace.id, programId: input.programId, name: input.name, stages: input.stages, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error("the kit insert returned nothing");
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "interview_kit.created", entityType: "interview_kit", entityId: row.id, after: { name: row.name, stages: input.stages.map((stage) => stage.key) } });
    return toKit(row);
  });
}

/** Interviews already scheduled keep the criteria they copied, so an edit never rescores them. */
export async function updateKit(ctx: AppContext, caller: Caller, kitId: string, patch: KitPatch): Promise<Kit> {
  return ctx.db.transaction(async (tx) => {
    const current = await loadKitRow(tx, caller.workspace.id, kitId, true);
    if (current.version !== patch.version) throw staleVersion("This interview kit");
    if (current.archivedAt) throw conflict("This interview kit is archived; restore it before editing.");
    await assertProgram(tx, caller.workspace.id, patch.programId);
    const { version, ...changes } = patch;
    const [row] = await tx
      .update(interviewKits)
      .set({ ...changes, version: version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(interviewKits.id, kitId), eq(interviewKits.version, version)))
      .returning();
    if (!row) throw staleVersion("This interview kit");
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "interview_kit.updated",
      entityType: "interview_kit",
      entityId: kitId,
      before: { name: current.name, programId: current.programId, stages: current.stages },
      after: { name: row.name, programId: row.programId, stages: row.stages },
    });
    return toKit(row);
  });
}

export async function setKitArchived(ctx: AppContext, caller: Caller, kitId: string, version: number, archived: boolean): Promise<Kit> {
  return ctx.db.transaction(async (tx) => {
    const current = await loadKitRow(tx, caller.workspace.id, kitId, true);
    if (current.version !== version) throw staleVersion("This interview kit");
    if ((current.archivedAt !== null) === archived) throw conflict(archived ? "This interview kit is already archived." : "This interview kit is not archived.");
    const [row] = await tx
      .update(interviewKits)
      .set({ archivedAt: archived ? ctx.clock.now() : null, version: version + 1, updatedAt: ctx.clock.now() })
      .where(eq(interviewKits.id, kitId))
      .returning();
    if (!row) throw staleVersion("This interview kit");
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: archived ? "interview_kit.archived" : "interview_kit.restored", entityType: "interview_kit", entityId: kitId });
    return toKit(row);
  });
}
