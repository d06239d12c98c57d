import { and, asc, eq, isNotNull, isNull, like, lte, ne, sql } from "drizzle-orm";
import type { HealthHistory } from "../../../domain/health/schemas";
import { journeyBreachTimerKind, meetingEveryDaysOf, relationshipBreachTimerSuffix, reviewRating, sideOfOwnerRole } from "../../../domain/health/sources";
import { meetingTypes } from "../../../domain/journeys/template/kinds/meeting";
import type { DbOrTx } from "../../db/client";
import { escalations, journeySteps, journeyTimers, journeys, partnerMeetings, partnerPreferences, partners, quarterlyReviews, relationshipTimers } from "../../db/schema";

/*
 * One partner's whole history as the domain's `HealthHistory`, for the trend: the domain replays
 * it at weekly points. The same choices as the SQL aggregates (ADR 0017): steps of journeys not
 * cancelled and not skipped, escalations as the questions a side owes an answer to, the weaker of
 * trust and satisfaction as a side's rating, fired escalation timers as SLA breaches, open
 * escalations and investigation steps as issues.
 */

type MeetingKind = (typeof meetingTypes)[number];
const isMeetingKind = (kind: string): kind is MeetingKind => meetingTypes.some((known) => known === kind);
const iso = (date: Date) => date.toISOString();

async function startOf(db: DbOrTx, workspaceId: string, partnerId: string): Promise<Date | null> {
  const [partner] = await db.select({ createdAt: partners.createdAt }).from(partners).where(and(eq(partners.id, partnerId), eq(partners.workspaceId, workspaceId)));
  if (!partner) return null;
  const started = await db
    .select({ startedAt: journeys.startedAt })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.partnerId, partnerId), isNull(journeys.cancelledAt)))
    .orderBy(asc(journeys.startedAt))
    .limit(1);
  return started[0]?.startedAt ?? partner.createdAt;
}

async function rhythmOf(db: DbOrTx, workspaceId: string, partnerId: string, now: Date): Promise<number> {
  const answers = await db
    .select({ side: partnerPreferences.side, answers: partnerPreferences.answers, answeredAt: partnerPreferences.answeredAt })
    .from(partnerPreferences)
    .where(and(eq(partnerPreferences.workspaceId, workspaceId), eq(partnerPreferences.partnerId, partnerId), lte(partnerPreferences.answeredAt, now)));
  const [chosen] = answers.sort((a, b) => Number(b.side === "partner") - Number(a.side === "partner") || b.answeredAt.getTime() - a.answeredAt.getTime());
  const answer = chosen?.answers;
  const frequency = typeof answer === "object" && answer !== null && "meetingFrequency" in answer && typeof answer.meetingFrequency === "string" ? answer.meetingFrequency : null;
  return meetingEveryDaysOf(frequency);
}

async function stepsOf(db: DbOrTx, workspaceId: string, partnerId: string) {
  return db
    .select({ ownerRole: journeySteps.ownerRole, status: journeySteps.status, dueAt: journeySteps.dueAt, completedAt: journeySteps.completedAt })
    .from(journeySteps)
    .innerJoin(journeys, and(eq(journeys.id, journeySteps.journeyId), isNull(journeys.cancelledAt)))
    .where(and(eq(journeySteps.workspaceId, workspaceId), eq(journeySteps.partnerId, partnerId)));
}

