import type { Tx } from "../../db/client";
import { journeyEvents } from "../../db/schema";

export interface JourneyEventRecord {
  workspaceId: string;
  journeyId: string;
  partnerId: string;
  stepId?: string | null;
  /** `journey.started`, `step.completed`, `step.reopened`, … */
  type: string;
  actorUserId: string | null;
  data?: Record<string, unknown>;
  /** Events about an internal step are internal: partner users never see them. */
  visibility: "internal" | "shared";
  at: Date;
}

/** The one writer of the append-only journey history; call it in the transaction of the change. */
export async function appendEvents(tx: Tx, records: readonly JourneyEventRecord[]): Promise<void> {
  if (records.length === 0) return;
  await tx.insert(journeyEvents).values(records.map((record) => ({ ...record, stepId: record.stepId ?? null, data: record.data ?? {} })));
}
