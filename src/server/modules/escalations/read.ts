import { and, desc, eq, inArray } from "drizzle-orm";
import type { EscalationList, EscalationPerson, EscalationView, LessonView, ResolutionMeeting } from "../../../domain/escalations/contracts";
import { escalationStatus, lessonEntry, meetingHeldInTime, resolutionMeetingDueBy, type Escalation } from "../../../domain/trust/escalation";
import type { Side } from "../../../domain/trust/side";
import type { DbOrTx } from "../../db/client";
import { escalations, partnerMeetings, partnerMembers, user } from "../../db/schema";
import { notFound } from "../../errors";

/*
 * Reading escalations: rows → the domain's Escalation (whose rules give status, timers and the
 * lessons-log line) → the wire shape. Both sides read the same thing; nothing here is internal.
 */

export type EscalationRow = typeof escalations.$inferSelect;

/** The resolver's side is not stored: a user of this partner resolved it from the partner side. */
export function toEscalation(row: EscalationRow, partnerUserIds: ReadonlySet<string>): Escalation {
  const resolverSide: Side = row.resolvedBy && partnerUserIds.has(row.resolvedBy) ? "partner" : "host";
  return {
    id: row.id,
    raisedBy: { side: row.raisedSide, userId: row.raisedBy ?? "" },
    raisedAt: row.raisedAt,
    summary: row.title,
    perspective: row.raiserPerspective,
    meetingHeldAt: row.meetingHeldAt,
    resolution: row.resolvedAt
      ? {
          otherPerspective: row.otherPerspective,
          agreedAction: row.agreedAction,
          lessonLearned: row.lesson,
          resolvedAt: row.resolvedAt,
          resolvedBy: { side: resolverSide, userId: row.resolvedBy ?? "" },
        }
      : null,
  };
}

async function partnerUserIdsOf(db: DbOrTx, workspaceId: string, partnerId: string): Promise<Set<string>> {
  const rows = await db
    .select({ userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, workspaceId), eq(partnerMembers.partnerId, partnerId)));
  return new Set(rows.map((row) => row.userId));
}

async function namesOf(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, [...new Set(userIds)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

function personOf(names: ReadonlyMap<string, string>, userId: string | null): EscalationPerson | null {
  return userId ? { userId, name: names.get(userId) ?? "" } : null;
}

async function meetingsOf(db: DbOrTx, escalationIds: readonly string[]): Promise<Map<string, ResolutionMeeting[]>> {
  const byEscalation = new Map<string, ResolutionMeeting[]>();
  if (escalationIds.length === 0) return byEscalation;
  const rows = await db
    .select({ id: partnerMeetings.id, escalationId: partnerMeetings.escalationId, title: partnerMeetings.title, startsAt: partnerMeetings.startsAt, endsAt: partnerMeetings.endsAt, heldAt: partnerMeetings.heldAt, cancelledAt: partnerMeetings.cancelledAt })
    .from(partnerMeetings)
    .where(inArray(partnerMeetings.escalationId, [...escalationIds]))
    .orderBy(partnerMeetings.startsAt);
  for (const row of rows) {
    if (!row.escalationId) continue;
    const list = byEscalation.get(row.escalationId) ?? [];
    list.push({ id: row.id, title: row.title, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), heldAt: row.heldAt?.toISOString() ?? null, cancelled: row.cancelledAt !== null });
    byEscalation.set(row.escalationId, list);
  }
  return byEscalation;
}

function toView(row: EscalationRow, escalation: Escalation, names: ReadonlyMap<string, string>, meetings: ResolutionMeeting[], now: Date): EscalationView {
  return {
    id: row.id,
    title: row.title,
    raisedSide: row.raisedSide,
    raisedBy: personOf(names, row.raisedBy),
    raisedAt: row.raisedAt.toISOString(),
    raiserPerspective: row.raiserPerspective,
    otherPerspective: row.otherPerspective,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    meetingDueBy: resolutionMeetingDueBy(row.raisedAt).toISOString(),
    meetingHeldAt: row.meetingHeldAt?.toISOString() ?? null,
    meetingHeldInTime: meetingHeldInTime(escalation),
    status: escalationStatus(escalation, now),
    meetings,
    agreedAction: row.agreedAction,
    lessonLearned: row.lesson,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: personOf(names, row.resolvedBy),
    version: row.version,
  };
}

async function rowsOf(db: DbOrTx, workspaceId: string, partnerId: string, escalationId?: string): Promise<EscalationRow[]> {
  const scope = and(eq(escalations.workspaceId, workspaceId), eq(escalations.partnerId, partnerId), escalationId ? eq(escalations.id, escalationId) : undefined);
  return db.select().from(escalations).where(scope).orderBy(desc(escalations.raisedAt));
}

async function viewsOf(db: DbOrTx, workspaceId: string, partnerId: string, rows: readonly EscalationRow[], now: Date): Promise<EscalationView[]> {
  const partnerUserIds = await partnerUserIdsOf(db, workspaceId, partnerId);
  const names = await namesOf(db, rows.flatMap((row) => [row.raisedBy, row.resolvedBy].filter((id) => id !== null)));
  const meetings = await meetingsOf(db, rows.map((row) => row.id));
  return rows.map((row) => toView(row, toEscalation(row, partnerUserIds), names, meetings.get(row.id) ?? [], now));
}

/** Every escalation of the partner, newest first, with its status as of `now`. */
export async function listEscalations(db: DbOrTx, workspaceId: string, partnerId: string, now: Date): Promise<EscalationList> {
  const rows = await rowsOf(db, workspaceId, partnerId);
  return { asOf: now.toISOString(), escalations: await viewsOf(db, workspaceId, partnerId, rows, now) };
}

export async function readEscalation(db: DbOrTx, workspaceId: string, partnerId: string, escalationId: string, now: Date): Promise<EscalationView> {
  const [view] = await viewsOf(db, workspaceId, partnerId, await rowsOf(db, workspaceId, partnerId, escalationId), now);
  if (!view) throw notFound("That escalation");
  return view;
}

/** The lessons log: every resolved escalation's line, most recently resolved first. */
export async function listLessons(db: DbOrTx, workspaceId: string, partnerId: string): Promise<LessonView[]> {
  const rows = await rowsOf(db, workspaceId, partnerId);
  const partnerUserIds = await partnerUserIdsOf(db, workspaceId, partnerId);
  const lessons = rows.flatMap((row) => {
    const entry = lessonEntry(toEscalation(row, partnerUserIds));
    if (!entry) return [];
    return [
      {
        escalationId: entry.escalationId,
        summary: entry.summary,
        raisedSide: row.raisedSide,
        perspectives: { host: entry.perspectives.host, partner: entry.perspectives.partner },
        agreedAction: entry.agreedAction,
        lessonLearned: entry.lessonLearned,
        raisedAt: entry.raisedAt.toISOString(),
        resolvedAt: entry.resolvedAt.toISOString(),
        meetingHeldInTime: entry.meetingHeldInTime,
      },
    ];
  });
  return lessons.sort((a, b) => b.resolvedAt.localeCompare(a.resolvedAt));
}
