import { and, asc, eq, inArray } from "drizzle-orm";
import type { EarlyWin } from "../../../domain/alignment/contracts";
import type { DbOrTx } from "../../db/client";
import { earlyWins, partnerMeetings, user } from "../../db/schema";
import { notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";

/* Early-win rows as the API answers them: leads with names, status, and the check-ins planned. */

export type EarlyWinRow = typeof earlyWins.$inferSelect;

export function statusOf(row: Pick<EarlyWinRow, "completedAt" | "deadline">, now: Date): EarlyWin["status"] {
  if (row.completedAt) return "done";
  return now.getTime() > row.deadline.getTime() ? "overdue" : "open";
}

export async function earlyWinViews(db: DbOrTx, rows: readonly EarlyWinRow[], now: Date): Promise<EarlyWin[]> {
  if (rows.length === 0) return [];
  const leadIds = [...new Set(rows.flatMap((row) => [row.hostLeadUserId, row.partnerLeadUserId]))];
  const names = new Map((await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, leadIds))).map((person) => [person.id, person.name]));
  const meetings = await db
    .select({ id: partnerMeetings.id, earlyWinId: partnerMeetings.earlyWinId, startsAt: partnerMeetings.startsAt, heldAt: partnerMeetings.heldAt, cancelledAt: partnerMeetings.cancelledAt })
    .from(partnerMeetings)
    .where(
      inArray(
        partnerMeetings.earlyWinId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(partnerMeetings.startsAt));
  const named = (userId: string) => ({ userId, name: names.get(userId) ?? "" });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    successMeasure: row.successMeasure,
    hostLead: named(row.hostLeadUserId),
    partnerLead: named(row.partnerLeadUserId),
    agreedAt: row.agreedAt.toISOString(),
    deadline: row.deadline.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    outcome: row.outcome,
    announcedAt: row.announcedAt?.toISOString() ?? null,
    caseStudy: row.caseStudy,
    status: statusOf(row, now),
    checkIns: meetings
      .filter((meeting) => meeting.earlyWinId === row.id)
      .map((meeting) => ({ meetingId: meeting.id, startsAt: meeting.startsAt.toISOString(), heldAt: meeting.heldAt?.toISOString() ?? null, cancelled: meeting.cancelledAt !== null })),
    version: row.version,
  }));
}

/** One early win of the partner, locked for a change when asked; another partner's is 404. */
export async function loadEarlyWin(db: DbOrTx, caller: Caller, partnerId: string, earlyWinId: string, lock = false): Promise<EarlyWinRow> {
  const query = db
    .select()
    .from(earlyWins)
    .where(and(eq(earlyWins.id, earlyWinId), eq(earlyWins.workspaceId, caller.workspace.id), eq(earlyWins.partnerId, partnerId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row || row.cancelledAt) throw notFound("That early win");
  return row;
}
