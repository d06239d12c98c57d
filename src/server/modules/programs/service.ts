import { and, count, eq, ne } from "drizzle-orm";
import type { Program, ProgramInput, ProgramPatch, TierRequirementInput, TrackInput } from "../../../domain/programs/schemas";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { journeys, journeyTemplates, partnerTiers, partnerTypes, programs, programTierRequirements, programTracks } from "../../db/schema";
import { badRequest, conflict, notFound, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { readPrograms } from "./queries";

export function listPrograms(ctx: AppContext, caller: Caller): Promise<Program[]> {
  return readPrograms(ctx.db, caller.workspace.id);
}

export async function getProgram(ctx: AppContext, caller: Caller, programId: string): Promise<Program> {
  const [program] = await readPrograms(ctx.db, caller.workspace.id, programId);
  if (!program) throw notFound("That program");
  return program;
}

async function reread(tx: Tx, workspaceId: string, programId: string): Promise<Program> {
  const [program] = await readPrograms(tx, workspaceId, programId);
  if (!program) throw new Error(`program ${programId} vanished inside its own transaction`);
  return program;
}

async function assertKeyFree(tx: Tx, workspaceId: string, key: string, exceptId?: string) {
  const [taken] = await tx
    .select({ name: programs.name })
    .from(programs)
    .where(and(eq(programs.workspaceId, workspaceId), eq(programs.key, key), exceptId ? ne(programs.id, exceptId) : undefined));
  if (taken) throw conflict(`The key "${key}" is already used by the program "${taken.name}"; choose another.`);
}

/**
 * Locks the program, checks the version the client read and counts the change: tracks and tier
 * requirements are part of their program, so changing one also moves the program's version.
 */
async function lockProgram(tx: Tx, workspaceId: string, programId: string, version: number) {
  const [current] = await tx
    .select()
    .from(programs)
    .where(and(eq(programs.id, programId), eq(programs.workspaceId, workspaceId)))
    .for("update");
  if (!current) throw notFound("That program");
  if (current.version !== version) throw staleVersion("This program");
  await tx.update(programs).set({ version: version + 1 }).where(eq(programs.id, programId));
  return current;
}

export async function createProgram(ctx: AppContext, caller: Caller, input: ProgramInput): Promise<Program> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    await assertKeyFree(tx, workspaceId, input.key);
    const id = newId();
    await tx.insert(programs).values({ id, workspaceId, ...input, version: 1, createdAt: ctx.clock.now() });
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "program.created", entityType: "program", entityId: id, after: input });
    return reread(tx, workspaceId, id);
  });
}

export async function updateProgram(ctx: AppContext, caller: Caller, programId: string, patch: ProgramPatch): Promise<Program> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    const { version, ...changes } = patch;
    const current = await lockProgram(tx, workspaceId, programId, version);
    if (changes.key !== undefined) await assertKeyFree(tx, workspaceId, changes.key, programId);
    // A patch with nothing but the version still counts as a change of version (lockProgram).
    if (Object.keys(changes).length > 0) await tx.update(programs).set(changes).where(eq(programs.id, programId));
    const before = { key: current.key, name: current.name, description: current.description };
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "program.updated", entityType: "program", entityId: programId, before, after: { ...before, ...changes } });
    return reread(tx, workspaceId, programId);
  });
}

export async function deleteProgram(ctx: AppContext, caller: Caller, programId: string, version: number): Promise<void> {
  const workspaceId = caller.workspace.id;
  await ctx.db.transaction(async (tx) => {
    const current = await lockProgram(tx, workspaceId, programId, version);
    const [started] = await tx.select({ n: count() }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.programId, programId)));
    if ((started?.n ?? 0) > 0) {
      throw conflict(`${started?.n} journey(s) were started under "${current.name}", so it stays for their history. Rename it or clear its tracks instead.`);
    }
    await tx.delete(programTracks).where(eq(programTracks.programId, programId));
    await tx.delete(programTierRequirements).where(eq(programTierRequirements.programId, programId));
    await tx.delete(programs).where(eq(programs.id, programId));
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "program.deleted", entityType: "program", entityId: programId, before: { key: current.key, name: current.name } });
  });
}

