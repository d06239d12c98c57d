import { eq, sql } from "drizzle-orm";
import type { UpgradePreview } from "../../../domain/journeys/contracts";
import { diffTemplates } from "../../../domain/journeys/template/diff";
import type { Step } from "../../../domain/journeys/template/schema";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { journeySteps, journeys } from "../../db/schema";
import { badRequest } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { loadTemplateVersion } from "../templates/service";
import { authorizeJourney } from "./access";
import { markResolved } from "./complete";
import { appendEvents } from "./events";
import { lockJourney } from "./journey-changes";
import { loadJourney, templateOf, type LoadedJourney } from "./load";
import { roleHolders } from "./owners";
import { viewJourney } from "./read";
import { replanJourney } from "./replan";

type JourneyIds = { partnerId: string; journeyId: string };

/** What moving a running journey to another template version would change (R-C3), shown first. */
export async function previewUpgrade(ctx: AppContext, caller: Caller, ids: JourneyIds, toVersion: number): Promise<UpgradePreview> {
  await authorizeJourney(ctx.db, caller, ids.partnerId, ids.journeyId, "journey.manage");
  const loaded = await loadJourney(ctx.db, caller.workspace.id, ids.journeyId);
  const target = await targetVersion(ctx.db, caller, loaded, toVersion);
  return previewOf(loaded, target.document, toVersion);
}

function previewOf(loaded: LoadedJourney, next: Awaited<ReturnType<typeof loadTemplateVersion>>["document"], toVersion: number): UpgradePreview {
  const diff = diffTemplates(templateOf(loaded), next);
  const statusOf = new Map(loaded.steps.map(({ step }) => [step.key, step.status]));
  return {
    fromVersion: loaded.templateVersion,
    toVersion,
    added: diff.added.filter((step) => !statusOf.has(step.key)).map(({ key, title }) => ({ key, title })),
    removed: diff.removed.filter((step) => statusOf.has(step.key)).map(({ key, title }) => ({ key, title, status: statusOf.get(key) ?? "open" })),
    changed: diff.changed.filter((step) => statusOf.has(step.key)).map(({ key, title, fields }) => ({ key, title, fields })),
    kept: loaded.steps.filter(({ step }) => step.status !== "open").length,
  };
}

async function targetVersion(db: DbOrTx, caller: Caller, loaded: LoadedJourney, toVersion: number) {
  if (toVersion === loaded.templateVersion) throw badRequest("The journey already follows that version.", [{ path: "toVersion", message: `pick a version other than ${toVersion}` }]);
  return loadTemplateVersion(db, caller.workspace.id, loaded.templateId, toVersion);
}

/**
 * Moves the journey to another version: done and skipped steps stay exactly as they are; open
 * steps take the new definition; new steps are added; open steps the new version dropped are
 * skipped with that as the reason (never deleted: their history stays).
 */
export async function upgradeJourney(ctx: AppContext, caller: Caller, ids: JourneyIds, input: { version: number; toVersion: number }) {
  const care = await ctx.db.transaction(async (tx) => {
    const { partner, journey } = await lockJourney(tx, caller, ids, input.version);
    const loaded = await loadJourney(tx, caller.workspace.id, journey.id);
    const target = await targetVersion(tx, caller, loaded, input.toVersion);
    const preview = previewOf(loaded, target.document, input.toVersion);
    const now = ctx.clock.now();
    const existing = new Map(loaded.steps.map(({ step }) => [step.key, step]));
    const holders = await roleHolders(tx, caller.workspace.id, partner);
    let position = 0;
    for (const phase of target.document.phases) {
      for (const step of phase.steps) {
        const current = existing.get(step.key);
        if (!current) await tx.insert(journeySteps).values(newStepRow(journey, phase.key, position, step, holders[step.owner]));
        else await tx.update(journeySteps).set(current.status === "open" ? { ...definitionColumns(step), phaseKey: phase.key, position, version: sql`${journeySteps.version} + 1` } : { phaseKey: phase.key, position }).where(eq(journeySteps.id, current.id));
        position += 1;
      }
    }
    for (const removed of preview.removed) {
      const step = existing.get(removed.key);
      if (step?.status === "open" && !step.adHoc) await markResolved(tx, step, "skipped", now, caller.actor.userId);
    }
    await tx.update(journeys).set({ templateVersionId: target.versionId, version: sql`${journeys.version} + 1` }).where(eq(journeys.id, journey.id));
    await replanJourney(tx, journey, loaded.timeZone, now);
    await appendEvents(tx, [{ workspaceId: journey.workspaceId, journeyId: journey.id, partnerId: journey.partnerId, type: "journey.upgraded", actorUserId: caller.actor.userId, visibility: "shared", data: { from: preview.fromVersion, to: preview.toVersion, added: preview.added.length, removed: preview.removed.length, changed: preview.changed.length }, at: now }]);
    await writeAudit(tx, ctx.clock, { workspaceId: journey.workspaceId, actor: caller.audit, action: "journey.upgrade", entityType: "journey", entityId: journey.id, before: { templateVersion: preview.fromVersion }, after: { templateVersion: preview.toVersion } });
    return partner;
  });
  return viewJourney(ctx, caller, care, ids.journeyId);
}

function definitionColumns(step: Step) {
  return { kind: step.kind, title: step.title, description: step.description ?? "", ownerRole: step.owner, visibility: step.visibility, required: step.required, definition: step };
}

function newStepRow(journey: { id: string; workspaceId: string; partnerId: string }, phaseKey: string, position: number, step: Step, ownerUserId: string | null) {
  return { id: newId(), workspaceId: journey.workspaceId, journeyId: journey.id, partnerId: journey.partnerId, phaseKey, position, key: step.key, ownerUserId, ...definitionColumns(step) };
}
