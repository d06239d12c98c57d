import { daysBetween, hoursBetween, median } from "./durations";
import type { HealthAggregates, HealthHistory, Side, SideRating, SideResponse } from "./schemas";

/*
 * Raw history → the aggregates the factors read. Only what had happened by `asOf` counts, so the
 * same history replayed at earlier dates gives the trend. Each aggregate here is a plain count,
 * median or latest value, so the server can compute the same thing in SQL.
 */

/** How far back meetings and SLA breaches count: one quarter, the rhythm of the review. */
export const lookbackDays = 90;
/** A question still open after this long is known to be slow, so it counts with its wait so far. */
export const pendingCountsAfterHours = 24;
/** An escalation should be resolved within 48 hours (R-F5); any other issue within two weeks. */
export const escalationLimitHours = 48;
export const issueLimitHours = 14 * 24;

type Instant = string;

function happenedBy(at: Instant | null, asOf: Date): at is Instant {
  return at !== null && new Date(at).getTime() <= asOf.getTime();
}

function otherSide(side: Side): Side {
  return side === "host" ? "partner" : "host";
}

/**
 * Hours the other side waited for an answer or a completion. An open item younger than a day is
 * left out: it may still be answered in time. An older one counts with what it has waited so far,
 * a lower bound, so a side that stops answering cannot look fast.
 */
function waitHours(startedAt: Date, finishedAt: Instant | null, asOf: Date): number | null {
  if (happenedBy(finishedAt, asOf)) return Math.max(0, hoursBetween(startedAt, new Date(finishedAt)));
  const waited = hoursBetween(startedAt, asOf);
  return waited > pendingCountsAfterHours ? waited : null;
}

function responseOf(history: HealthHistory, side: Side, asOf: Date): SideResponse {
  const answers = history.messages
    .filter((message) => message.askedBy === otherSide(side) && happenedBy(message.askedAt, asOf))
    .map((message) => waitHours(new Date(message.askedAt), message.answeredAt, asOf));
  // A step done by its due date kept nobody waiting; a late one kept the other side waiting from the due date on.
  const completions = dueSteps(history, asOf)
    .filter((step) => step.side === side)
    .map((step) => waitHours(step.dueAt, step.completedAt, asOf));
  const samples = [...answers, ...completions].filter((hours) => hours !== null);
  return { medianHours: median(samples), samples: samples.length };
}

function ratingOf(history: HealthHistory, side: Side, asOf: Date): SideRating {
  // Sorted by date; on the same instant the later entry in the history wins (it was recorded last).
  const given = history.ratings
    .map((rating, index) => ({ ...rating, index, time: new Date(rating.ratedAt).getTime() }))
    .filter((rating) => rating.side === side && rating.time <= asOf.getTime())
    .sort((a, b) => a.time - b.time || a.index - b.index);
  const latest = given.at(-1);
  const previous = given.at(-2);
  return { latest: latest?.score ?? null, previous: previous?.score ?? null, latestAt: latest?.ratedAt ?? null };
}

/** Steps whose due date had passed by `asOf`, with their instants parsed once. */
function dueSteps(history: HealthHistory, asOf: Date) {
  return history.steps.flatMap((step) =>
    happenedBy(step.dueAt, asOf) ? [{ side: step.side, dueAt: new Date(step.dueAt), completedAt: step.completedAt }] : [],
  );
}

function stepsOf(history: HealthHistory, asOf: Date): HealthAggregates["steps"] {
  const due = dueSteps(history, asOf);
  const done = due.filter((step) => happenedBy(step.completedAt, asOf));
  // Offsets may differ between the two instants, so compare times, never the strings.
  const onTime = done.filter((step) => happenedBy(step.completedAt, step.dueAt));
  const overdue = due.filter((step) => !happenedBy(step.completedAt, asOf));
  return {
    due: due.length,
    doneOnTime: onTime.length,
    doneLate: done.length - onTime.length,
    overdueHost: overdue.filter((step) => step.side === "host").length,
    overduePartner: overdue.filter((step) => step.side === "partner").length,
  };
}

function openIssuesOf(history: HealthHistory, asOf: Date): HealthAggregates["openIssues"] {
  const open = history.issues.filter((issue) => happenedBy(issue.openedAt, asOf) && !happenedBy(issue.closedAt, asOf));
  const ages = open.map((issue) => ({ hours: hoursBetween(new Date(issue.openedAt), asOf), limit: issue.escalation ? escalationLimitHours : issueLimitHours }));
  const oldestHours = Math.max(...ages.map((age) => age.hours));
  return {
    count: open.length,
    pastLimit: ages.filter((age) => age.hours > age.limit).length,
    oldestAgeDays: open.length === 0 ? null : oldestHours / 24,
  };
}

function meetingFiguresOf(history: HealthHistory, asOf: Date) {
  const held = history.meetings.map((meeting) => new Date(meeting.heldAt)).filter((heldAt) => heldAt.getTime() <= asOf.getTime());
  const last = Math.max(...held.map((heldAt) => heldAt.getTime()));
  return {
    daysSinceLastMeeting: held.length === 0 ? null : daysBetween(new Date(last), asOf),
    meetingsLast90Days: held.filter((heldAt) => daysBetween(heldAt, asOf) <= lookbackDays).length,
  };
}

/** The aggregates of a partner's history as it stood at `asOf`. */
export function aggregateHistory(history: HealthHistory, asOf: Date): HealthAggregates {
  return {
    daysSinceStart: Math.max(0, daysBetween(new Date(history.startedAt), asOf)),
    meetingEveryDays: history.meetingEveryDays,
    ...meetingFiguresOf(history, asOf),
    response: { host: responseOf(history, "host", asOf), partner: responseOf(history, "partner", asOf) },
    ratings: { host: ratingOf(history, "host", asOf), partner: ratingOf(history, "partner", asOf) },
    steps: stepsOf(history, asOf),
    slaBreachesLast90Days: history.slaBreaches.filter((breach) => {
      const daysAgo = daysBetween(new Date(breach.at), asOf);
      return daysAgo >= 0 && daysAgo <= lookbackDays;
    }).length,
    openIssues: openIssuesOf(history, asOf),
  };
}
