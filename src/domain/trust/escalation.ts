import { z } from "zod";
import { text } from "../journeys/template/text";
import { MS_PER_HOUR, otherSide, type Party, type Side, type Timer } from "./side";

/**
 * Misunderstandings and escalations (R-F5). Either side raises one and must say how it sees the
 * problem: the first perspective is what the resolution meeting starts from. The meeting has to
 * be held within 48 hours of raising — talking, not e-mail, is what clears it up — with a
 * reminder at 24 hours and an escalation to the owner's manager at 48 hours if it has not been.
 */
export const resolutionMeetingWithinHours = 48;
export const resolutionReminderAfterHours = 24;

export const RaiseEscalation = z.strictObject({
  summary: text(300),
  perspective: z.string({ error: "perspective: say how your side sees the problem" }).trim().min(1, "perspective: say how your side sees the problem").max(5000, "at most 5,000 characters"),
});
export type RaiseEscalation = z.infer<typeof RaiseEscalation>;

export const ResolveEscalation = z.strictObject({
  otherPerspective: z.string({ error: "otherPerspective: record how the other side sees it" }).trim().min(1, "otherPerspective: record how the other side sees it").max(5000),
  agreedAction: z.string({ error: "agreedAction: record the action both sides agreed on" }).trim().min(1, "agreedAction: record the action both sides agreed on").max(2000),
  lessonLearned: z.string({ error: "lessonLearned: record what both sides will do differently" }).trim().min(1, "lessonLearned: record what both sides will do differently").max(2000),
});
export type ResolveEscalation = z.infer<typeof ResolveEscalation>;

export interface Escalation {
  readonly id: string;
  readonly raisedBy: Party;
  readonly raisedAt: Date;
  readonly summary: string;
  readonly perspective: string;
  /** When the resolution meeting took place; null until it has. */
  readonly meetingHeldAt: Date | null;
  readonly resolution: (ResolveEscalation & { readonly resolvedAt: Date; readonly resolvedBy: Party }) | null;
}

export type EscalationStatus = "open" | "meeting_overdue" | "resolved";
export type ResolutionTimerKind = "resolution.reminder" | "resolution.escalation";

export function resolutionMeetingDueBy(raisedAt: Date): Date {
  return new Date(raisedAt.getTime() + resolutionMeetingWithinHours * MS_PER_HOUR);
}

/** A meeting held at exactly 48 hours is still within the promise. */
export function meetingHeldInTime(escalation: Pick<Escalation, "raisedAt" | "meetingHeldAt">): boolean {
  return escalation.meetingHeldAt !== null && escalation.meetingHeldAt.getTime() <= resolutionMeetingDueBy(escalation.raisedAt).getTime();
}

/** The timers still to raise; holding the meeting (or resolving) cancels them. */
export function resolutionTimers(escalation: Escalation): Timer<ResolutionTimerKind>[] {
  if (escalation.meetingHeldAt || escalation.resolution) return [];
  const raised = escalation.raisedAt.getTime();
  return [
    { kind: "resolution.reminder", fireAt: new Date(raised + resolutionReminderAfterHours * MS_PER_HOUR) },
    { kind: "resolution.escalation", fireAt: resolutionMeetingDueBy(escalation.raisedAt) },
  ];
}

/**
 * Overdue from the 48-hour mark on while no meeting was held, the same instant the escalation
 * timer fires, so the status and the alert never disagree. A meeting held late ends "overdue":
 * the lateness stays visible through `meetingHeldInTime`, not through the status.
 */
export function escalationStatus(escalation: Escalation, now: Date): EscalationStatus {
  if (escalation.resolution) return "resolved";
  if (escalation.meetingHeldAt) return "open";
  return now.getTime() >= resolutionMeetingDueBy(escalation.raisedAt).getTime() ? "meeting_overdue" : "open";
}

export type ResolveResult = { readonly ok: true; readonly escalation: Escalation } | { readonly ok: false; readonly message: string };

/**
 * Resolving needs the meeting to have happened (resolving by e-mail is what the rule forbids)
 * and everything the lessons log will show; the server answers a refusal with 409.
 */
export function resolveEscalation(escalation: Escalation, input: ResolveEscalation, by: Party, at: Date): ResolveResult {
  if (escalation.resolution) return { ok: false, message: "this escalation is already resolved" };
  if (!escalation.meetingHeldAt) return { ok: false, message: "hold the resolution meeting first: record when it took place, then resolve" };
  return { ok: true, escalation: { ...escalation, resolution: { ...input, resolvedAt: at, resolvedBy: by } } };
}

/** One line of the lessons log both sides read: both perspectives side by side, no names. */
export interface LessonEntry {
  readonly escalationId: string;
  readonly summary: string;
  readonly perspectives: Readonly<Record<Side, string>>;
  readonly agreedAction: string;
  readonly lessonLearned: string;
  readonly raisedAt: Date;
  readonly resolvedAt: Date;
  readonly meetingHeldInTime: boolean;
}

export function lessonEntry(escalation: Escalation): LessonEntry | null {
  if (!escalation.resolution) return null;
  const raiser = escalation.raisedBy.side;
  const perspectives: Record<Side, string> = { host: "", partner: "" };
  perspectives[raiser] = escalation.perspective;
  perspectives[otherSide(raiser)] = escalation.resolution.otherPerspective;
  return {
    escalationId: escalation.id,
    summary: escalation.summary,
    perspectives,
    agreedAction: escalation.resolution.agreedAction,
    lessonLearned: escalation.resolution.lessonLearned,
    raisedAt: escalation.raisedAt,
    resolvedAt: escalation.resolution.resolvedAt,
    meetingHeldInTime: meetingHeldInTime(escalation),
  };
}
