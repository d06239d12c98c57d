import { and, eq } from "drizzle-orm";
import type { WorkspaceAction } from "../../../domain/access/actions";
import type { DbOrTx } from "../../db/client";
import { partners } from "../../db/schema";
import { notFound } from "../../errors";
import { assertAllowed } from "../../plugins/authorization";
import type { Caller } from "../../plugins/route-kit";
import { teamOf } from "./queries";

/**
 * Loads the partner a request is about and asks `can()` whether the caller may perform the
 * action on it. A partner of another workspace, or (for partner users) another partner, is 404.
 * With `lock`, the row is locked for the rest of the transaction.
 */
export async function authorizePartner(db: DbOrTx, caller: Caller, partnerId: string, action: WorkspaceAction, lock = false) {
  const query = db
    .select({ id: partners.id, ownerUserId: partners.ownerUserId, version: partners.version, stage: partners.stage, name: partners.name })
    .from(partners)
    .where(and(eq(partners.id, partnerId), eq(partners.workspaceId, caller.workspace.id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("That partner");
  // The host team matters only to staff (who manages the partner); a partner user's answer
  // depends on their own partner alone, so the portal skips the query.
  const teamUserIds = caller.actor.kind === "staff" ? await teamOf(db, row.id) : [];
  assertAllowed(caller.actor, action, { partner: { id: row.id, ownerUserId: row.ownerUserId, teamUserIds } }, "That partner");
  return { ...row, teamUserIds };
}
