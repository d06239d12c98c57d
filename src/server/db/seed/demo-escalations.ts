import { eq } from "drizzle-orm";
import { previousQuarter, quarterOf } from "../../../domain/reviews/quarter";
import type { AppContext } from "../../context";
import { escalations, quarterlyReviews } from "../schema";
import { newId } from "../../ids";
import { markEscalationMeetingHeld } from "../../modules/escalations/meeting-held";
import { givePerspective, raiseEscalation, resolve, scheduleResolutionMeeting } from "../../modules/escalations/service";
import { rateQuarter } from "../../modules/reviews/service";
import { partnerTimeZone } from "../../modules/reviews/read";
import type { Caller } from "../../plugins/route-kit";
import { partnerCaller, partnerNamed } from "./demo-people";

/*
 * Demo trust moments 3 and 4 (R-F5, R-F6), written through the services: at Brightpath a
 * misunderstanding raised by Priya, answered, met about and resolved (so the lessons log has a
 * line) and a fresh one waiting for its meeting; at Harborstone three quarters of reviews in which
 * Sven's trust falls by two this quarter, which opens an investigation. Skipped when the
 * workspace already has escalations.
 */

const HOUR_MS = 3_600_000;

async function brightpathEscalations(ctx: AppContext, owner: Caller, partnerId: string): Promise<void> {
  const priya = await partnerCaller(ctx, owner, "priya@brightpath.example", partnerId);
  if (!priya) return;
  const sandbox = await raiseEscalation(ctx, priya, partnerId, {
    summary: "Sandbox credentials arrived a week late",
    perspective: "We planned our first training around the sandbox and had to cancel it twice. Nobody told us it was delayed until we asked.",
  });
  const answered = await givePerspective(ctx, owner, { partnerId, escalationId: sandbox.id }, {
    version: sandbox.version,
    perspective: "Provisioning waited on a security review we had not mentioned; we assumed the portal status was enough.",
  });
  // The call took place by phone the same day, outside the app's meetings.
  await ctx.db.transaction((tx) => markEscalationMeetingHeld(tx, sandbox.id, ctx.clock.now()));
  await resolve(ctx, priya, { partnerId, escalationId: sandbox.id }, {
    version: answered.version,
    agreedAction: "Access requests get an owner and a date on the journey, and a message the day a date slips.",
    lessonLearned: "A status in a portal is not a conversation: say it the day a date moves.",
  });

  const leads = await raiseEscalation(ctx, priya, partnerId, {
    summary: "Lead routing sends us deals outside our region",
    perspective: "Three of the last five leads were in the Nordics, where we have no team. We lose time returning them.",
  });
  await scheduleResolutionMeeting(ctx, owner, { partnerId, escalationId: leads.id }, { startsAt: new Date(ctx.clock.now().getTime() + 20 * HOUR_MS).toISOString(), durationMinutes: 30, location: "Video call" });
}

/** Past quarters cannot be rated through the service (only the current one is open), so their history is written as rows. */
async function harborstoneReviews(ctx: AppContext, owner: Caller, partnerId: string): Promise<void> {
  const sven = await partnerCaller(ctx, owner, "sven@harborstone.example", partnerId);
  if (!sven) return;
  const now = ctx.clock.now();
  const current = quarterOf(now, await partnerTimeZone(ctx.db, owner.workspace.id, partnerId));
  const last = previousQuarter(current);
  const before = previousQuarter(last);
  const history = [
    { quarter: before, side: "host" as const, trust: 7, satisfaction: 7, comment: "Good start; volumes still low.", ratedBy: owner.actor.userId },
    { quarter: before, side: "partner" as const, trust: 7, satisfaction: 8, comment: "Onboarding was clear and quick.", ratedBy: sven.actor.userId },
    { quarter: last, side: "host" as const, trust: 8, satisfaction: 8, comment: "Tickets closed within the SLA all quarter.", ratedBy: owner.actor.userId },
    { quarter: last, side: "partner" as const, trust: 8, satisfaction: 8, comment: "Escalations answered the same day.", ratedBy: sven.actor.userId },
  ];
  await ctx.db.insert(quarterlyReviews).values(history.map((row, index) => ({ id: newId(), workspaceId: owner.workspace.id, partnerId, ...row, ratedAt: new Date(now.getTime() - (history.length - index) * 30 * 24 * HOUR_MS) })));
  await rateQuarter(ctx, owner, partnerId, current, { trust: 8, satisfaction: 7, comment: "Solid delivery; the new ticket tool slowed us down." });
  await rateQuarter(ctx, sven, partnerId, current, { trust: 6, satisfaction: 7, comment: "Two roadmap changes reached us through customers first." });
}

export async function loadDemoEscalations(ctx: AppContext, owner: Caller): Promise<void> {
  const workspaceId = owner.workspace.id;
  const [already] = await ctx.db.select({ id: escalations.id }).from(escalations).where(eq(escalations.workspaceId, workspaceId)).limit(1);
  if (already) return;
  const brightpath = await partnerNamed(ctx, workspaceId, "Brightpath Consulting");
  const harborstone = await partnerNamed(ctx, workspaceId, "Harborstone Services");
  if (brightpath) await brightpathEscalations(ctx, owner, brightpath);
  if (harborstone) await harborstoneReviews(ctx, owner, harborstone);
}
