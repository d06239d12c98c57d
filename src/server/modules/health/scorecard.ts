import { addDays } from "../../../domain/health/durations";
import type { PartnerHealth } from "../../../domain/health/contracts";
import { healthTrend } from "../../../domain/health/trend";
import { LifecycleStage } from "../../../domain/partners/lifecycle";
import type { AppContext } from "../../context";
import { notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";
import { loadHealthHistory } from "./history";
import { refreshPartnersHealth } from "./refresh";

/** The trend looks back one year (R-F9: "the score trended over time"). */
export const trendDays = 365;

/**
 * One partner's scorecard. Reading it refreshes the stored score first (write-through), so the
 * portfolio shows what the manager just saw; the trend replays the history at weekly points.
 */
export async function partnerScorecard(ctx: AppContext, caller: Caller, partnerId: string): Promise<PartnerHealth> {
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, partnerId, "health.read");
    const now = ctx.clock.now();
    const workspaceId = caller.workspace.id;
    const health = (await refreshPartnersHealth(tx, workspaceId, [partnerId], now)).get(partnerId);
    const history = await loadHealthHistory(tx, workspaceId, partnerId, now);
    if (health === undefined || history === null) throw notFound("That partner");
    const yearAgo = addDays(now, -trendDays);
    const startedAt = new Date(history.startedAt);
    const from = startedAt.getTime() > yearAgo.getTime() ? startedAt : yearAgo;
    return { partnerId, name: partner.name, stage: LifecycleStage.parse(partner.stage), health, trend: healthTrend(history, from, now), computedAt: now.toISOString() };
  });
}