/** Fired escalation timers whose reason was still there when they fired (step open, recap unsent, meeting not held). */
async function breachesOf(db: DbOrTx, workspaceId: string, partnerId: string) {
  const journeyBreaches = await db
    .select({ at: journeyTimers.firedAt })
    .from(journeyTimers)
    .innerJoin(journeySteps, eq(journeySteps.id, journeyTimers.stepId))
    .where(
      and(
        eq(journeyTimers.workspaceId, workspaceId),
        eq(journeySteps.partnerId, partnerId),
        eq(journeyTimers.kind, journeyBreachTimerKind),
        isNotNull(journeyTimers.firedAt),
        ne(journeySteps.status, "skipped"),
        sql`not (${journeySteps.status} = 'done' and ${journeySteps.completedAt} <= ${journeyTimers.firedAt})`,
      ),
    );
  const relationshipBreaches = await db
    .select({ at: relationshipTimers.firedAt })
    .from(relationshipTimers)
    .leftJoin(partnerMeetings, and(eq(relationshipTimers.subjectType, "meeting"), eq(partnerMeetings.id, relationshipTimers.subjectId)))
    .leftJoin(escalations, and(eq(relationshipTimers.subjectType, "escalation"), eq(escalations.id, relationshipTimers.subjectId)))
    .where(
      and(
        eq(relationshipTimers.workspaceId, workspaceId),
        eq(relationshipTimers.partnerId, partnerId),
        like(relationshipTimers.kind, `%${relationshipBreachTimerSuffix}`),
        isNotNull(relationshipTimers.firedAt),
        sql`not coalesce(${partnerMeetings.recapSentAt} <= ${relationshipTimers.firedAt}, false)`,
        sql`not coalesce(${escalations.meetingHeldAt} <= ${relationshipTimers.firedAt}, false)`,
      ),
    );
  return [...journeyBreaches, ...relationshipBreaches].flatMap((breach) => (breach.at === null ? [] : [{ at: iso(breach.at) }]));
}

/** The partner's history, or null when there is no such partner in the workspace. */
export async function loadHealthHistory(db: DbOrTx, workspaceId: string, partnerId: string, now: Date): Promise<HealthHistory | null> {
  const startedAt = await startOf(db, workspaceId, partnerId);
  if (startedAt === null) return null;
  const [meetingEveryDays, steps, meetings, raised, reviews, slaBreaches] = await Promise.all([
    rhythmOf(db, workspaceId, partnerId, now),
    stepsOf(db, workspaceId, partnerId),
    db
      .select({ kind: partnerMeetings.kind, heldAt: partnerMeetings.heldAt })
      .from(partnerMeetings)
      .where(and(eq(partnerMeetings.workspaceId, workspaceId), eq(partnerMeetings.partnerId, partnerId), isNotNull(partnerMeetings.heldAt), isNull(partnerMeetings.cancelledAt))),
    db.select().from(escalations).where(and(eq(escalations.workspaceId, workspaceId), eq(escalations.partnerId, partnerId))),
    db
      .select({ review: quarterlyReviews, stepStatus: journeySteps.status, stepCompletedAt: journeySteps.completedAt })
      .from(quarterlyReviews)
      .leftJoin(journeySteps, eq(journeySteps.id, quarterlyReviews.investigationStepId))
      .where(and(eq(quarterlyReviews.workspaceId, workspaceId), eq(quarterlyReviews.partnerId, partnerId)))
      .orderBy(asc(quarterlyReviews.ratedAt), asc(quarterlyReviews.id)),
    breachesOf(db, workspaceId, partnerId),
  ]);
  const liveSteps = steps.filter((step) => step.status !== "skipped");
  const investigations = reviews.filter((entry) => entry.review.investigationStepId !== null && entry.stepStatus !== null && entry.stepStatus !== "skipped");
  return {
    startedAt: iso(startedAt),
    meetingEveryDays,
    meetings: meetings.flatMap((meeting) => (meeting.heldAt !== null && isMeetingKind(meeting.kind) ? [{ kind: meeting.kind, heldAt: iso(meeting.heldAt) }] : [])),
    messages: raised.map((escalation) => ({ askedBy: escalation.raisedSide, askedAt: iso(escalation.raisedAt), answeredAt: escalation.answeredAt ? iso(escalation.answeredAt) : null })),
    steps: liveSteps.map((step) => ({
      side: sideOfOwnerRole(step.ownerRole),
      dueAt: step.dueAt ? iso(step.dueAt) : null,
      completedAt: step.status === "done" && step.completedAt ? iso(step.completedAt) : null,
    })),
    ratings: reviews.map(({ review }) => ({ side: review.side, score: reviewRating(review.trust, review.satisfaction), ratedAt: iso(review.ratedAt) })),
    slaBreaches,
    issues: [
      ...raised.map((escalation) => ({ openedAt: iso(escalation.raisedAt), closedAt: escalation.resolvedAt ? iso(escalation.resolvedAt) : null, escalation: true })),
      ...investigations.map((entry) => ({
        openedAt: iso(entry.review.ratedAt),
        closedAt: entry.stepStatus === "done" && entry.stepCompletedAt ? iso(entry.stepCompletedAt) : null,
        escalation: false,
      })),
    ],
  };
}
