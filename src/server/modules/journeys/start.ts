import { and, eq, isNull } from "drizzle-orm";
import { StartJourneyInput } from "../../../domain/journeys/contracts";
import { isPartnerRole } from "../../../domain/journeys/template/owner";
import type { JourneyTemplate, Step } from "../../../domain/journeys/template/schema";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { journeySteps, journeys, partners } from "../../db/schema";
import { badRequest, conflict } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { scheduleTimersForSteps } from "../notifications/timers";
import { authorizePartner } from "../partners/access";
import { loadTemplateVersion } from "../templates/service";
import { appendEvents } from "./events";
import { isAssignable, roleHolders, type RoleHolders } from "./owners";
import { anchorsOf, planOf, type StepRow } from "./replan";
import { viewJourney } from "./read";

/**
 * Starts a journey for a partner (R-D1): the template version's steps become the partner's own,
 * owners resolved from roles to people, due dates planned in the partner's time zone, timers set —
 * in one transaction with its event, audit entry and timeline entry.
 */
export async function startJourney(ctx: AppContext, caller: Caller, partnerId: string, raw: StartJourneyInput) {
  const input = StartJourneyInput.parse(raw);
  const { journeyId, partner } = await ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, partnerId, "journey.manage", true);
    const journeyId = await startJourneyInTransaction(tx, ctx, caller, partner, input);
    return { journeyId, partner };
  });
  return viewJourney(ctx, caller, partner, journeyId);
}

/** The partner as `authorizePartner` returns it: checked, and locked when asked to. */
export type AuthorizedPartner = Awaited<ReturnType<typeof authorizePartner>>;

/**
 * The work of `startJourney` inside a transaction the caller holds, for a partner the caller has
 * already authorized and locked — so another change (a stage move that starts the onboarding
 * journey) and the journey commit or roll back together. Answers the new journey's id.
 */
export async function startJourneyInTransaction(tx: Tx, ctx: AppContext, caller: Caller, partner: AuthorizedPartner, raw: StartJourneyInput, options: { programId?: string | null } = {}) {
  const input = StartJourneyInput.parse(raw);
  const partnerId = partner.id;
  const running = await tx
    .select({ id: journeys.id })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, caller.workspace.id), eq(journeys.partnerId, partnerId), isNull(journeys.cancelledAt)));
  if (running.length > 0) throw conflict(`${partner.name} already has a journey. Upgrade or cancel it before starting another.`);
  const version = await loadTemplateVersion(tx, caller.workspace.id, input.templateId, input.templateVersion);
  const steps = selectSteps(version.document, input.omitSteps);
  const [place] = await tx.select({ timeZone: partners.timeZone }).from(partners).where(eq(partners.id, partnerId));
  const holders = await roleHolders(tx, caller.workspace.id, partner);
  const owners = await chosenOwners(tx, caller.workspace.id, partnerId, steps, input.owners, holders);
  const now = ctx.clock.now();
  const startedAt = input.startAt ? new Date(input.startAt) : now;
  const id = newId();
  await tx.insert(journeys).values({
    id,
    workspaceId: caller.workspace.id,
    partnerId,
    templateVersionId: version.versionId,
    programId: options.programId ?? null,
    name: version.document.name,
    startedAt,
    startedBy: caller.actor.userId,
  });
  const rows = await insertSteps(tx, { id, workspaceId: caller.workspace.id, partnerId, startedAt }, steps, owners, place?.timeZone ?? "UTC");
  await scheduleTimersForSteps(tx, rows.map((row) => ({ workspaceId: caller.workspace.id, stepId: row.id, dueAt: row.dueAt })), now);
  const shared = { workspaceId: caller.workspace.id, journeyId: id, partnerId, actorUserId: caller.actor.userId, at: now };
  await appendEvents(tx, [
    { ...shared, type: "journey.started", visibility: "shared", data: { template: version.document.name, templateVersion: version.version, steps: rows.length, omitted: input.omitSteps } },
  ]);
  await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "journey.start", entityType: "journey", entityId: id, after: { partnerId, templateVersionId: version.versionId, omitted: input.omitSteps } });
  await recordActivity(tx, ctx.clock, { workspaceId: caller.workspace.id, partnerId, actorUserId: caller.actor.userId, kind: "journey.started", summary: `Journey “${version.document.name}” started`, visibility: "shared" });
  return id;
}

