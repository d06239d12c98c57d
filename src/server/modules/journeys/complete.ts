import { and, eq, sql } from "drizzle-orm";
import type { CompleteStepInput, CompletionPreview } from "../../../domain/journeys/contracts";
import { occurrencesOf } from "../../../domain/journeys/schedule/due-date";
import { completionShifts } from "../../../domain/journeys/schedule/plan";
import { mayCompleteStep } from "../../../domain/journeys/step-access";
import { OwnerRole } from "../../../domain/journeys/template/owner";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { journeySteps } from "../../db/schema";
import { conflict, forbidden, notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { journeyStepLink } from "../notifications/links";
import { notify } from "../notifications/service";
import { scheduleStepTimers } from "../notifications/timers";
import { authorizeJourney } from "./access";
import { approverOf, definitionOf } from "./definition";
import { appendEvents } from "./events";
import { kindHandlers } from "./kinds";
import { resultSoFar } from "./kinds/handler";
import { loadJourney } from "./load";
import { viewJourney } from "./read";
import { anchorsOf, replanJourney, toPlan } from "./replan";
import { lockStep, type LockedStep } from "./step-lock";
import { deriveOf } from "./view";

type StepIds = { partnerId: string; journeyId: string; stepId: string };

/**
 * Completes a step (R-D2): it must be open, its phase open and what it depends on done; the kind
 * decides what completing needs (answers, a file, an acknowledgement…). Due dates counted from it
 * shift, repeating steps that run "until" it stop, and the partner's manager hears when the
 * partner side finished something.
 */
export async function completeStep(ctx: AppContext, caller: Caller, ids: StepIds, input: CompleteStepInput) {
  const care = await ctx.db.transaction(async (tx) => {
    const locked = await lockStep(tx, caller, ids, "journey.step.act", input.version);
    const { step, journey } = locked;
    if (step.status !== "open") throw conflict(`“${step.title}” is already ${step.status === "done" ? "done" : "skipped"}.`);
    await assertWorkable(tx, caller, locked, ctx.clock.now());
    const definition = definitionOf(step.definition);
    const ownerRole = OwnerRole.parse(step.ownerRole);
    if (!mayCompleteStep(caller.actor, { kind: step.kind, ownerRole, ownerUserId: step.ownerUserId, visibility: step.visibility, approver: approverOf(definition) }, locked.partner)) {
      throw forbidden(step.kind === "approval_gate" ? "Only the approver named for this gate can pass it." : "This step is not yours to complete.");
    }
    const now = ctx.clock.now();
    const result = await kindHandlers[definition.kind].complete({ tx, step, definition, input: input.input, actor: { userId: caller.actor.userId, name: caller.name }, now });
    const merged = input.note ? { ...(result ?? {}), note: input.note } : result;
    const nextOccurrence = await nextOccurrenceOf(tx, locked, now);
    if (nextOccurrence) {
      const occurrences = occurrencesSoFar(step.result) + 1;
      await tx.update(journeySteps).set({ dueAt: nextOccurrence, result: { ...merged, occurrences }, version: sql`${journeySteps.version} + 1` }).where(eq(journeySteps.id, step.id));
      await scheduleStepTimers(tx, { workspaceId: step.workspaceId, stepId: step.id, dueAt: nextOccurrence, now });
    } else {
      await markResolved(tx, step, "done", now, caller.actor.userId, merged);
      await closeRepeatsUntil(tx, locked, now);
    }
    await replanJourney(tx, journey, locked.timeZone, now);
    const base = { workspaceId: step.workspaceId, journeyId: journey.id, partnerId: journey.partnerId, stepId: step.id, actorUserId: caller.actor.userId, visibility: step.visibility, at: now };
    await appendEvents(tx, [{ ...base, type: nextOccurrence ? "step.occurrence_done" : "step.completed", data: { title: step.title, kind: step.kind, ...(input.note ? { note: input.note } : {}) } }]);
    await recordActivity(tx, ctx.clock, { workspaceId: step.workspaceId, partnerId: journey.partnerId, actorUserId: caller.actor.userId, kind: "journey.step_completed", summary: `${caller.name} completed “${step.title}”`, visibility: step.visibility });
    if (caller.actor.kind === "partner" && locked.partner.ownerUserId) {
      await notify(tx, ctx.clock, {
        workspaceId: step.workspaceId,
        userIds: [locked.partner.ownerUserId],
        kind: "step.completed_by_partner",
        title: `${locked.partner.name} completed “${step.title}”`,
        body: `${caller.name} completed it in the partner portal.`,
        link: journeyStepLink(caller.workspace.slug, journey.partnerId, step.id, "staff"),
        dedupeKey: `step-completed:${step.id}:${step.version}`,
        partnerId: journey.partnerId,
        journeyId: journey.id,
        stepId: step.id,
      });
    }
    return locked.partner;
  });
  return viewJourney(ctx, caller, care, ids.journeyId);
}

/** How many occurrences of a repeating step were done before, as its result counts them. */
function occurrencesSoFar(result: unknown): number {
  const count = resultSoFar(result).occurrences;
  return typeof count === "number" ? count : 0;
}

/** The step's phase must be open and everything it depends on resolved. */
async function assertWorkable(tx: Tx, caller: Caller, locked: LockedStep, now: Date) {
  const loaded = await loadJourney(tx, caller.workspace.id, locked.journey.id);
  const state = deriveOf(loaded, loaded.steps, now).steps.find((step) => step.key === locked.step.key)?.state;
  if (state === "locked") throw conflict(`“${locked.step.title}” belongs to a phase that has not opened yet.`);
  if (state === "blocked") {
    const waiting = definitionOf(locked.step.definition).dependsOn.filter((key) => loaded.steps.some(({ step }) => step.key === key && step.status === "open"));
    const titles = loaded.steps.filter(({ step }) => waiting.includes(step.key)).map(({ step }) => `“${step.title}”`);
    throw conflict(`“${locked.step.title}” waits for ${titles.join(", ")} to be done first.`);
  }
}

/** Marks a step done or skipped; its reminders to come are dropped. */
export async function markResolved(tx: Tx, step: { id: string; workspaceId: string }, status: "done" | "skipped", now: Date, byUserId: string | null, result?: Record<string, unknown> | null) {
  await tx
    .update(journeySteps)
    .set({ status, completedAt: now, completedBy: byUserId, ...(result === undefined ? {} : { result }), version: sql`${journeySteps.version} + 1` })
    .where(eq(journeySteps.id, step.id));
  await scheduleStepTimers(tx, { workspaceId: step.workspaceId, stepId: step.id, dueAt: null, now });
}

/** For a repeating step whose "until" step is not done yet: when the next occurrence falls due. */
async function nextOccurrenceOf(tx: Tx, locked: LockedStep, now: Date): Promise<Date | null> {
  const definition = definitionOf(locked.step.definition);
  const repeat = definition.due.repeat;
  if (!repeat) return null;
  const steps = await tx.select().from(journeySteps).where(eq(journeySteps.journeyId, locked.journey.id));
  const until = steps.find((step) => step.key === repeat.until);
  if (!until || until.status !== "open") return null;
  const anchors = await anchorsOf(tx, locked.journey, steps, locked.timeZone);
  const horizon = new Date(now.getTime() + 400 * 24 * 3_600_000);
  const after = Math.max(now.getTime(), locked.step.dueAt?.getTime() ?? 0);
  return occurrencesOf(definition.due, anchors, horizon).find((instant) => instant.getTime() > after) ?? null;
}

/** Steps that repeat "until" this one stop repeating once it is done. */
async function closeRepeatsUntil(tx: Tx, locked: LockedStep, now: Date) {
  const open = await tx.select().from(journeySteps).where(and(eq(journeySteps.journeyId, locked.journey.id), eq(journeySteps.status, "open")));
  for (const step of open) {
    if (definitionOf(step.definition).due.repeat?.until !== locked.step.key) continue;
    await markResolved(tx, step, "done", now, null);
    await appendEvents(tx, [
      { workspaceId: step.workspaceId, journeyId: step.journeyId, partnerId: step.partnerId, stepId: step.id, type: "step.repeat_ended", actorUserId: null, visibility: step.visibility, data: { title: step.title, because: locked.step.title }, at: now },
    ]);
  }
}

/** Which due dates completing the step now (or at `completedAt`) would shift, shown before confirming. */
export async function previewCompletion(ctx: AppContext, caller: Caller, ids: StepIds, completedAt: string | undefined): Promise<CompletionPreview> {
  await authorizeJourney(ctx.db, caller, ids.partnerId, ids.journeyId, "journey.read");
  const loaded = await loadJourney(ctx.db, caller.workspace.id, ids.journeyId);
  const target = loaded.steps.find(({ step }) => step.id === ids.stepId);
  if (!target || (caller.actor.kind === "partner" && target.step.visibility !== "shared")) throw notFound("That step");
  const rows = loaded.steps.map(({ step }) => step);
  const anchors = await anchorsOf(ctx.db, loaded.journey, rows, loaded.timeZone);
  const result = completionShifts(rows.map(toPlan), anchors, target.step.key, completedAt ? new Date(completedAt) : ctx.clock.now());
  if (!result.ok) throw new Error(`journey cannot be planned: ${JSON.stringify(result.problem)}`);
  const byKey = new Map(rows.map((step) => [step.key, step]));
  return {
    shifts: result.shifts.flatMap((shift) => {
      const step = byKey.get(shift.key);
      if (!step || step.status !== "open" || step.dueManual || (caller.actor.kind === "partner" && step.visibility !== "shared")) return [];
      return [{ stepId: step.id, key: step.key, title: step.title, from: shift.from?.toISOString() ?? null, to: shift.to?.toISOString() ?? null }];
    }),
  };
}
