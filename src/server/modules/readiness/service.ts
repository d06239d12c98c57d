import type { PartnerReadiness } from "../../../domain/readiness/contracts";
import { readinessChecklist } from "../../../domain/readiness/checklist";
import type { AppContext } from "../../context";
import type { Caller } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";
import { loadReadinessFacts } from "./facts";

/** The readiness checklist of one partner as it stands now (staff only: `health.read`). */
export async function partnerReadiness(ctx: AppContext, caller: Caller, partnerId: string): Promise<PartnerReadiness> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "health.read");
    const facts = await loadReadinessFacts(tx, caller.workspace.id, partnerId);
    if (facts === null) return { partnerId, journeyStartedAt: null, checklist: null };
    return { partnerId, journeyStartedAt: facts.journeyStartedAt, checklist: readinessChecklist(facts, ctx.clock.now()) };
  });
}