/** The template's steps minus those left out for this partner; a required one cannot be left out. */
function selectSteps(template: JourneyTemplate, omit: readonly string[]) {
  const all = template.phases.flatMap((phase) => phase.steps.map((step) => ({ phaseKey: phase.key, step })));
  const known = new Set(all.map(({ step }) => step.key));
  const problems = omit.flatMap((key, index) => {
    if (!known.has(key)) return [{ path: `body.omitSteps.${index}`, message: `the template has no step "${key}"` }];
    const step = all.find((entry) => entry.step.key === key)?.step;
    return step?.required ? [{ path: `body.omitSteps.${index}`, message: `"${key}" is required and cannot be left out` }] : [];
  });
  if (problems.length > 0) throw badRequest("Some steps cannot be left out of this journey.", problems);
  const left = new Set(omit);
  const kept = all.filter(({ step }) => !left.has(step.key));
  // What a left-out step held up must not wait for it forever: drop it from dependencies.
  return kept.map(({ phaseKey, step }) => ({ phaseKey, step: { ...step, dependsOn: step.dependsOn.filter((key) => !left.has(key)) } }));
}

async function chosenOwners(tx: Tx, workspaceId: string, partnerId: string, steps: { step: Step }[], chosen: Record<string, string>, holders: RoleHolders) {
  const owners = new Map<string, string | null>();
  const problems: { path: string; message: string }[] = [];
  for (const { step } of steps) {
    const pick = chosen[step.key];
    if (pick === undefined) {
      owners.set(step.key, holders[step.owner]);
      continue;
    }
    const side = isPartnerRole(step.owner) ? "partner" : "host";
    if (await isAssignable(tx, workspaceId, partnerId, pick, side)) owners.set(step.key, pick);
    else problems.push({ path: `body.owners.${step.key}`, message: side === "host" ? "is not active staff of this workspace" : "is not an active user of this partner" });
  }
  const unknown = Object.keys(chosen).filter((key) => !owners.has(key));
  for (const key of unknown) problems.push({ path: `body.owners.${key}`, message: `the journey has no step "${key}"` });
  if (problems.length > 0) throw badRequest("Some chosen owners cannot own those steps.", problems);
  return owners;
}

async function insertSteps(
  tx: Tx,
  journey: { id: string; workspaceId: string; partnerId: string; startedAt: Date },
  steps: { phaseKey: string; step: Step }[],
  owners: Map<string, string | null>,
  timeZone: string,
) {
  const drafts: StepRow[] = steps.map(({ step }) => ({ id: newId(), key: step.key, status: "open", definition: step, dueAt: null, dueManual: false, baselineDueAt: null, completedAt: null }));
  const planned = planOf(drafts, await anchorsOf(tx, journey, drafts, timeZone));
  const rows = steps.map(({ phaseKey, step }, position) => {
    const dueAt = planned.get(step.key) ?? null;
    return {
      id: drafts[position]?.id ?? newId(),
      workspaceId: journey.workspaceId,
      journeyId: journey.id,
      partnerId: journey.partnerId,
      phaseKey,
      position,
      key: step.key,
      kind: step.kind,
      title: step.title,
      description: step.description ?? "",
      ownerRole: step.owner,
      ownerUserId: owners.get(step.key) ?? null,
      visibility: step.visibility,
      required: step.required,
      definition: step,
      dueAt,
      baselineDueAt: dueAt,
    };
  });
  await tx.insert(journeySteps).values(rows);
  return rows;
}
