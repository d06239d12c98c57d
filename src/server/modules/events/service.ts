import { and, eq } from "drizzle-orm";
import type { PartnerEvent, RaiseEventInput } from "../../../domain/notifications/partner-events";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { partnerEvents } from "../../db/schema";
import { conflict } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { onPartnerEvent } from "../journeys/partner-events";
import { authorizePartner } from "../partners/access";

/*
 * Partner events (issue 4): things that happened to a partner, raised by an integration with an
 * API token (events:write) or by a manager. Each is stored once per idempotency key, then handed
 * to the journeys module, which completes milestones and anchors due rules on it.
 */

type EventRow = typeof partnerEvents.$inferSelect;

function toPartnerEvent(row: EventRow): PartnerEvent {
  const data = row.data;
  return {
    id: row.id,
    partnerId: row.partnerId,
    name: row.name,
    data: typeof data === "object" && data !== null && !Array.isArray(data) ? Object.fromEntries(Object.entries(data)) : {},
    source: row.source,
    idempotencyKey: row.idempotencyKey,
    at: row.at.toISOString(),
  };
}

async function byKey(tx: Tx, workspaceId: string, idempotencyKey: string) {
  const [row] = await tx.select().from(partnerEvents).where(and(eq(partnerEvents.workspaceId, workspaceId), eq(partnerEvents.idempotencyKey, idempotencyKey)));
  return row;
}

/** A retry answers the first event; the same key for a different partner or name is a mistake worth saying. */
function replayOf(row: EventRow, input: RaiseEventInput): { event: PartnerEvent; created: false } {
  if (row.partnerId !== input.partnerId || row.name !== input.name) {
    throw conflict(`The idempotency key "${input.idempotencyKey ?? ""}" was already used for the event ${row.name} of another request. Use a new key for a new event.`);
  }
  return { event: toPartnerEvent(row), created: false };
}

/** An API token is an integration; a signed-in person raised it by hand. */
function sourceOf(caller: Caller): string {
  return caller.actor.kind === "staff" && caller.actor.scopes ? "api" : "manual";
}

export async function raiseEvent(ctx: AppContext, caller: Caller, input: RaiseEventInput): Promise<{ event: PartnerEvent; created: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, input.partnerId, "events.raise");
    const workspaceId = caller.workspace.id;
    if (input.idempotencyKey) {
      const earlier = await byKey(tx, workspaceId, input.idempotencyKey);
      if (earlier) return replayOf(earlier, input);
    }
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(partnerEvents)
      .values({ id: newId(), workspaceId, partnerId: partner.id, name: input.name, data: input.data ?? {}, source: sourceOf(caller), idempotencyKey: input.idempotencyKey ?? null, at })
      .onConflictDoNothing({ target: [partnerEvents.workspaceId, partnerEvents.idempotencyKey] })
      .returning();
    if (!row) {
      // A concurrent request with the same key committed first: answer its event.
      const winner = input.idempotencyKey ? await byKey(tx, workspaceId, input.idempotencyKey) : undefined;
      if (!winner) throw new Error("partner event insert returned nothing");
      return replayOf(winner, input);
    }
    // Milestones waiting for this event complete, and due dates counted from it appear.
    await onPartnerEvent(tx, ctx, { workspaceId, partnerId: partner.id, name: row.name, at, actorUserId: caller.actor.userId });
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "partner_event.raised", entityType: "partner", entityId: partner.id, after: { event: row.name, source: row.source, idempotencyKey: row.idempotencyKey } });
    await recordActivity(tx, ctx.clock, { workspaceId, partnerId: partner.id, actorUserId: caller.actor.userId, kind: "partner_event", summary: `Event ${row.name} raised`, data: { eventId: row.id, name: row.name }, visibility: "internal" });
    return { event: toPartnerEvent(row), created: true };
  });
}
