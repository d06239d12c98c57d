import { and, eq, isNull, sql } from "drizzle-orm";
import type { Timer } from "../../../domain/trust/side";
import type { DbOrTx } from "../../db/client";
import { relationshipTimers } from "../../db/schema";
import { newId } from "../../ids";

/*
 * Timers of the trust moments that are not journey steps (issue 6): a meeting's recap and an
 * escalation's resolution meeting. The domain plans them (domain/trust/recap.ts, escalation.ts);
 * this keeps them as rows that the sweep (jobs/sweep-relationship-timers.ts) fires once each.
 */

export const relationshipSubjects = ["meeting", "escalation"] as const;
export type RelationshipSubject = (typeof relationshipSubjects)[number];

export interface TimerSubject {
  workspaceId: string;
  partnerId: string;
  subjectType: RelationshipSubject;
  subjectId: string;
}

/** A due timer the sweep claimed, handed to the module that owns its subject. */
export interface ClaimedRelationshipTimer extends TimerSubject {
  id: string;
  kind: string;
  fireAt: Date;
}

/**
 * Replaces the unfired timers of a subject by `timers` (an empty plan only removes them). A kind
 * that has fired already is not planned again: (subject, kind) fires once, so moving a meeting
 * after its reminder went out does not remind twice.
 */
export async function replaceRelationshipTimers(tx: DbOrTx, subject: TimerSubject, timers: readonly Timer<string>[]): Promise<void> {
  await cancelRelationshipTimers(tx, subject);
  if (timers.length === 0) return;
  await tx
    .insert(relationshipTimers)
    .values(timers.map((timer) => ({ id: newId(), ...subject, kind: timer.kind, fireAt: timer.fireAt })))
    .onConflictDoNothing({ target: [relationshipTimers.subjectType, relationshipTimers.subjectId, relationshipTimers.kind] });
}

/** Removes the timers of a subject that have not fired (the recap went out, the escalation was resolved). */
export async function cancelRelationshipTimers(tx: DbOrTx, subject: Pick<TimerSubject, "subjectType" | "subjectId">): Promise<void> {
  await tx
    .delete(relationshipTimers)
    .where(and(eq(relationshipTimers.subjectType, subject.subjectType), eq(relationshipTimers.subjectId, subject.subjectId), isNull(relationshipTimers.firedAt)));
}

/** The pending timers of a subject, soonest first (for pages that show "reminder at …"). */
export async function pendingRelationshipTimers(db: DbOrTx, subject: Pick<TimerSubject, "subjectType" | "subjectId">) {
  return db
    .select({ kind: relationshipTimers.kind, fireAt: relationshipTimers.fireAt })
    .from(relationshipTimers)
    .where(and(eq(relationshipTimers.subjectType, subject.subjectType), eq(relationshipTimers.subjectId, subject.subjectId), isNull(relationshipTimers.firedAt)))
    .orderBy(sql`${relationshipTimers.fireAt}`);
}
