import { z } from "zod";
import { Id, Timestamp as IsoDateTime } from "../common/schemas";
import { StepKey } from "./due-rule";
import { OwnerRole, Visibility } from "./template/owner";
import { text } from "./template/text";

/*
 * What the journey API answers and accepts, shared by the server and the web app. The state of a
 * step and a journey (locked, blocked, late, progress) is derived on every read from the steps and
 * their events (see progress/), never stored twice.
 */

export const StepStatus = z.enum(["open", "done", "skipped"]);
export type StepStatus = z.infer<typeof StepStatus>;

/** Where a step stands for the people working on it. */
export const StepState = z.enum(["locked", "blocked", "ready", "done", "skipped"]);
export type StepState = z.infer<typeof StepState>;

export const JourneyStatus = z.enum(["on_track", "at_risk", "late", "done", "cancelled"]);
export type JourneyStatus = z.infer<typeof JourneyStatus>;

export const Person = z.object({ userId: z.string(), name: z.string(), email: z.string() }).meta({ id: "Person" });
export type Person = z.infer<typeof Person>;

export const Progress = z.object({ done: z.number().int(), total: z.number().int(), percent: z.number().int() });
export type Progress = z.infer<typeof Progress>;

export const JourneyStep = z
  .object({
    id: Id,
    key: StepKey,
    phaseKey: z.string(),
    kind: z.string(),
    title: z.string(),
    description: z.string(),
    ownerRole: OwnerRole,
    owner: Person.nullable(),
    visibility: Visibility,
    required: z.boolean(),
    status: StepStatus,
    state: StepState,
    dependsOn: z.array(z.string()),
    dueAt: IsoDateTime.nullable(),
    dueManual: z.boolean(),
    baselineDueAt: IsoDateTime.nullable(),
    late: z.boolean(),
    completedAt: IsoDateTime.nullable(),
    completedBy: Person.nullable(),
    /** The kind's own fields from the template (form fields, accepted file types, document body…). */
    fields: z.record(z.string(), z.unknown()),
    /** What completing it produced (form answers, acknowledgement, meeting time), per kind. */
    result: z.unknown().nullable(),
    adHoc: z.boolean(),
    version: z.number().int(),
    /** May the caller complete it (or, for a meeting, schedule it)? */
    canAct: z.boolean(),
  })
  .meta({ id: "JourneyStep" });
export type JourneyStep = z.infer<typeof JourneyStep>;

export const PhaseState = z.enum(["locked", "open", "done"]);
export const JourneyPhase = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  state: PhaseState,
  progress: Progress,
});
export type JourneyPhase = z.infer<typeof JourneyPhase>;

export const JourneySummary = z
  .object({
    id: Id,
    partnerId: Id,
    partnerName: z.string(),
    name: z.string(),
    templateId: Id,
    templateName: z.string(),
    templateVersion: z.number().int(),
    latestTemplateVersion: z.number().int(),
    startedAt: IsoDateTime,
    completedAt: IsoDateTime.nullable(),
    cancelledAt: IsoDateTime.nullable(),
    status: JourneyStatus,
    progress: Progress,
    /** When the last step is planned to be due (the baseline). */
    plannedCompletionAt: IsoDateTime.nullable(),
    /** When the journey will likely end at the pace so far. */
    projectedCompletionAt: IsoDateTime.nullable(),
    version: z.number().int(),
  })
  .meta({ id: "JourneySummary" });
export type JourneySummary = z.infer<typeof JourneySummary>;

export const Journey = JourneySummary.extend({
  timeZone: z.string(),
  phases: z.array(JourneyPhase),
  steps: z.array(JourneyStep),
  /** May the caller reassign, reschedule, skip, reopen, add steps, upgrade? */
  canManage: z.boolean(),
}).meta({ id: "Journey" });
export type Journey = z.infer<typeof Journey>;

export const JourneyEvent = z
  .object({
    id: z.number().int(),
    type: z.string(),
    stepId: Id.nullable(),
    stepTitle: z.string().nullable(),
    actor: Person.nullable(),
    data: z.record(z.string(), z.unknown()),
    at: IsoDateTime,
  })
  .meta({ id: "JourneyEvent" });
export type JourneyEvent = z.infer<typeof JourneyEvent>;

const Reason = text(1000);

export const StartJourneyInput = z.strictObject({
  templateId: Id,
  /** A published version; the latest when left out. */
  templateVersion: z.number().int().min(1).optional(),
  /** When the journey counts from; now when left out. */
  startAt: IsoDateTime.optional(),
  /** Per-partner adjustments (R-C1): steps this partner does not need (never a required one)… */
  omitSteps: z.array(StepKey).max(1000).default([]),
  /** …and owners chosen by hand instead of resolved from the role. */
  owners: z.record(StepKey, z.string().min(1).max(100)).default({}),
});
export type StartJourneyInput = z.input<typeof StartJourneyInput>;

