import { and, asc, eq, inArray } from "drizzle-orm";
import { allowedMoves, canMove, type LifecycleStage } from "../../../domain/partners/lifecycle";
import type { PartnerInput, PartnerListQuery, PartnerPatch, StageChange } from "../../../domain/partners/schemas";
import type { StageMoveResult } from "../../../domain/pipeline/contracts";
import type { AppContext } from "../../context";
import type { DbOrTx, Tx } from "../../db/client";
import { partnerStageHistory, partnerTeam, partnerTiers, partnerTypes, partners, programs, staffMemberships, user } from "../../db/schema";
import { badRequest, conflict, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { enterOnboarding } from "../pipeline/onboarding";
import { authorizePartner } from "./access";
import { peopleOf } from "./people";
import { countPartners, executePartnerPage, selectPartners, toPartner } from "./queries";
import { partnerSnapshot, snapshotDiff } from "./snapshot";

export async function listPartners(ctx: AppContext, caller: Caller, query: PartnerListQuery) {
  const items = await executePartnerPage(ctx.db, caller.workspace.id, query);
  // The count rides along with the page; only a page past the end needs asking separately.
  const total = items[0]?.matching ?? (query.page > 1 ? await countPartners(ctx.db, caller.workspace.id, query) : 0);
  return {
    items: items.map((row) => {
      const p = toPartner(row);
      return { id: p.id, name: p.name, type: p.type, tier: p.tier, country: p.country, stage: p.stage, owner: p.owner, program: p.program, stageChangedAt: p.stageChangedAt, updatedAt: p.updatedAt };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getPartner(ctx: AppContext, caller: Caller, partnerId: string) {
  await authorizePartner(ctx.db, caller, partnerId, "partner.read");
  return loadPartner(ctx.db, caller.workspace.id, partnerId);
}

/** A partner with its people, authorized once (the portal's front page). */
export async function partnerWithPeople(ctx: AppContext, caller: Caller, partnerId: string) {
  await authorizePartner(ctx.db, caller, partnerId, "partner.read");
  const [partner, people] = await Promise.all([loadPartner(ctx.db, caller.workspace.id, partnerId), peopleOf(ctx, partnerId)]);
  return { partner, people };
}

async function loadPartner(db: DbOrTx, workspaceId: string, partnerId: string) {
  const [row] = await selectPartners(db).where(and(eq(partners.id, partnerId), eq(partners.workspaceId, workspaceId)));
  if (!row) throw new Error(`partner ${partnerId} vanished inside its own transaction`);
  return toPartner(row);
}

interface References {
  typeId?: string | undefined;
  tierId?: string | null | undefined;
  ownerUserId?: string | null | undefined;
  programId?: string | null | undefined;
}

/** Type, tier, owner and program must exist in this workspace; each wrong one is named. */
async function assertReferences(tx: Tx, workspaceId: string, refs: References) {
  const errors: { path: string; message: string }[] = [];
  if (refs.typeId) {
    const [found] = await tx.select({ id: partnerTypes.id }).from(partnerTypes).where(and(eq(partnerTypes.id, refs.typeId), eq(partnerTypes.workspaceId, workspaceId)));
    if (!found) errors.push({ path: "body.typeId", message: "is not a partner type of this workspace" });
  }
  if (refs.tierId) {
    const [found] = await tx.select({ id: partnerTiers.id }).from(partnerTiers).where(and(eq(partnerTiers.id, refs.tierId), eq(partnerTiers.workspaceId, workspaceId)));
    if (!found) errors.push({ path: "body.tierId", message: "is not a tier of this workspace" });
  }
  if (refs.ownerUserId) {
    const [found] = await tx
      .select({ role: staffMemberships.role })
      .from(staffMemberships)
      .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.userId, refs.ownerUserId), eq(staffMemberships.status, "active")));
    if (!found || !["owner", "admin", "partner_manager"].includes(found.role)) {
      errors.push({ path: "body.ownerUserId", message: "must be an active owner, admin or partner manager of this workspace" });
    }
  }
  if (refs.programId) {
    const [found] = await tx.select({ id: programs.id }).from(programs).where(and(eq(programs.id, refs.programId), eq(programs.workspaceId, workspaceId)));
    if (!found) errors.push({ path: "body.programId", message: "is not a program of this workspace" });
  }
  if (errors.length > 0) throw badRequest(`Please correct: ${errors.map((e) => `${e.path} ${e.message}`).join("; ")}`, errors);
}

/** Program and contact came later (issue 5); callers written before them may leave them out. */
type NewPartner = Omit<PartnerInput, "programId" | "contactName" | "contactEmail"> & Partial<Pick<PartnerInput, "programId" | "contactName" | "contactEmail">>;

export async function createPartner(ctx: AppContext, caller: Caller, input: NewPartner) {
  // A partner manager who creates a partner owns it unless they name someone else.
  const ownerUserId = input.ownerUserId ?? (caller.actor.kind === "staff" && caller.actor.role === "partner_manager" ? caller.actor.userId : null);
  return ctx.db.transaction(async (tx) => {
    await assertReferences(tx, caller.workspace.id, { ...input, ownerUserId });
    const now = ctx.clock.now();
    const id = newId();
    await tx.insert(partners).values({ id, workspaceId: caller.workspace.id, ...input, ownerUserId, stageChangedAt: now, createdAt: now, updatedAt: now });
    await tx.insert(partnerStageHistory).values({ id: newId(), workspaceId: caller.workspace.id, partnerId: id, fromStage: null, toStage: input.stage, reason: "created", byUserId: caller.actor.userId, at: now });
    const created = await loadPartner(tx, caller.workspace.id, id);
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner.created", entityType: "partner", entityId: id, after: partnerSnapshot(created) });
    await recordActivity(tx, ctx.clock, { workspaceId: caller.workspace.id, partnerId: id, actorUserId: caller.actor.userId, kind: "partner.created", summary: `${caller.name} added ${created.name} as ${input.stage}`, visibility: "internal" });
    return created;
  });
}

export async function updatePartner(ctx: AppContext, caller: Caller, partnerId: string, patch: PartnerPatch) {
  return ctx.db.transaction(async (tx) => {
    const current = await authorizePartner(tx, caller, partnerId, "partner.update", true);
    if (current.version !== patch.version) throw staleVersion("This partner");
    const { version, ...changes } = patch;
    await assertReferences(tx, caller.workspace.id, changes);
    const before = await loadPartner(tx, caller.workspace.id, partnerId);
    await tx
      .update(partners)
      .set({ ...changes, version: version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(partners.id, partnerId), eq(partners.version, version)));
    const after = await loadPartner(tx, caller.workspace.id, partnerId);
    const diff = snapshotDiff(partnerSnapshot(before), partnerSnapshot(after));
    if (diff) {
      await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner.updated", entityType: "partner", entityId: partnerId, ...diff });
      await recordActivity(tx, ctx.clock, { workspaceId: caller.workspace.id, partnerId, actorUserId: caller.actor.userId, kind: "partner.updated", summary: `${caller.name} changed ${Object.keys(diff.after).join(", ")}`, data: diff, visibility: "internal" });
    }
    return after;
  });
}

export interface MoveOptions {
  /** Off only for the demo seed, which starts its own backdated journeys after walking partners through the stages. */
  onboardingEffects?: boolean;
}

/**
 * Moves a partner along its lifecycle (R-B1) with who, when and why in the stage history. A move
 * into onboarding also starts the journey of the partner's track and welcomes its contact, in
 * the same transaction (pipeline module).
 */
export async function moveStage(ctx: AppContext, caller: Caller, partnerId: string, input: { stage: LifecycleStage; reason: string; version: number }, options: MoveOptions = {}): Promise<StageMoveResult> {
  return ctx.db.transaction(async (tx) => {
    const current = await authorizePartner(tx, caller, partnerId, "partner.update", true);
    if (current.version !== input.version) throw staleVersion("This partner");
    const from = current.stage as LifecycleStage;
    if (from === input.stage) throw conflict(`The partner is already in ${from}.`);
    if (!canMove(from, input.stage)) {
      const options = allowedMoves(from);
      throw conflict(`A partner in ${from} cannot move to ${input.stage}. ${options.length ? `It can move to: ${options.join(", ")}.` : "This stage is final."}`);
    }
    const now = ctx.clock.now();
    await tx.update(partners).set({ stage: input.stage, stageChangedAt: now, updatedAt: now, version: input.version + 1 }).where(eq(partners.id, partnerId));
    await tx.insert(partnerStageHistory).values({ id: newId(), workspaceId: caller.workspace.id, partnerId, fromStage: from, toStage: input.stage, reason: input.reason, byUserId: caller.actor.userId, at: now });
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner.stage_changed", entityType: "partner", entityId: partnerId, before: { stage: from }, after: { stage: input.stage, reason: input.reason } });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "partner.stage_changed",
      summary: `${caller.name} moved ${current.name} from ${from} to ${input.stage}${input.reason ? `: ${input.reason}` : ""}`,
      visibility: "internal",
    });
    const onboarding = input.stage === "onboarding" && options.onboardingEffects !== false ? await enterOnboarding(tx, ctx, caller, current) : null;
    return { ...(await loadPartner(tx, caller.workspace.id, partnerId)), onboarding };
  });
}

