import type { AppContext } from "../../context";
import type { Caller } from "../../plugins/route-kit";
import { refreshWorkspaceHealth } from "../../modules/health/refresh";

/**
 * Relationship health of the demo (issue 6, R-F9): the scores are computed from what the other
 * demo loaders wrote (meetings, escalations, reviews, journeys), so this runs LAST. It stores a
 * score for every live partner, so the portfolio shows figures on first open instead of waiting
 * for the periodic refresh. Nothing is invented here: health is only ever read from the data.
 */
export async function loadDemoHealth(ctx: AppContext, owner: Caller): Promise<void> {
  await refreshWorkspaceHealth(ctx.db, owner.workspace.id, ctx.clock.now());
}
