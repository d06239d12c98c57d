import { activity } from "../../db/schema";
import type { DbOrTx } from "../../db/client";
import type { Clock } from "../../clock";
import { newId } from "../../ids";

export interface ActivityRecord {
  workspaceId: string;
  partnerId: string | null;
  actorUserId: string | null;
  kind: string;
  summary: string;
  data?: Record<string, unknown>;
  /** Shared entries show in the partner's portal too; internal ones only to staff. */
  visibility: "internal" | "shared";
}

export async function recordActivity(db: DbOrTx, clock: Clock, record: ActivityRecord): Promise<void> {
  await db.insert(activity).values({ id: newId(), ...record, data: record.data ?? {}, at: clock.now() });
}
