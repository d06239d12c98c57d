import { and, desc, eq, isNull } from "drizzle-orm";
import { earlyWinLatestDeadline, type JourneyStart } from "../../../domain/trust/early-win";
import type { DbOrTx } from "../../db/client";
import { journeys, partners } from "../../db/schema";

/*
 * The 30 days an early win must fit in count from the start of the partner's running journey.
 * A partner with no running journey (an active partner met long ago) counts from when the early
 * win is agreed (today, for a new one): it is still meant to be small and quick.
 */

export interface EarlyWinWindow extends JourneyStart {
  countsFrom: "journey" | "agreement";
  latestDeadline: Date;
}

export async function earlyWinWindow(db: DbOrTx, workspaceId: string, partnerId: string, agreedAt: Date): Promise<EarlyWinWindow> {
  const [partner] = await db.select({ timeZone: partners.timeZone }).from(partners).where(eq(partners.id, partnerId));
  const timeZone = partner?.timeZone ?? "UTC";
  const [journey] = await db
    .select({ startedAt: journeys.startedAt })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.partnerId, partnerId), isNull(journeys.cancelledAt)))
    .orderBy(desc(journeys.startedAt))
    .limit(1);
  const start: JourneyStart = { startedAt: journey?.startedAt ?? agreedAt, timeZone };
  return { ...start, countsFrom: journey ? "journey" : "agreement", latestDeadline: earlyWinLatestDeadline(start) };
}
