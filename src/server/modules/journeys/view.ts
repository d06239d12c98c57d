import type { Journey, JourneyStep, JourneySummary, Person } from "../../../domain/journeys/contracts";
import { deriveJourney } from "../../../domain/journeys/progress/derive";
import { mayCompleteStep, type PartnerCare } from "../../../domain/journeys/step-access";
import { OwnerRole } from "../../../domain/journeys/template/owner";
import type { Step } from "../../../domain/journeys/template/schema";
import { can } from "../../../domain/access/policy";
import type { Caller } from "../../plugins/route-kit";
import { approverOf, definitionOf, kindFieldsOf } from "./definition";
import type { LoadedJourney, LoadedStep } from "./load";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function person(userId: string | null, name: string | null, email: string | null): Person | null {
  return userId && name !== null && email !== null ? { userId, name, email } : null;
}

/** What a partner user may see of a journey: shared steps only (DESIGN section 2). */
export function visibleSteps(caller: Caller, steps: readonly LoadedStep[]): LoadedStep[] {
  return caller.actor.kind === "partner" ? steps.filter((row) => row.step.visibility === "shared") : [...steps];
}

export function deriveOf(loaded: LoadedJourney, steps: readonly LoadedStep[], now: Date, definitions = definitionsOf(steps)) {
  return deriveJourney(
    {
      startedAt: loaded.journey.startedAt,
      cancelledAt: loaded.journey.cancelledAt,
      phases: loaded.phases.map((phase) => ({ key: phase.key, entry: phase.entry })),
      steps: steps.map(({ step }) => ({
        key: step.key,
        phaseKey: step.phaseKey,
        status: step.status,
        dependsOn: definitions.get(step.id)?.dependsOn ?? [],
        dueAt: step.dueAt,
        baselineDueAt: step.baselineDueAt,
        completedAt: step.completedAt,
      })),
    },
    now,
  );
}

/** Each step's definition, parsed once per read. */
export function definitionsOf(steps: readonly LoadedStep[]): Map<string, Step> {
  return new Map(steps.map(({ step }) => [step.id, definitionOf(step.definition)]));
}

export function summaryOf(loaded: LoadedJourney, derived: ReturnType<typeof deriveOf>): JourneySummary {
  const { journey } = loaded;
  return {
    id: journey.id,
    partnerId: journey.partnerId,
    partnerName: loaded.partnerName,
    name: journey.name,
    templateId: loaded.templateId,
    templateName: loaded.templateName,
    templateVersion: loaded.templateVersion,
    latestTemplateVersion: loaded.latestTemplateVersion,
    startedAt: journey.startedAt.toISOString(),
    completedAt: iso(derived.completedAt),
    cancelledAt: iso(journey.cancelledAt),
    status: derived.status,
    progress: derived.progress,
    plannedCompletionAt: iso(derived.plannedCompletionAt),
    projectedCompletionAt: iso(derived.projectedCompletionAt),
    version: journey.version,
  };
}

/**
 * Figures as the caller may see them. Step states come from the whole journey (an internal entry
 * step still holds a phase shut), but a partner user's progress, status and projection count the
 * shared steps only: a count of steps they cannot see, or "late" because of one, would tell them
 * of internal work all the same.
 */
export function figuresFor(caller: Caller, loaded: LoadedJourney, whole: ReturnType<typeof deriveOf>, now: Date, definitions?: Map<string, Step>) {
  return caller.actor.kind === "partner" ? deriveOf(loaded, visibleSteps(caller, loaded.steps), now, definitions) : whole;
}

/** The journey as the caller may see it: internal steps are dropped for partner users. */
export function journeyView(caller: Caller, loaded: LoadedJourney, care: PartnerCare, now: Date): Journey {
  const definitions = definitionsOf(loaded.steps);
  const whole = deriveOf(loaded, loaded.steps, now, definitions);
  const derived = figuresFor(caller, loaded, whole, now, definitions);
  const stateOf = new Map(whole.steps.map((step) => [step.key, step]));
  const canManage = can(caller.actor, "journey.manage", { partner: { id: loaded.journey.partnerId, ...care } }) === "allow" && !loaded.journey.cancelledAt;
  const steps = visibleSteps(caller, loaded.steps).map((row) => stepView(caller, row, definitions.get(row.step.id) ?? definitionOf(row.step.definition), stateOf.get(row.step.key), care, canManage || caller.actor.kind === "partner", loaded.journey.cancelledAt !== null));
  const phaseInfo = new Map(loaded.phases.map((phase) => [phase.key, phase]));
  const shownPhases = new Set(steps.map((step) => step.phaseKey));
  return {
    ...summaryOf(loaded, derived),
    timeZone: loaded.timeZone,
    phases: whole.phases
      .filter((phase) => caller.actor.kind === "staff" || shownPhases.has(phase.key))
      .map((phase) => ({ ...phase, progress: derived.phases.find((shown) => shown.key === phase.key)?.progress ?? phase.progress, name: phaseInfo.get(phase.key)?.name ?? phase.key, description: phaseInfo.get(phase.key)?.description ?? "" })),
    steps,
    canManage,
  };
}

function stepView(
  caller: Caller,
  row: LoadedStep,
  definition: Step,
  derived: { state: JourneyStep["state"]; late: boolean } | undefined,
  care: PartnerCare,
  mayActAtAll: boolean,
  cancelled: boolean,
): JourneyStep {
  const { step } = row;
  const state = derived?.state ?? "locked";
  const workable = state === "ready" && !cancelled && mayActAtAll;
  const ownerRole = OwnerRole.parse(step.ownerRole);
  return {
    id: step.id,
    key: step.key,
    phaseKey: step.phaseKey,
    kind: step.kind,
    title: step.title,
    description: step.description,
    ownerRole,
    owner: person(step.ownerUserId, row.ownerName, row.ownerEmail),
    visibility: step.visibility,
    required: step.required,
    status: step.status,
    state,
    dependsOn: definition.dependsOn,
    dueAt: iso(step.dueAt),
    dueManual: step.dueManual,
    baselineDueAt: iso(step.baselineDueAt),
    late: derived?.late ?? false,
    completedAt: iso(step.completedAt),
    completedBy: person(step.completedBy, row.completerName, row.completerEmail),
    fields: kindFieldsOf(definition),
    result: step.result ?? null,
    adHoc: step.adHoc,
    version: step.version,
    canAct:
      workable &&
      mayCompleteStep(caller.actor, { kind: step.kind, ownerRole, ownerUserId: step.ownerUserId, visibility: step.visibility, approver: approverOf(definition) }, care),
  };
}
