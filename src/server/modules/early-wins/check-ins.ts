import { and, eq, gte, isNull, sql } from "drizzle-orm";
import type { EarlyWin, ScheduleCheckIns } from "../../../domain/alignment/contracts";
import { earlyWinCheckIns } from "../../../domain/trust/early-win";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { earlyWins, partnerMeetings, partners } from "../../db/schema";
import { badRequest, conflict, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { insertPartnerMeeting, planRecapTimers } from "../meetings/insert";
import { authorizePartner } from "../partners/access";
import { earlyWinViews, loadEarlyWin, type EarlyWinRow } from "./view";

/*
 * The weekly check-ins of an early win (R-F4): partner meetings of kind `check_in` with both leads
 * as attendees, every 7 days at the same wall time in the partner's zone, strictly before the
 * deadline. Scheduling again adds only the weeks not planned yet, so it is safe to repeat (after
 * the deadline moved out, say). The first check-in may be chosen; by default it is a week after
 * the early win was agreed.
 */

export async function scheduleCheckIns(ctx: AppContext, caller: Caller, partnerId: string, earlyWinId: string, input: ScheduleCheckIns): Promise<EarlyWin> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.write");
    const win = await loadEarlyWin(tx, caller, partnerId, earlyWinId, true);
    if (win.version !== input.version) throw staleVersion("This early win");
    if (win.completedAt) throw conflict("This early win is done; it needs no more check-ins.");
    const now = ctx.clock.now();
    const [partner] = await tx.select({ timeZone: partners.timeZone }).from(partners).where(eq(partners.id, partnerId));
    const timeZone = partner?.timeZone ?? "UTC";
    const dates = checkInDates(win, input.firstAt ? new Date(input.firstAt) : null, timeZone).filter((date) => date.getTime() > now.getTime());
    if (input.firstAt && dates[0]?.getTime() !== new Date(input.firstAt).getTime()) {
      throw badRequest("The first check-in must be in the future and before the deadline.", [{ path: "body.firstAt", message: `pick a time after now and before the deadline (${win.deadline.toISOString()})` }]);
    }
    const planned = await tx
      .select({ startsAt: partnerMeetings.startsAt })
      .from(partnerMeetings)
      .where(and(eq(partnerMeetings.earlyWinId, win.id), isNull(partnerMeetings.cancelledAt)));
    const plannedDays = new Set(planned.map((meeting) => meeting.startsAt.toISOString().slice(0, 10)));
    const fresh = dates.filter((date) => !plannedDays.has(date.toISOString().slice(0, 10)));
    for (const startsAt of fresh) {
      await insertPartnerMeeting(tx, {
        workspaceId: caller.workspace.id,
        partnerId,
        kind: "check_in",
        title: `Early win check-in: ${win.title}`,
        startsAt,
        durationMinutes: input.durationMinutes,
        location: input.location,
        agenda: ["Since last time", "Blockers", "Upcoming dates", "Action items"],
        organizerUserId: win.hostLeadUserId,
        attendeeUserIds: [win.hostLeadUserId, win.partnerLeadUserId],
        earlyWinId: win.id,
        createdBy: caller.actor.userId,
        now,
      });
    }
    await tx
      .update(earlyWins)
      .set({ version: win.version + 1 })
      .where(eq(earlyWins.id, win.id));
    const at = fresh.map((date) => date.toISOString());
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "early_win.check_ins_scheduled", entityType: "early_win", entityId: win.id, after: { checkIns: at } });
    if (fresh.length > 0) {
      await recordActivity(tx, ctx.clock, {
        workspaceId: caller.workspace.id,
        partnerId,
        actorUserId: caller.actor.userId,
        kind: "early_win.check_ins_scheduled",
        summary: `${caller.name} scheduled ${String(fresh.length)} weekly check-in${fresh.length === 1 ? "" : "s"} for the early win "${win.title}"`,
        data: { earlyWinId: win.id, checkIns: at },
        visibility: "shared",
      });
    }
    const [view] = await earlyWinViews(tx, [{ ...win, version: win.version + 1 }], now);
    if (!view) throw new Error("an early win view of one row is one view");
    return view;
  });
}

/** The weekly dates: from a chosen first one (then weekly), or the domain's default a week after agreeing. */
function checkInDates(win: EarlyWinRow, firstAt: Date | null, timeZone: string): Date[] {
  const window = { deadline: win.deadline, completedAt: win.completedAt, timeZone };
  if (!firstAt) return earlyWinCheckIns({ ...window, from: win.agreedAt });
  if (firstAt.getTime() >= win.deadline.getTime()) return [];
  return [firstAt, ...earlyWinCheckIns({ ...window, from: firstAt })];
}

/** Cancels the check-ins not held yet from `from` on (the early win finished early or its deadline moved in). */
export async function cancelCheckInsFrom(tx: DbOrTx, win: Pick<EarlyWinRow, "id">, from: Date, now: Date): Promise<void> {
  const cancelled = await tx
    .update(partnerMeetings)
    .set({ cancelledAt: now, sequence: sql`${partnerMeetings.sequence} + 1`, version: sql`${partnerMeetings.version} + 1` })
    .where(and(eq(partnerMeetings.earlyWinId, win.id), isNull(partnerMeetings.cancelledAt), isNull(partnerMeetings.heldAt), gte(partnerMeetings.startsAt, from)))
    .returning({ id: partnerMeetings.id, workspaceId: partnerMeetings.workspaceId, partnerId: partnerMeetings.partnerId, endsAt: partnerMeetings.endsAt });
  for (const meeting of cancelled) await planRecapTimers(tx, { ...meeting, recapSentAt: null, cancelled: true });
}