export async function stageHistory(ctx: AppContext, caller: Caller, partnerId: string): Promise<StageChange[]> {
  await authorizePartner(ctx.db, caller, partnerId, "partner.internal.read");
  const rows = await ctx.db
    .select({ h: partnerStageHistory, byName: user.name, byEmail: user.email })
    .from(partnerStageHistory)
    .leftJoin(user, eq(user.id, partnerStageHistory.byUserId))
    .where(eq(partnerStageHistory.partnerId, partnerId))
    .orderBy(asc(partnerStageHistory.at));
  return rows.map(({ h, byName, byEmail }) => ({
    id: h.id,
    fromStage: h.fromStage as LifecycleStage | null,
    toStage: h.toStage as LifecycleStage,
    reason: h.reason,
    by: h.byUserId && byName !== null && byEmail !== null ? { id: h.byUserId, name: byName, email: byEmail } : null,
    at: h.at.toISOString(),
  }));
}

export async function setTeam(ctx: AppContext, caller: Caller, partnerId: string, userIds: string[]) {
  const unique = [...new Set(userIds)];
  await ctx.db.transaction(async (tx) => {
    const current = await authorizePartner(tx, caller, partnerId, "partner.team.manage", true);
    if (unique.length > 0) {
      const staff = await tx
        .select({ userId: staffMemberships.userId })
        .from(staffMemberships)
        .where(and(eq(staffMemberships.workspaceId, caller.workspace.id), inArray(staffMemberships.userId, unique), eq(staffMemberships.status, "active")));
      const known = new Set(staff.map((s) => s.userId));
      const unknown = unique.filter((id) => !known.has(id));
      if (unknown.length > 0) throw badRequest(`These people are not active staff of this workspace: ${unknown.join(", ")}.`, [{ path: "body.userIds", message: "must all be active staff" }]);
    }
    await tx.delete(partnerTeam).where(eq(partnerTeam.partnerId, partnerId));
    if (unique.length > 0) await tx.insert(partnerTeam).values(unique.map((userId) => ({ workspaceId: caller.workspace.id, partnerId, userId })));
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner.team_changed", entityType: "partner", entityId: partnerId, before: { team: current.teamUserIds }, after: { team: unique } });
  });
}

export async function listReferenceData(ctx: AppContext, caller: Caller) {
  const [types, tiers] = await Promise.all([
    ctx.db.select({ id: partnerTypes.id, key: partnerTypes.key, name: partnerTypes.name }).from(partnerTypes).where(eq(partnerTypes.workspaceId, caller.workspace.id)).orderBy(asc(partnerTypes.name)),
    ctx.db.select({ id: partnerTiers.id, name: partnerTiers.name, rank: partnerTiers.rank, requirements: partnerTiers.requirements }).from(partnerTiers).where(eq(partnerTiers.workspaceId, caller.workspace.id)).orderBy(asc(partnerTiers.rank)),
  ]);
  return { types, tiers };
}
