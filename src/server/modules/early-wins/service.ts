import { and, desc, eq, isNull } from "drizzle-orm";
import type { CreateEarlyWin, EarlyWin, EarlyWinList, UpdateEarlyWin } from "../../../domain/alignment/contracts";
import { earlyWinProblems } from "../../../domain/trust/early-win";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { earlyWins } from "../../db/schema";
import { badRequest, conflict, staleVersion } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { authorizePartner } from "../partners/access";
import { cancelCheckInsFrom } from "./check-ins";
import { announceLeads } from "./notices";
import { checkLeads, leadCandidates } from "./people";
import { earlyWinViews, loadEarlyWin } from "./view";
import { earlyWinWindow } from "./window";

/* Listing, agreeing and changing early wins (R-F4). Check-ins: ./check-ins.ts; completion: ./completion.ts. */

async function checkDeadline(db: DbOrTx, workspaceId: string, partnerId: string, agreedAt: Date, input: { title: string; hostLeadUserId: string; partnerLeadUserId: string; deadline: string; description: string }) {
  const window = await earlyWinWindow(db, workspaceId, partnerId, agreedAt);
  const problems = earlyWinProblems(input, window).map((problem) => ({ path: `body.${problem.path}`, message: problem.message }));
  if (problems.length > 0) throw badRequest(problems.map((problem) => problem.message).join("; "), problems);
}

export async function listEarlyWins(ctx: AppContext, caller: Caller, partnerId: string): Promise<EarlyWinList> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.read");
    const now = ctx.clock.now();
    const rows = await tx
      .select()
      .from(earlyWins)
      .where(and(eq(earlyWins.workspaceId, caller.workspace.id), eq(earlyWins.partnerId, partnerId), isNull(earlyWins.cancelledAt)))
      .orderBy(desc(earlyWins.agreedAt));
    const window = await earlyWinWindow(tx, caller.workspace.id, partnerId, now);
    return {
      items: await earlyWinViews(tx, rows, now),
      window: { startsAt: window.startedAt.toISOString(), latestDeadline: window.latestDeadline.toISOString(), timeZone: window.timeZone, countsFrom: window.countsFrom },
      leadCandidates: await leadCandidates(tx, caller, partnerId),
    };
  });
}

async function viewOf(tx: DbOrTx, caller: Caller, partnerId: string, earlyWinId: string, now: Date): Promise<EarlyWin> {
  const [view] = await earlyWinViews(tx, [await loadEarlyWin(tx, caller, partnerId, earlyWinId)], now);
  if (!view) throw new Error(`early win ${earlyWinId} vanished inside its own transaction`);
  return view;
}

export async function createEarlyWin(ctx: AppContext, caller: Caller, partnerId: string, input: CreateEarlyWin): Promise<EarlyWin> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.write");
    const now = ctx.clock.now();
    await checkLeads(tx, caller.workspace.id, partnerId, input);
    await checkDeadline(tx, caller.workspace.id, partnerId, now, input);
    const id = newId();
    const row = {
      id,
      workspaceId: caller.workspace.id,
      partnerId,
      title: input.title,
      description: input.description,
      successMeasure: input.successMeasure,
      hostLeadUserId: input.hostLeadUserId,
      partnerLeadUserId: input.partnerLeadUserId,
      agreedAt: now,
      deadline: new Date(input.deadline),
      createdBy: caller.actor.userId,
    };
    await tx.insert(earlyWins).values(row);
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "early_win.created", entityType: "early_win", entityId: id, after: { ...row, deadline: input.deadline } });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "early_win.created",
      summary: `${caller.name} agreed the early win "${input.title}", due ${input.deadline.slice(0, 10)}`,
      data: { earlyWinId: id },
      visibility: "shared",
    });
    await announceLeads(tx, ctx, caller, { id, partnerId, title: input.title, deadline: new Date(input.deadline), leads: [input.hostLeadUserId, input.partnerLeadUserId] });
    return viewOf(tx, caller, partnerId, id, now);
  });
}

export async function updateEarlyWin(ctx: AppContext, caller: Caller, partnerId: string, earlyWinId: string, input: UpdateEarlyWin): Promise<EarlyWin> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.write");
    const current = await loadEarlyWin(tx, caller, partnerId, earlyWinId, true);
    const { version, ...changes } = input;
    if (current.version !== version) throw staleVersion("This early win");
    if (current.completedAt) throw conflict("This early win is done; only its case study can still change.");
    const now = ctx.clock.now();
    await checkLeads(tx, caller.workspace.id, partnerId, changes);
    const next = {
      title: changes.title ?? current.title,
      description: changes.description ?? current.description,
      successMeasure: changes.successMeasure ?? current.successMeasure,
      hostLeadUserId: changes.hostLeadUserId ?? current.hostLeadUserId,
      partnerLeadUserId: changes.partnerLeadUserId ?? current.partnerLeadUserId,
      deadline: changes.deadline ? new Date(changes.deadline) : current.deadline,
    };
    if (changes.deadline) await checkDeadline(tx, caller.workspace.id, partnerId, current.agreedAt, { ...next, deadline: changes.deadline });
    await tx
      .update(earlyWins)
      .set({ ...next, version: current.version + 1 })
      .where(eq(earlyWins.id, current.id));
    // A check-in on or after a moved-in deadline would discuss work that is already due.
    if (next.deadline.getTime() < current.deadline.getTime()) await cancelCheckInsFrom(tx, current, next.deadline, now);
    const previous = { title: current.title, description: current.description, successMeasure: current.successMeasure, hostLeadUserId: current.hostLeadUserId, partnerLeadUserId: current.partnerLeadUserId, deadline: current.deadline.toISOString() };
    const before = Object.fromEntries(Object.entries(previous).filter(([key]) => key in changes));
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "early_win.updated", entityType: "early_win", entityId: current.id, before, after: changes });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "early_win.updated",
      summary: `${caller.name} changed the early win "${next.title}": ${Object.keys(changes).join(", ")}`,
      data: { earlyWinId: current.id },
      visibility: "shared",
    });
    const newLeads = [changes.hostLeadUserId, changes.partnerLeadUserId].filter((id): id is string => id !== undefined && id !== current.hostLeadUserId && id !== current.partnerLeadUserId);
    await announceLeads(tx, ctx, caller, { id: current.id, partnerId, title: next.title, deadline: next.deadline, leads: newLeads });
    return viewOf(tx, caller, partnerId, current.id, now);
  });
}