/** Every change to a step names the version the person saw, so a concurrent change is a 409. */
export const StepVersion = z.strictObject({ version: z.number().int().min(1) });

export const CompleteStepInput = StepVersion.extend({
  /** What the kind asks for: form answers, an acknowledgement, … (validated per kind). */
  input: z.unknown().optional(),
  note: text(2000).optional(),
});
export type CompleteStepInput = z.infer<typeof CompleteStepInput>;

export const ReasonedStepInput = StepVersion.extend({ reason: Reason });
export const RescheduleStepInput = StepVersion.extend({ dueAt: IsoDateTime, reason: Reason });
export const ReassignStepInput = StepVersion.extend({ userId: z.string().min(1).max(100) });

export const AdHocStepInput = z.strictObject({
  phaseKey: StepKey,
  title: text(200),
  description: text(5000).optional(),
  ownerRole: OwnerRole,
  ownerUserId: z.string().min(1).max(100).optional(),
  dueAt: IsoDateTime,
  visibility: Visibility.default("shared"),
  dependsOn: z.array(StepKey).max(50).default([]),
});
export type AdHocStepInput = z.input<typeof AdHocStepInput>;

export const DueShiftView = z.object({ stepId: Id, key: z.string(), title: z.string(), from: IsoDateTime.nullable(), to: IsoDateTime.nullable() });
export const CompletionPreview = z.object({ shifts: z.array(DueShiftView) }).meta({ id: "CompletionPreview" });
export type CompletionPreview = z.infer<typeof CompletionPreview>;

export const UpgradeInput = z.strictObject({ version: z.number().int().min(1), toVersion: z.number().int().min(1) });
export const UpgradePreview = z
  .object({
    fromVersion: z.number().int(),
    toVersion: z.number().int(),
    added: z.array(z.object({ key: z.string(), title: z.string() })),
    removed: z.array(z.object({ key: z.string(), title: z.string(), status: StepStatus })),
    changed: z.array(z.object({ key: z.string(), title: z.string(), fields: z.array(z.string()) })),
    /** Done or skipped steps the upgrade keeps as they are. */
    kept: z.number().int(),
  })
  .meta({ id: "UpgradePreview" });
export type UpgradePreview = z.infer<typeof UpgradePreview>;

/** One open step in a list across journeys ("my work", "what's next"). */
export const WorkItem = z
  .object({
    stepId: Id,
    journeyId: Id,
    partnerId: Id,
    partnerName: z.string(),
    title: z.string(),
    kind: z.string(),
    state: StepState,
    dueAt: IsoDateTime.nullable(),
    late: z.boolean(),
    owner: Person.nullable(),
    version: z.number().int(),
  })
  .meta({ id: "WorkItem" });
export type WorkItem = z.infer<typeof WorkItem>;

export const MyWork = z.object({
  late: z.array(WorkItem),
  dueSoon: z.array(WorkItem),
  /** Gates waiting for the caller's approval, on partners they look after. */
  waiting: z.array(WorkItem),
  later: z.array(WorkItem),
});
export type MyWork = z.infer<typeof MyWork>;

export const WhatsNext = z.object({
  journeyId: Id.nullable(),
  progress: Progress.nullable(),
  /** Steps ready for the caller's side, soonest due first. */
  mine: z.array(WorkItem),
  /** Steps the other side is working on, so nobody wonders who holds things up. */
  theirs: z.array(WorkItem),
});
export type WhatsNext = z.infer<typeof WhatsNext>;

export const Assignee = z.object({ userId: z.string(), name: z.string(), email: z.string(), side: z.enum(["host", "partner"]), role: z.string() });
export type Assignee = z.infer<typeof Assignee>;

export const CohortQuery = z.strictObject({
  typeId: Id.optional(),
  templateId: Id.optional(),
  status: JourneyStatus.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CohortQuery = z.infer<typeof CohortQuery>;

const Median = z.number().nullable();
export const CohortFigures = z.object({
  journeys: z.number().int(),
  byStatus: z.record(JourneyStatus, z.number().int()),
  /** Median days from start to the last step, over finished journeys. */
  medianDurationDays: Median,
  /** Per milestone step key: its title and the median days from the start to reaching it. */
  milestones: z.array(z.object({ key: z.string(), title: z.string(), reached: z.number().int(), medianDays: Median })),
});
export const CohortRow = JourneySummary.extend({ partnerType: z.string(), durationDays: z.number(), milestoneDays: z.record(z.string(), z.number()) });
export const Cohort = z.object({ items: z.array(CohortRow), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), figures: CohortFigures }).meta({ id: "Cohort" });
export type Cohort = z.infer<typeof Cohort>;
