import { eq } from "drizzle-orm";
import type { CompleteEarlyWin, EarlyWin, UpdateCaseStudy } from "../../../domain/alignment/contracts";
import { defaultCaseStudyTemplate, draftCaseStudy } from "../../../domain/trust/case-study";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { earlyWins, partners, user } from "../../db/schema";
import { conflict, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { authorizePartner } from "../partners/access";
import { cancelCheckInsFrom } from "./check-ins";
import { announceCompletion } from "./notices";
import { hostTeamOf, partnerUsersOf } from "./people";
import { earlyWinViews, loadEarlyWin } from "./view";
import { earlyWinWindow } from "./window";

/*
 * Finishing an early win (R-F4): the outcome is recorded, both teams hear of it (bell and email),
 * the check-ins still ahead are cancelled, and a case study is drafted from the template for the
 * leads to refine and download as Markdown.
 */

async function nameOf(tx: DbOrTx, userId: string): Promise<string> {
  const [row] = await tx.select({ name: user.name }).from(user).where(eq(user.id, userId));
  return row?.name ?? "";
}

export async function completeEarlyWin(ctx: AppContext, caller: Caller, partnerId: string, earlyWinId: string, input: CompleteEarlyWin): Promise<EarlyWin> {
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, partnerId, "relationship.write");
    const win = await loadEarlyWin(tx, caller, partnerId, earlyWinId, true);
    if (win.version !== input.version) throw staleVersion("This early win");
    if (win.completedAt) throw conflict("This early win is already done.");
    const now = ctx.clock.now();
    const window = await earlyWinWindow(tx, caller.workspace.id, partnerId, win.agreedAt);
    const [zone] = await tx.select({ timeZone: partners.timeZone }).from(partners).where(eq(partners.id, partnerId));
    const draft = draftCaseStudy(defaultCaseStudyTemplate, {
      projectTitle: win.title,
      description: win.description,
      hostName: caller.workspace.name,
      partnerName: partner.name,
      hostLead: await nameOf(tx, win.hostLeadUserId),
      partnerLead: await nameOf(tx, win.partnerLeadUserId),
      journeyStartedAt: window.startedAt,
      completedAt: now,
      timeZone: zone?.timeZone ?? "UTC",
      outcome: input.outcome,
      lessons: input.lessons,
    });
    // A case study someone already started writing is theirs; the draft only fills an empty one.
    const caseStudy = win.caseStudy.trim() === "" ? draft.markdown : win.caseStudy;
    await tx
      .update(earlyWins)
      .set({ completedAt: now, outcome: input.outcome, announcedAt: now, caseStudy, version: win.version + 1 })
      .where(eq(earlyWins.id, win.id));
    await cancelCheckInsFrom(tx, win, now, now);
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "early_win.completed", entityType: "early_win", entityId: win.id, after: { outcome: input.outcome } });
    await recordActivity(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      partnerId,
      actorUserId: caller.actor.userId,
      kind: "early_win.completed",
      summary: `${caller.name} marked the early win "${win.title}" done: ${input.outcome}`,
      data: { earlyWinId: win.id },
      visibility: "shared",
    });
    const everyone = [...(await hostTeamOf(tx, caller.workspace.id, partnerId)), ...(await partnerUsersOf(tx, caller.workspace.id, partnerId))];
    await announceCompletion(tx, ctx, caller, { id: win.id, partnerId, title: win.title, outcome: input.outcome, everyone });
    const [view] = await earlyWinViews(tx, [{ ...win, completedAt: now, outcome: input.outcome, announcedAt: now, caseStudy, version: win.version + 1 }], now);
    if (!view) throw new Error("an early win view of one row is one view");
    return view;
  });
}

export async function updateCaseStudy(ctx: AppContext, caller: Caller, partnerId: string, earlyWinId: string, input: UpdateCaseStudy): Promise<EarlyWin> {
  return ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "relationship.write");
    const win = await loadEarlyWin(tx, caller, partnerId, earlyWinId, true);
    if (win.version !== input.version) throw staleVersion("This case study");
    if (win.caseStudy !== input.caseStudy) {
      await tx
        .update(earlyWins)
        .set({ caseStudy: input.caseStudy, version: win.version + 1 })
        .where(eq(earlyWins.id, win.id));
      await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "early_win.case_study_edited", entityType: "early_win", entityId: win.id, before: { caseStudy: win.caseStudy }, after: { caseStudy: input.caseStudy } });
    }
    const changed = win.caseStudy !== input.caseStudy;
    const [view] = await earlyWinViews(tx, [changed ? { ...win, caseStudy: input.caseStudy, version: win.version + 1 } : win], ctx.clock.now());
    if (!view) throw new Error("an early win view of one row is one view");
    return view;
  });
}

/** The case study as a Markdown file named after the early win. */
export async function caseStudyFile(ctx: AppContext, caller: Caller, partnerId: string, earlyWinId: string): Promise<{ fileName: string; body: string }> {
  await authorizePartner(ctx.db, caller, partnerId, "relationship.read");
  const win = await loadEarlyWin(ctx.db, caller, partnerId, earlyWinId);
  if (win.caseStudy.trim() === "") throw conflict("This early win has no case study yet: it is drafted when the early win is marked done.");
  const slug = win.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "early-win";
  return { fileName: `case-study-${slug}.md`, body: win.caseStudy };
}
