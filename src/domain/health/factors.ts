import { clamp } from "./durations";
import type { HealthAggregates, SideRating, SideResponse } from "./schemas";

/*
 * One small pure function per factor, reading aggregates only. Each gives a 0–100 sub-score (null
 * when there is not enough data yet), the figures it used and one sentence a manager can act on.
 */

export interface FactorReading {
  score: number | null;
  figures: Record<string, number | null>;
  explanation: string;
}

/** An answer within a day earns full marks; a week or more earns none; linear in between. */
export const responsiveWithinHours = 24;
export const slowAfterHours = 7 * 24;
/** Fewer answers than this from a side say too little about how fast it is. */
export const minimumResponseSamples = 3;
export const pointsPerSlaBreach = 25;
export const pointsPerOpenIssue = 15;
export const extraPointsPastLimit = 15;

function days(value: number): string {
  const whole = Math.round(value);
  return `${whole} ${whole === 1 ? "day" : "days"}`;
}

function duration(hours: number): string {
  if (hours < 48) {
    const whole = Math.round(hours);
    return `${whole} ${whole === 1 ? "hour" : "hours"}`;
  }
  return days(hours / 24);
}

function rounded(score: number): number {
  return Math.round(clamp(score, 0, 100));
}

/** Full marks while meetings keep the plan's rhythm; nothing left at three times the gap. */
export function communicationFactor(aggregates: HealthAggregates): FactorReading {
  const { daysSinceLastMeeting, daysSinceStart, meetingEveryDays, meetingsLast90Days } = aggregates;
  const figures = { daysSinceLastMeeting, meetingEveryDays, meetingsLast90Days };
  const gap = daysSinceLastMeeting ?? daysSinceStart;
  if (daysSinceLastMeeting === null && gap <= meetingEveryDays) {
    return { score: null, figures, explanation: `No meeting yet; the first is due within ${days(meetingEveryDays)} of the start.` };
  }
  const score = rounded(100 * (1 - (gap - meetingEveryDays) / (2 * meetingEveryDays)));
  const plan = `the plan asks for one every ${meetingEveryDays}.`;
  if (gap <= meetingEveryDays) return { score, figures, explanation: `Last meeting ${days(gap)} ago; ${plan}` };
  return { score, figures, explanation: `No meeting in the last ${days(gap)}; ${plan}` };
}

function responseScore(response: SideResponse): number | null {
  if (response.medianHours === null || response.samples < minimumResponseSamples) return null;
  return 100 * (1 - (response.medianHours - responsiveWithinHours) / (slowAfterHours - responsiveWithinHours));
}

function describeResponse(name: string, response: SideResponse): string {
  if (responseScore(response) === null) return `${name}: not enough answers yet`;
  const hours = response.medianHours ?? 0;
  const verdict = hours <= responsiveWithinHours ? "responsive" : hours >= slowAfterHours ? "slow" : "getting slow";
  return `${name} takes ${duration(hours)} (median, ${verdict})`;
}

/** Both sides count alike: a slow host hurts trust as much as a slow partner. */
export function responsivenessFactor(aggregates: HealthAggregates): FactorReading {
  const { host, partner } = aggregates.response;
  const figures = { hostMedianHours: host.medianHours, hostSamples: host.samples, partnerMedianHours: partner.medianHours, partnerSamples: partner.samples };
  const scores = [responseScore(host), responseScore(partner)].filter((score) => score !== null).map((score) => clamp(score, 0, 100));
  if (scores.length === 0) {
    return { score: null, figures, explanation: `Not enough data yet: each side needs ${minimumResponseSamples} answers or completed steps.` };
  }
  const score = rounded(scores.reduce((sum, value) => sum + value, 0) / scores.length);
  return { score, figures, explanation: `${describeResponse("Partner", partner)}; ${describeResponse("host", host)}.` };
}

function ratingDrop(rating: SideRating): number {
  return rating.latest !== null && rating.previous !== null ? rating.previous - rating.latest : 0;
}

/**
 * The latest rating of each side, 1 → 0 and 10 → 100. A drop is named in the sentence but does not
 * lower the score by itself: a rating that rises must never make the score fall.
 */
export function satisfactionFactor(aggregates: HealthAggregates): FactorReading {
  const { host, partner } = aggregates.ratings;
  const figures = { hostLatest: host.latest, hostPrevious: host.previous, partnerLatest: partner.latest, partnerPrevious: partner.previous };
  const latest = [host.latest, partner.latest].filter((rating) => rating !== null);
  if (latest.length === 0) return { score: null, figures, explanation: "Not enough data yet: no satisfaction rating from either side." };
  const average = latest.reduce((sum, value) => sum + value, 0) / latest.length;
  const score = rounded(((average - 1) / 9) * 100);
  const parts = [partner.latest === null ? "partner has not rated yet" : `partner rates ${partner.latest}/10`, host.latest === null ? "host has not rated yet" : `host rates ${host.latest}/10`];
  const drops = [ratingDrop(partner), ratingDrop(host)];
  const dropNote = Math.max(...drops) >= 2 ? ` A drop of ${Math.max(...drops)} points since the last rating calls for a look.` : "";
  return { score, figures, explanation: `${parts.join(", ")}.${dropNote}`.replace(/^./, (first) => first.toUpperCase()) };
}

/** Steps done on time earn full credit, late ones half, overdue ones none. */
export function progressFactor(aggregates: HealthAggregates): FactorReading {
  const { due, doneOnTime, doneLate, overdueHost, overduePartner } = aggregates.steps;
  const figures = { due, doneOnTime, doneLate, overdueHost, overduePartner };
  if (due === 0) return { score: null, figures, explanation: "Not enough data yet: no step has reached its due date." };
  const score = rounded((100 * (doneOnTime + doneLate / 2)) / due);
  const overdue = overdueHost + overduePartner;
  const overdueNote = overdue === 0 ? "none overdue" : `${overdue} overdue (${overduePartner} on the partner's side, ${overdueHost} on the host's)`;
  return { score, figures, explanation: `${doneOnTime} of ${due} steps due so far were done on time, ${doneLate} late, ${overdueNote}.` };
}

/** Every breach in the last quarter costs a quarter of the sub-score. No breach is a fact from day one. */
export function slaBreachesFactor(aggregates: HealthAggregates): FactorReading {
  const breaches = aggregates.slaBreachesLast90Days;
  const score = rounded(100 - pointsPerSlaBreach * breaches);
  const figures = { slaBreachesLast90Days: breaches };
  if (breaches === 0) return { score, figures, explanation: "No SLA breach in the last 90 days." };
  return { score, figures, explanation: `${breaches} SLA ${breaches === 1 ? "breach" : "breaches"} in the last 90 days.` };
}

/** Each open issue costs points, and again once it is older than it should be (48 hours for an escalation). */
export function openIssuesFactor(aggregates: HealthAggregates): FactorReading {
  const { count, pastLimit, oldestAgeDays } = aggregates.openIssues;
  const score = rounded(100 - pointsPerOpenIssue * count - extraPointsPastLimit * pastLimit);
  const figures = { openIssues: count, pastLimit, oldestAgeDays };
  if (count === 0) return { score, figures, explanation: "No open issue or escalation." };
  const late = pastLimit === 0 ? "" : `, ${pastLimit} past the time it should have been resolved in`;
  return { score, figures, explanation: `${count} open ${count === 1 ? "issue" : "issues"}, the oldest ${days(oldestAgeDays ?? 0)} old${late}.` };
}
