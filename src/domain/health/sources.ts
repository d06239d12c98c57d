import type { PreferencesSurvey } from "../trust/alignment";

/*
 * How the server turns stored facts into the health history (ADR 0017). Kept here, beside the
 * rules, so the SQL aggregates and the replayed history read the same choices.
 */

/** Without a preference the plan expects a meeting every two weeks. */
export const defaultMeetingEveryDays = 14;

export const meetingEveryDaysByFrequency: Readonly<Record<PreferencesSurvey["meetingFrequency"], number>> = {
  weekly: 7,
  every_two_weeks: 14,
  monthly: 30,
  quarterly: 91,
};

function isFrequency(value: string): value is PreferencesSurvey["meetingFrequency"] {
  return Object.hasOwn(meetingEveryDaysByFrequency, value);
}

/** The rhythm the preferences survey asked for (the partner side's latest answer wins), or the default. */
export function meetingEveryDaysOf(frequency: string | null | undefined): number {
  return frequency && isFrequency(frequency) ? meetingEveryDaysByFrequency[frequency] : defaultMeetingEveryDays;
}

/**
 * A quarterly review gives two ratings; the health score reads the weaker of the two, so a fall
 * in either trust or satisfaction shows (and a drop of 2+ in either is named).
 */
export function reviewRating(trust: number, satisfaction: number): number {
  return Math.min(trust, satisfaction);
}

/** The side that owns a journey step, from its owner role (`host:manager`, `partner:admin`, …). */
export function sideOfOwnerRole(ownerRole: string): "host" | "partner" {
  return ownerRole.startsWith("partner:") ? "partner" : "host";
}

/** Kinds of fired timers that count as an SLA breach: the last stage of a step's or a trust moment's timers. */
export const journeyBreachTimerKind = "escalation";
export const relationshipBreachTimerSuffix = ".escalation";
