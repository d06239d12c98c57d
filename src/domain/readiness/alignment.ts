import { addDays, addHours } from "../health/durations";
import type { Asked } from "./answer";
import { dayOf, isAtOrBefore, moment, no, notYetDue, unknown, yes } from "./answer";
import { heldMeetings, recapStateOf, recapWithinHours } from "./recaps";
import type { ReadinessFacts, ReadinessMoment, ReadinessQuestion } from "./schemas";

/*
 * Moment 1, alignment: learn the partner's preferences before the kickoff, hold the alignment
 * conversation within the first week, and send its recap within a day.
 */

export const alignmentWithinDays = 7;

const surveyAsked: Asked = { key: "preferences_survey_before_kickoff", question: "Did the partner answer the preferences survey before the kickoff?" };
const alignmentAsked: Asked = { key: "alignment_in_first_week", question: "Was the alignment conversation held in the first week?" };
const recapAsked: Asked = { key: "alignment_recap_within_24h", question: "Did the alignment recap go out within 24 hours?" };

const sendSurvey = "Send the preferences survey (meeting rhythm, time zone, learning style, preferred channel) and go through the answers before the next meeting.";

export function surveyBeforeKickoff(facts: ReadinessFacts, asOf: Date): ReadinessQuestion {
  const answeredAt = facts.preferencesSurveyAnsweredAt;
  if (answeredAt === undefined) return unknown(surveyAsked, "This journey has no record of the preferences survey.");
  const kickoff = heldMeetings(facts.meetings, asOf).find((meeting) => meeting.kind === "kickoff");
  const answered = answeredAt === null || !isAtOrBefore(new Date(answeredAt), asOf) ? null : new Date(answeredAt);
  if (answered !== null && (kickoff === undefined || isAtOrBefore(answered, kickoff.heldAt))) return yes(surveyAsked, `Answered on ${dayOf(answered)}.`);
  if (kickoff === undefined) return notYetDue(surveyAsked, "Not answered yet; the kickoff has not happened.");
  const late = answered === null ? "It has not been answered" : `It was answered on ${dayOf(answered)}`;
  return no(surveyAsked, `${late}, after the kickoff on ${dayOf(kickoff.heldAt)}.`, sendSurvey);
}

export function alignmentInFirstWeek(facts: ReadinessFacts, asOf: Date): ReadinessQuestion {
  const dueBy = addDays(new Date(facts.journeyStartedAt), alignmentWithinDays);
  const alignment = heldMeetings(facts.meetings, asOf).find((meeting) => meeting.kind === "alignment");
  if (alignment !== undefined && isAtOrBefore(alignment.heldAt, dueBy)) return yes(alignmentAsked, `Held on ${dayOf(alignment.heldAt)}.`);
  const action = "Hold the alignment conversation now: top objectives, concerns, what success looks like, communication style and time zones.";
  if (alignment !== undefined) return no(alignmentAsked, `Held on ${dayOf(alignment.heldAt)}, after the first week ended on ${dayOf(dueBy)}.`, "Keep the alignment record up to date so the late start does not grow into a gap.");
  if (isAtOrBefore(asOf, dueBy)) return notYetDue(alignmentAsked, `Not held yet; due by ${dayOf(dueBy)}.`);
  return no(alignmentAsked, `Not held; the first week ended on ${dayOf(dueBy)}.`, action);
}

export function alignmentRecap(facts: ReadinessFacts, asOf: Date): ReadinessQuestion {
  const alignment = heldMeetings(facts.meetings, asOf).find((meeting) => meeting.kind === "alignment");
  if (alignment === undefined) return notYetDue(recapAsked, "The alignment conversation has not been held yet.");
  const dueBy = addHours(alignment.heldAt, recapWithinHours);
  const state = recapStateOf(alignment.heldAt, alignment.recapSentAt, asOf);
  if (state === "not_recorded") return unknown(recapAsked, "There is no record of whether the recap was sent.");
  if (state === "on_time") return yes(recapAsked, "Sent within 24 hours.");
  if (state === "pending") return notYetDue(recapAsked, `Due by ${dueBy.toISOString()}.`);
  return no(recapAsked, "The recap went out late or not at all.", "Send the recap now with objectives, concerns, the definition of success and next steps, and link the shared alignment record.");
}

export function alignmentMoment(facts: ReadinessFacts, asOf: Date): ReadinessMoment {
  return moment("alignment", [surveyBeforeKickoff(facts, asOf), alignmentInFirstWeek(facts, asOf), alignmentRecap(facts, asOf)]);
}
