import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { meetingTypes } from "../../../domain/journeys/template/kinds/meeting";
import type { QuarterlyReviewFacts, ReadinessFacts } from "../../../domain/readiness/schemas";
import type { DbOrTx } from "../../db/client";
import { earlyWins, escalations, journeys, partnerMeetings, partnerPreferences, quarterlyReviews, user } from "../../db/schema";

/*
 * The readiness facts of one partner, read straight from the relationship tables (ADR 0017).
 * Accord records recaps, announcements and the survey itself, so their absence is a known "no"
 * (null), never "unknown". The moments count from the running journey's start.
 */

type MeetingKind = (typeof meetingTypes)[number];
const isMeetingKind = (kind: string): kind is MeetingKind => meetingTypes.some((known) => known === kind);
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date === null ? null : iso(date));

/** The running (latest, not cancelled) journey's start, or null when the partner has none. */
async function journeyStart(db: DbOrTx, workspaceId: string, partnerId: string): Promise<Date | null> {
  const [running] = await db
    .select({ startedAt: journeys.startedAt })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.partnerId, partnerId), isNull(journeys.cancelledAt)))
    .orderBy(desc(journeys.startedAt))
    .limit(1);
  return running?.startedAt ?? null;
}

async function earlyWinOf(db: DbOrTx, workspaceId: string, partnerId: string, checkInsHeldAt: string[]): Promise<ReadinessFacts["earlyWin"]> {
  const hostLead = alias(user, "host_lead");
  const partnerLead = alias(user, "partner_lead");
  const [win] = await db
    .select({ win: earlyWins, hostLead: hostLead.name, partnerLead: partnerLead.name })
    .from(earlyWins)
    .leftJoin(hostLead, eq(hostLead.id, earlyWins.hostLeadUserId))
    .leftJoin(partnerLead, eq(partnerLead.id, earlyWins.partnerLeadUserId))
    .where(and(eq(earlyWins.workspaceId, workspaceId), eq(earlyWins.partnerId, partnerId), isNull(earlyWins.cancelledAt)))
    .orderBy(desc(earlyWins.agreedAt))
    .limit(1);
  if (!win) return null;
  return {
    hostLead: win.hostLead,
    partnerLead: win.partnerLead,
    deadline: iso(win.win.deadline),
    checkInsHeldAt,
    doneAt: isoOrNull(win.win.completedAt),
    announcedAt: isoOrNull(win.win.announcedAt),
  };
}

/** One review per quarter: held when its first rating came in, with each side's two ratings. */
function reviewsByQuarter(rows: readonly (typeof quarterlyReviews.$inferSelect)[]): QuarterlyReviewFacts[] {
  const quarters = new Map<string, QuarterlyReviewFacts>();
  for (const row of rows) {
    const review = quarters.get(row.quarter) ?? { heldAt: iso(row.ratedAt), ratings: [] };
    review.ratings.push({ side: row.side, trust: row.trust, satisfaction: row.satisfaction });
    quarters.set(row.quarter, review);
  }
  return [...quarters.values()];
}

/** The facts of the checklist, or null when the partner has no journey (nothing is due yet). */
export async function loadReadinessFacts(db: DbOrTx, workspaceId: string, partnerId: string): Promise<ReadinessFacts | null> {
  const startedAt = await journeyStart(db, workspaceId, partnerId);
  if (startedAt === null) return null;
  const [meetings, survey, raised, reviews] = await Promise.all([
    db
      .select({ kind: partnerMeetings.kind, heldAt: partnerMeetings.heldAt, recapSentAt: partnerMeetings.recapSentAt })
      .from(partnerMeetings)
      .where(and(eq(partnerMeetings.workspaceId, workspaceId), eq(partnerMeetings.partnerId, partnerId), isNull(partnerMeetings.cancelledAt)))
      .orderBy(asc(partnerMeetings.startsAt)),
    db
      .select({ answeredAt: partnerPreferences.answeredAt })
      .from(partnerPreferences)
      .where(and(eq(partnerPreferences.workspaceId, workspaceId), eq(partnerPreferences.partnerId, partnerId), eq(partnerPreferences.side, "partner")))
      .orderBy(asc(partnerPreferences.answeredAt))
      .limit(1),
    db.select({ raisedAt: escalations.raisedAt, meetingHeldAt: escalations.meetingHeldAt }).from(escalations).where(and(eq(escalations.workspaceId, workspaceId), eq(escalations.partnerId, partnerId))),
    db
      .select()
      .from(quarterlyReviews)
      .where(and(eq(quarterlyReviews.workspaceId, workspaceId), eq(quarterlyReviews.partnerId, partnerId), isNotNull(quarterlyReviews.ratedAt)))
      .orderBy(asc(quarterlyReviews.ratedAt), asc(quarterlyReviews.id)),
  ]);
  const known = meetings.flatMap((meeting) => (isMeetingKind(meeting.kind) ? [{ kind: meeting.kind, heldAt: isoOrNull(meeting.heldAt), recapSentAt: isoOrNull(meeting.recapSentAt) }] : []));
  // Any check-in held with the partner counts for the early win's weekly rhythm, linked to it or not.
  const checkIns = known.flatMap((meeting) => (meeting.kind === "check_in" && meeting.heldAt !== null ? [meeting.heldAt] : []));
  return {
    journeyStartedAt: iso(startedAt),
    meetings: known,
    preferencesSurveyAnsweredAt: isoOrNull(survey[0]?.answeredAt ?? null),
    earlyWin: await earlyWinOf(db, workspaceId, partnerId, checkIns),
    escalations: raised.map((escalation) => ({ raisedAt: iso(escalation.raisedAt), resolutionMeetingAt: isoOrNull(escalation.meetingHeldAt) })),
    quarterlyReviews: reviewsByQuarter(reviews),
  };
}
