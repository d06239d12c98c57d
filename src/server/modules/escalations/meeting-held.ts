import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { escalations } from "../../db/schema";
import { cancelRelationshipTimers } from "../relationship-timers/schedule";

/**
 * Called by the meetings module when the resolution meeting of an escalation is recorded as held:
 * the first time counts (for "within 48 hours"), and the resolution timers stop.
 */
export async function markEscalationMeetingHeld(tx: DbOrTx, escalationId: string, heldAt: Date): Promise<void> {
  await tx
    .update(escalations)
    .set({ meetingHeldAt: heldAt })
    .where(and(eq(escalations.id, escalationId), isNull(escalations.meetingHeldAt)));
  await cancelRelationshipTimers(tx, { subjectType: "escalation", subjectId: escalationId });
}
