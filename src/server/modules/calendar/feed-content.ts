import { and, asc, eq, gte, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { CalendarFeedSecret } from "../../../domain/calendar/contracts";
import { addDaysToDate, localDateOf, type LocalDate } from "../../../domain/journeys/schedule/zoned-time";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { notOfInternalStep } from "../meetings/partner-view";
import { calendarFeeds, journeys, journeySteps, partnerMeetings, partnerMembers, partners, staffMemberships, user, workspaces } from "../../db/schema";
import { notFound } from "../../errors";
import { hashSecret } from "../../ids";
import { absoluteLink, journeyStepLink, type Audience } from "../notifications/links";
import { meetingLink } from "../relationship-timers/recipients";
import { renderFeed, type FeedDueStep, type FeedMeeting } from "./feed-ics";

/*
 * What a feed shows, read fresh on every fetch: the person's partner meetings (organizer or
 * attendee, not cancelled) and the due dates of the open journey steps they own. A partner user
 * sees only their own partner's meetings and shared steps, exactly as in the portal.
 */

interface FeedOwner {
  userId: string;
  workspaceId: string;
  workspaceSlug: string;
  workspaceName: string;
  audience: Audience;
  /** Set for partner users: everything is limited to this partner. */
  partnerId: string | null;
}

/** Meetings further back than this are history, not plans; calendars keep what they already have. */
const pastDays = 90;
const maxEvents = 500;
const Agenda = z.array(z.string()).catch([]);
const AttendeeIds = z.array(z.string()).catch([]);

/** Who the secret belongs to, if it is a live feed of a person still active in that workspace. */
async function feedOwner(db: DbOrTx, secret: string): Promise<FeedOwner | null> {
  if (!CalendarFeedSecret.safeParse(secret).success) return null;
  const [feed] = await db
    .select({ userId: calendarFeeds.userId, workspaceId: workspaces.id, workspaceSlug: workspaces.slug, workspaceName: workspaces.name })
    .from(calendarFeeds)
    .innerJoin(workspaces, eq(workspaces.id, calendarFeeds.workspaceId))
    .where(and(eq(calendarFeeds.secretHash, hashSecret(secret)), isNull(calendarFeeds.revokedAt)));
  if (!feed) return null;
  const [staff] = await db
    .select({ userId: staffMemberships.userId })
    .from(staffMemberships)
    .where(and(eq(staffMemberships.workspaceId, feed.workspaceId), eq(staffMemberships.userId, feed.userId), eq(staffMemberships.status, "active")));
  if (staff) return { ...feed, audience: "staff", partnerId: null };
  const [member] = await db
    .select({ partnerId: partnerMembers.partnerId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, feed.workspaceId), eq(partnerMembers.userId, feed.userId), eq(partnerMembers.status, "active")));
  return member ? { ...feed, audience: "partner", partnerId: member.partnerId } : null;
}

async function meetingsOf(ctx: AppContext, owner: FeedOwner, now: Date): Promise<FeedMeeting[]> {
  const me = owner.userId;
  const rows = await ctx.db
    .select({ meeting: partnerMeetings, partnerName: partners.name })
    .from(partnerMeetings)
    .innerJoin(partners, eq(partners.id, partnerMeetings.partnerId))
    .where(
      and(
        eq(partnerMeetings.workspaceId, owner.workspaceId),
        isNull(partnerMeetings.cancelledAt),
        gte(partnerMeetings.endsAt, new Date(now.getTime() - pastDays * 86_400_000)),
        or(eq(partnerMeetings.organizerUserId, me), sql`${partnerMeetings.attendeeUserIds} @> ${JSON.stringify([me])}::jsonb`),
        // A partner user's feed holds its own partner's meetings, never those of internal steps.
        owner.partnerId === null ? undefined : and(eq(partnerMeetings.partnerId, owner.partnerId), notOfInternalStep()),
      ),
    )
    .orderBy(asc(partnerMeetings.startsAt))
    .limit(maxEvents);
  const names = await namesOf(ctx.db, rows.flatMap(({ meeting }) => AttendeeIds.parse(meeting.attendeeUserIds)));
  return rows.map(({ meeting, partnerName }) => ({
    id: meeting.id,
    title: meeting.title,
    partnerName,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    agenda: Agenda.parse(meeting.agenda),
    attendeeNames: AttendeeIds.parse(meeting.attendeeUserIds).flatMap((id) => names.get(id) ?? []),
    sequence: meeting.sequence,
    createdAt: meeting.createdAt,
    url: absoluteLink(ctx.config.publicUrl, meetingLink(owner.workspaceSlug, meeting.partnerId, meeting.id, owner.audience)),
  }));
}

async function namesOf(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, unique));
  return new Map(rows.map((row) => [row.id, row.name]));
}

const isoDay = (date: LocalDate) => `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;

async function dueStepsOf(ctx: AppContext, owner: FeedOwner): Promise<FeedDueStep[]> {
  const rows = await ctx.db
    .select({ id: journeySteps.id, title: journeySteps.title, partnerId: journeySteps.partnerId, dueAt: journeySteps.dueAt, partnerName: partners.name, timeZone: partners.timeZone })
    .from(journeySteps)
    .innerJoin(journeys, eq(journeys.id, journeySteps.journeyId))
    .innerJoin(partners, eq(partners.id, journeySteps.partnerId))
    .where(
      and(
        eq(journeySteps.workspaceId, owner.workspaceId),
        eq(journeySteps.ownerUserId, owner.userId),
        eq(journeySteps.status, "open"),
        isNotNull(journeySteps.dueAt),
        isNull(journeys.cancelledAt),
        owner.partnerId === null ? undefined : and(eq(journeySteps.partnerId, owner.partnerId), eq(journeySteps.visibility, "shared")),
      ),
    )
    .orderBy(asc(journeySteps.dueAt))
    .limit(maxEvents);
  return rows.flatMap((row) => {
    if (!row.dueAt) return [];
    const day = localDateOf(row.dueAt, row.timeZone);
    return [{
      id: row.id,
      title: row.title,
      partnerName: row.partnerName,
      dueDay: isoDay(day),
      dayAfter: isoDay(addDaysToDate(day, 1)),
      url: absoluteLink(ctx.config.publicUrl, journeyStepLink(owner.workspaceSlug, row.partnerId, row.id, owner.audience)),
    }];
  });
}

/** The feed of a secret as iCalendar text; a wrong, revoked or orphaned secret is one and the same 404. */
export async function calendarFeedIcs(ctx: AppContext, secret: string): Promise<string> {
  const owner = await feedOwner(ctx.db, secret);
  if (!owner) throw notFound("That calendar feed");
  const now = ctx.clock.now();
  const [meetings, dueSteps] = await Promise.all([meetingsOf(ctx, owner, now), dueStepsOf(ctx, owner)]);
  return renderFeed({ calendarName: `Accord · ${owner.workspaceName}`, host: new URL(ctx.config.publicUrl).host, builtAt: now, meetings, dueSteps });
}
