import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { CriterionKey } from "../interviews/kit";
import { StaffRole } from "../access/roles";

/*
 * The API contracts of calibration (R-B4): the figures over a set of interviews, the retro notes
 * kept about them, and the staff certified to run culture interviews.
 */

const Day = z.iso.date({ message: "must be a date such as 2026-11-26" });

/** Which interviews are looked at: a kit, one of its stages, and the days they took place (inclusive, UTC). */
export const CalibrationScope = z
  .strictObject({
    kitId: Id.optional(),
    stageKey: CriterionKey.optional(),
    from: Day.optional(),
    to: Day.optional(),
  })
  .refine((scope) => !scope.from || !scope.to || scope.from <= scope.to, { path: ["to"], message: "must be on or after the first day" })
  .meta({ id: "CalibrationScope" });
export type CalibrationScope = z.infer<typeof CalibrationScope>;

/** Query strings send every value as text; an empty one means "any". */
const blankIsAbsent = (value: unknown) => (value === "" ? undefined : value);
export const CalibrationQuery = z
  .strictObject({
    kitId: z.preprocess(blankIsAbsent, Id.optional()),
    stageKey: z.preprocess(blankIsAbsent, CriterionKey.optional()),
    from: z.preprocess(blankIsAbsent, Day.optional()),
    to: z.preprocess(blankIsAbsent, Day.optional()),
  })
  .refine((scope) => !scope.from || !scope.to || scope.from <= scope.to, { path: ["to"], message: "must be on or after the first day" });

export const CalibrationFlag = z.enum(["high", "low"]);

export const Comparison = z.object({
  count: z.number().int(),
  mean: z.number(),
  panelMean: z.number(),
  meanDiff: z.number(),
  spread: z.number().nullable(),
  flag: CalibrationFlag.nullable(),
});
export type Comparison = z.infer<typeof Comparison>;

const Person = z.object({ userId: z.string(), name: z.string(), email: z.string() });

export const InterviewerFigures = Person.extend({
  certified: z.boolean(),
  overall: Comparison,
  byCriterion: z.array(Comparison.extend({ key: z.string() })),
  recommendations: z.object({ compared: z.number().int(), agreed: z.number().int() }),
});
export type InterviewerFigures = z.infer<typeof InterviewerFigures>;

export const CalibrationInterview = z.object({
  id: Id,
  partnerId: Id,
  partnerName: z.string(),
  kitId: Id,
  kitName: z.string(),
  stageKey: z.string(),
  stageName: z.string(),
  startsAt: Timestamp,
  panel: z.array(Person.extend({ submitted: z.boolean() })),
});
export type CalibrationInterview = z.infer<typeof CalibrationInterview>;

export const CalibrationKit = z.object({
  id: Id,
  name: z.string(),
  stages: z.array(z.object({ key: z.string(), name: z.string() })),
});

export const CalibrationReport = z
  .object({
    rule: z.object({ threshold: z.number(), minShared: z.number().int() }),
    scope: z.object({ kitId: Id.nullable(), stageKey: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable() }),
    criteria: z.array(z.object({ key: z.string(), name: z.string() })),
    interviewers: z.array(InterviewerFigures),
    interviews: z.array(CalibrationInterview),
    /** More interviews matched than one report holds: narrow the filters. */
    truncated: z.boolean(),
    kits: z.array(CalibrationKit),
  })
  .meta({ id: "CalibrationReport" });
export type CalibrationReport = z.infer<typeof CalibrationReport>;

export const CalibrationNoteInput = z.strictObject({
  scope: CalibrationScope,
  body: z.string().trim().min(1, "write the note").max(5000, "at most 5000 characters"),
});
export type CalibrationNoteInput = z.infer<typeof CalibrationNoteInput>;

export const CalibrationNote = z
  .object({
    id: Id,
    scope: z.object({ kitId: Id.nullable(), kitName: z.string().nullable(), stageKey: z.string().nullable(), stageName: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable() }),
    body: z.string(),
    author: z.object({ userId: z.string(), name: z.string() }).nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: "CalibrationNote" });
export type CalibrationNote = z.infer<typeof CalibrationNote>;

export const CertificationInput = z.strictObject({
  note: z.string().trim().max(1000, "at most 1000 characters").default(""),
});
export type CertificationInput = z.input<typeof CertificationInput>;

export const Certification = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: StaffRole,
    active: z.boolean(),
    kind: z.literal("culture_interviews"),
    note: z.string(),
    certifiedBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
    certifiedAt: Timestamp,
  })
  .meta({ id: "Certification" });
export type Certification = z.infer<typeof Certification>;

/** Roles that may be certified: anyone who can sit on a panel (viewers only read). */
export const certifiableRoles: readonly StaffRole[] = ["owner", "admin", "partner_manager", "interviewer"];
