import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import type { Caller } from "../../plugins/route-kit";
import { notify } from "../notifications/service";
import { audiencesOf, relationshipLink } from "../relationship-timers/recipients";

/*
 * Who hears of an early win: its leads when they are named (not the person who named them), and
 * both whole teams when it is done (the host team of the partner with its owner, and every active
 * partner user). Each person gets the link of their own half of the app, bell and email.
 */

interface Subject {
  id: string;
  partnerId: string;
  title: string;
}

async function notifyBySide(tx: Tx, ctx: AppContext, caller: Caller, subject: Subject, userIds: readonly string[], message: { kind: string; title: string; body: string; dedupeKey: string }) {
  const audiences = await audiencesOf(tx, { workspaceId: caller.workspace.id, partnerId: subject.partnerId }, userIds);
  for (const audience of ["staff", "partner"] as const) {
    await notify(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      userIds: userIds.filter((userId) => audiences.get(userId) === audience),
      ...message,
      link: relationshipLink(caller.workspace.slug, subject.partnerId, audience, `early-win-${subject.id}`),
      partnerId: subject.partnerId,
      email: true,
      publicUrl: ctx.config.publicUrl,
    });
  }
}

export async function announceLeads(tx: Tx, ctx: AppContext, caller: Caller, subject: Subject & { deadline: Date; leads: readonly string[] }) {
  const leads = subject.leads.filter((userId) => userId !== caller.actor.userId);
  await notifyBySide(tx, ctx, caller, subject, leads, {
    kind: "early_win.lead",
    title: `You lead the early win "${subject.title}"`,
    body: `${caller.name} named you a lead of the early win "${subject.title}", due ${subject.deadline.toISOString().slice(0, 10)}. Plan the first check-in with the other lead.`,
    dedupeKey: `early-win:${subject.id}:lead`,
  });
}

export async function announceCompletion(tx: Tx, ctx: AppContext, caller: Caller, subject: Subject & { outcome: string; everyone: readonly string[] }) {
  await notifyBySide(tx, ctx, caller, subject, subject.everyone, {
    kind: "early_win.completed",
    title: `Early win done: ${subject.title}`,
    body: `${caller.name} marked the early win "${subject.title}" done. ${subject.outcome}`,
    dedupeKey: `early-win:${subject.id}:completed`,
  });
}
