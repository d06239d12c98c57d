import { and, asc, eq } from "drizzle-orm";
import type { PreferencesView } from "../../../domain/alignment/contracts";
import { summarizePreferences } from "../../../domain/alignment/preferences-summary";
import { PreferencesSurvey } from "../../../domain/trust/alignment";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { partnerPreferences, user } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { authorizePartner } from "../partners/access";
import { sideOf } from "./side";

/*
 * The preferences survey (R-F3): each person of either side keeps one set of answers per partner.
 * Everyone who may read the relationship sees every answer with its name and side, and the summary
 * that meetings are planned from.
 */

async function preferencesView(db: DbOrTx, caller: Caller, partnerId: string, now: Date): Promise<PreferencesView> {
  const rows = await db
    .select({ userId: partnerPreferences.userId, name: user.name, side: partnerPreferences.side, answers: partnerPreferences.answers, answeredAt: partnerPreferences.answeredAt })
    .from(partnerPreferences)
    .innerJoin(user, eq(user.id, partnerPreferences.userId))
    .where(and(eq(partnerPreferences.workspaceId, caller.workspace.id), eq(partnerPreferences.partnerId, partnerId)))
    .orderBy(asc(partnerPreferences.side), asc(user.name));
  // Rows were validated when written; parsing again keeps the jsonb typed without a cast.
  const answers = rows.map((row) => ({ person: { userId: row.userId, name: row.name }, side: row.side, answers: PreferencesSurvey.parse(row.answers), answeredAt: row.answeredAt.toISOString() }));
  return {
    answers,
    mine: answers.find((answer) => answer.person.userId === caller.actor.userId)?.answers ?? null,
    summary: summarizePreferences(answers, now),
  };
}

export async function readPreferences(ctx: AppContext, caller: Caller, partnerId: string): Promise<PreferencesView> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.read");
    return preferencesView(tx, caller, partnerId, ctx.clock.now());
  });
}

export async function answerPreferences(ctx: AppContext, caller: Caller, partnerId: string, answers: PreferencesSurvey): Promise<PreferencesView> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.write");
    const now = ctx.clock.now();
    const side = sideOf(caller);
    const [before] = await tx
      .select({ answers: partnerPreferences.answers })
      .from(partnerPreferences)
      .where(and(eq(partnerPreferences.partnerId, partnerId), eq(partnerPreferences.userId, caller.actor.userId)));
    await tx
      .insert(partnerPreferences)
      .values({ workspaceId: caller.workspace.id, partnerId, userId: caller.actor.userId, side, answers, answeredAt: now })
      .onConflictDoUpdate({ target: [partnerPreferences.partnerId, partnerPreferences.userId], set: { answers, side, answeredAt: now } });
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: before ? "preferences.updated" : "preferences.answered",
      entityType: "partner",
      entityId: partnerId,
      before: before ? { answers: before.answers } : null,
      after: { side, answers },
    });
    if (!before) {
      await recordActivity(tx, ctx.clock, {
        workspaceId: caller.workspace.id,
        partnerId,
        actorUserId: caller.actor.userId,
        kind: "preferences.answered",
        summary: `${caller.name} (${side} side) answered the preferences survey`,
        visibility: "shared",
      });
    }
    return preferencesView(tx, caller, partnerId, now);
  });
}
