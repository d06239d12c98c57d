import { z } from "zod";
import { Timestamp, Version } from "../common/schemas";
import { Person } from "../journeys/contracts";

/*
 * A meeting step's time and attendees (issue 4, R-H2). The meeting lives in the step's `result`
 * as `{ meeting }`; each reschedule raises `sequence`, which calendar clients use to replace the
 * event they already have (same UID, higher SEQUENCE).
 */

export const maxAttendees = 50;

export const ScheduleMeetingInput = z.strictObject({
  version: Version,
  startsAt: Timestamp,
  /** Left out: the step's own duration from the template. */
  durationMinutes: z.number().int("use whole minutes").min(5, "at least 5 minutes").max(480, "at most 480 minutes (8 hours)").optional(),
  location: z.string().trim().max(500, "at most 500 characters").optional(),
  attendeeUserIds: z
    .array(z.string().min(1).max(100))
    .min(1, "invite at least one person")
    .max(maxAttendees, `at most ${maxAttendees} attendees`)
    .refine((ids) => new Set(ids).size === ids.length, "each person may be invited once"),
});
export type ScheduleMeetingInput = z.infer<typeof ScheduleMeetingInput>;

export const ScheduledMeeting = z
  .object({
    startsAt: Timestamp,
    endsAt: Timestamp,
    durationMinutes: z.number().int(),
    location: z.string().nullable(),
    /** Who scheduled it; the .ics names them as organizer. */
    organizer: Person,
    /** Names and addresses as they were when the meeting was scheduled. */
    attendees: z.array(Person),
    /** 0 when first scheduled, +1 on every reschedule (iCalendar SEQUENCE). */
    sequence: z.number().int().min(0),
    scheduledAt: Timestamp,
  })
  .meta({ id: "ScheduledMeeting" });
export type ScheduledMeeting = z.infer<typeof ScheduledMeeting>;

/** What PUT …/meeting answers: the meeting and the step's new version. */
export const MeetingScheduled = z.object({ stepVersion: z.number().int(), meeting: ScheduledMeeting }).meta({ id: "MeetingScheduled" });
export type MeetingScheduled = z.infer<typeof MeetingScheduled>;

const StepResultWithMeeting = z.object({ meeting: ScheduledMeeting }).loose();

/** The meeting a step's result holds, if one was scheduled. */
export function meetingOf(result: unknown): ScheduledMeeting | null {
  const parsed = StepResultWithMeeting.safeParse(result);
  return parsed.success ? parsed.data.meeting : null;
}

export interface MeetingPlan {
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly location: string | null;
  readonly organizer: Person;
  readonly attendees: readonly Person[];
  readonly now: Date;
}

/** The meeting after (re)scheduling: a reschedule keeps counting from the previous sequence. */
export function scheduleMeeting(previous: ScheduledMeeting | null, plan: MeetingPlan): ScheduledMeeting {
  return {
    startsAt: plan.startsAt.toISOString(),
    endsAt: new Date(plan.startsAt.getTime() + plan.durationMinutes * 60_000).toISOString(),
    durationMinutes: plan.durationMinutes,
    location: plan.location && plan.location !== "" ? plan.location : null,
    organizer: plan.organizer,
    attendees: [...plan.attendees],
    sequence: previous ? previous.sequence + 1 : 0,
    scheduledAt: plan.now.toISOString(),
  };
}

/** The step's result with the meeting put in, keeping whatever else the result holds (notes). */
export function withMeeting(result: unknown, meeting: ScheduledMeeting): Record<string, unknown> {
  const base = typeof result === "object" && result !== null && !Array.isArray(result) ? Object.fromEntries(Object.entries(result)) : {};
  return { ...base, meeting };
}