async function partnerTypeOf(tx: Tx, workspaceId: string, partnerTypeId: string) {
  const [type] = await tx.select().from(partnerTypes).where(and(eq(partnerTypes.id, partnerTypeId), eq(partnerTypes.workspaceId, workspaceId)));
  if (!type) throw notFound("That partner type");
  return type;
}

/** A track may point at a live template of this workspace, or at none yet. */
async function assertTemplateUsable(tx: Tx, workspaceId: string, templateId: string) {
  const [template] = await tx
    .select({ archivedAt: journeyTemplates.archivedAt, name: journeyTemplates.name })
    .from(journeyTemplates)
    .where(and(eq(journeyTemplates.id, templateId), eq(journeyTemplates.workspaceId, workspaceId)));
  if (!template) throw badRequest("Please correct: body.templateId is not a template of this workspace", [{ path: "body.templateId", message: "is not a template of this workspace" }]);
  if (template.archivedAt) {
    throw badRequest(`The template "${template.name}" is archived; restore it or choose another.`, [{ path: "body.templateId", message: "is archived; restore it or choose another" }]);
  }
}

export async function setTrack(ctx: AppContext, caller: Caller, programId: string, partnerTypeId: string, input: TrackInput): Promise<Program> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    await lockProgram(tx, workspaceId, programId, input.version);
    const type = await partnerTypeOf(tx, workspaceId, partnerTypeId);
    if (input.templateId) await assertTemplateUsable(tx, workspaceId, input.templateId);
    const [before] = await tx.select().from(programTracks).where(and(eq(programTracks.programId, programId), eq(programTracks.partnerTypeId, partnerTypeId)));
    const values = { templateId: input.templateId, description: input.description };
    if (before) await tx.update(programTracks).set(values).where(eq(programTracks.id, before.id));
    else await tx.insert(programTracks).values({ id: newId(), workspaceId, programId, partnerTypeId, ...values, createdAt: ctx.clock.now() });
    await writeAudit(tx, ctx.clock, {
      workspaceId,
      actor: caller.audit,
      action: "program.track_set",
      entityType: "program",
      entityId: programId,
      before: before ? { partnerType: type.key, templateId: before.templateId, description: before.description } : null,
      after: { partnerType: type.key, ...values },
    });
    return reread(tx, workspaceId, programId);
  });
}

export async function removeTrack(ctx: AppContext, caller: Caller, programId: string, partnerTypeId: string, version: number): Promise<Program> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    await lockProgram(tx, workspaceId, programId, version);
    const type = await partnerTypeOf(tx, workspaceId, partnerTypeId);
    const [removed] = await tx
      .delete(programTracks)
      .where(and(eq(programTracks.programId, programId), eq(programTracks.partnerTypeId, partnerTypeId)))
      .returning({ templateId: programTracks.templateId });
    if (!removed) throw notFound(`A ${type.name} track in this program`);
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "program.track_removed", entityType: "program", entityId: programId, before: { partnerType: type.key, templateId: removed.templateId } });
    return reread(tx, workspaceId, programId);
  });
}

export async function setTierRequirements(ctx: AppContext, caller: Caller, programId: string, tierId: string, input: TierRequirementInput): Promise<Program> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    await lockProgram(tx, workspaceId, programId, input.version);
    const [tier] = await tx.select().from(partnerTiers).where(and(eq(partnerTiers.id, tierId), eq(partnerTiers.workspaceId, workspaceId)));
    if (!tier) throw notFound("That tier");
    const where = and(eq(programTierRequirements.programId, programId), eq(programTierRequirements.tierId, tierId));
    const [before] = await tx.select().from(programTierRequirements).where(where);
    if (input.requirements === "") await tx.delete(programTierRequirements).where(where);
    else if (before) await tx.update(programTierRequirements).set({ requirements: input.requirements }).where(where);
    else await tx.insert(programTierRequirements).values({ programId, tierId, workspaceId, requirements: input.requirements });
    await writeAudit(tx, ctx.clock, {
      workspaceId,
      actor: caller.audit,
      action: "program.tier_requirements_set",
      entityType: "program",
      entityId: programId,
      before: { tier: tier.name, requirements: before?.requirements ?? "" },
      after: { tier: tier.name, requirements: input.requirements },
    });
    return reread(tx, workspaceId, programId);
  });
}
