import { z } from "zod";
import { Id, Timestamp, Version } from "../common/schemas";
import { RaiseEscalation } from "../trust/escalation";
import { Side } from "../trust/side";

/*
 * The API contracts of misunderstandings and escalations (R-F5). The rules (48-hour resolution
 * meeting, what resolving needs, the lessons-log line) live in domain/trust/escalation.ts; these
 * are only the shapes on the wire. Everything here is shared by both sides: an escalation has no
 * internal part.
 */

const perspective = z.string().trim().max(5000, "at most 5,000 characters");

export const EscalationPerson = z.object({ userId: z.string(), name: z.string() }).meta({ id: "EscalationPerson" });
export type EscalationPerson = z.infer<typeof EscalationPerson>;

export const EscalationStatus = z.enum(["open", "meeting_overdue", "resolved"]);
export type EscalationStatusValue = z.infer<typeof EscalationStatus>;

/** A resolution meeting scheduled for the escalation (kept in the partner's meetings). */
export const ResolutionMeeting = z.object({
  id: Id,
  title: z.string(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  heldAt: Timestamp.nullable(),
  cancelled: z.boolean(),
});
export type ResolutionMeeting = z.infer<typeof ResolutionMeeting>;

export const EscalationView = z
  .object({
    id: Id,
    title: z.string(),
    raisedSide: Side,
    raisedBy: EscalationPerson.nullable(),
    raisedAt: Timestamp,
    raiserPerspective: z.string(),
    otherPerspective: z.string(),
    /** When the side that did not raise it first gave its perspective. */
    answeredAt: Timestamp.nullable(),
    /** 48 hours after raising: the resolution meeting is promised by then. */
    meetingDueBy: Timestamp,
    meetingHeldAt: Timestamp.nullable(),
    meetingHeldInTime: z.boolean(),
    status: EscalationStatus,
    meetings: z.array(ResolutionMeeting),
    agreedAction: z.string(),
    lessonLearned: z.string(),
    resolvedAt: Timestamp.nullable(),
    resolvedBy: EscalationPerson.nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Escalation" });
export type EscalationView = z.infer<typeof EscalationView>;

/** `asOf` is the server's now, so countdowns agree with the status whatever the browser's clock says. */
export const EscalationList = z.object({ asOf: Timestamp, escalations: z.array(EscalationView) }).meta({ id: "EscalationList" });
export type EscalationList = z.infer<typeof EscalationList>;

export const RaiseEscalationInput = RaiseEscalation.meta({ id: "RaiseEscalation" });
export type RaiseEscalationInput = z.infer<typeof RaiseEscalationInput>;

/** A side gives (or corrects) its own perspective; the other side's first answer sets `answeredAt`. */
export const PerspectiveInput = z
  .strictObject({
    version: Version,
    perspective: perspective.min(1, "perspective: say how your side sees the problem"),
  })
  .meta({ id: "EscalationPerspective" });
export type PerspectiveInput = z.infer<typeof PerspectiveInput>;

export const ScheduleResolutionMeetingInput = z
  .strictObject({
    startsAt: Timestamp,
    durationMinutes: z.number().int("durationMinutes must be whole minutes").min(15, "at least 15 minutes").max(240, "at most 4 hours"),
    location: z.string().trim().max(300, "at most 300 characters").optional(),
    /** Besides the person who raised it, the caller and the partner's owner, who are always invited. */
    attendeeUserIds: z.array(z.string().trim().min(1).max(100)).max(30, "at most 30 attendees").optional(),
  })
  .meta({ id: "ScheduleResolutionMeeting" });
export type ScheduleResolutionMeetingInput = z.infer<typeof ScheduleResolutionMeetingInput>;

/**
 * What resolving records. Parts may be left out here so that one answer can name everything
 * still missing (meeting, other perspective, agreed action, lesson) instead of one at a time;
 * `otherPerspective` may already be on the escalation.
 */
export const ResolveEscalationInput = z
  .strictObject({
    version: Version,
    otherPerspective: perspective.optional(),
    agreedAction: z.string().trim().max(2000, "at most 2,000 characters").optional(),
    lessonLearned: z.string().trim().max(2000, "at most 2,000 characters").optional(),
  })
  .meta({ id: "ResolveEscalation" });
export type ResolveEscalationInput = z.infer<typeof ResolveEscalationInput>;

/** One line of the lessons log: both perspectives side by side, no names. */
export const LessonView = z
  .object({
    escalationId: Id,
    summary: z.string(),
    raisedSide: Side,
    perspectives: z.object({ host: z.string(), partner: z.string() }),
    agreedAction: z.string(),
    lessonLearned: z.string(),
    raisedAt: Timestamp,
    resolvedAt: Timestamp,
    meetingHeldInTime: z.boolean(),
  })
  .meta({ id: "Lesson" });
export type LessonView = z.infer<typeof LessonView>;

export const LessonsLog = z.array(LessonView).meta({ id: "LessonsLog" });
