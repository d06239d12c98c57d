import { and, asc, eq, inArray } from "drizzle-orm";
import { defaultKitStages } from "../../../domain/interviews/default-kit";
import type { InterviewKitStage } from "../../../domain/interviews/kit";
import { insertHeldInterviews, scoresFor, type HeldInterview, type PanelSeat } from "../../../../tests/factories/calibration-rows";
import { seededRandom, type SeededRandom } from "../../../../tests/factories/random";
import type { AppContext } from "../../context";
import { partners, staffCertifications } from "../schema";
import { certify } from "../../modules/calibration/certifications";
import { addCalibrationNote } from "../../modules/calibration/notes";
import { builtInKitId, ensureDefaultKit } from "../../modules/interviews/kits";
import type { Caller } from "../../plugins/route-kit";

/** The demo's staff by the keys of `demoAccounts` in demo.ts. */
export interface DemoStaffIds {
  admin?: string | undefined;
  manager?: string | undefined;
  manager2?: string | undefined;
  interviewer?: string | undefined;
}

const dayMs = 86_400_000;
/** Partners being vetted, and those just past it (contracting), who were interviewed too. */
const vettingStages = ["screening", "interviewing", "decision", "contracting"] as const;

/**
 * Interviews on the built-in kit for the partners being vetted, with submitted scorecards in
 * which Marco scores about a point above the rest of his panels (so Calibration has something to
 * show), three certified culture interviewers (Ines, Maya, Adam) and one retro note. Written in bulk: the first
 * start has a time budget. Skipped when the workspace already has certifications.
 */
export async function loadDemoRecruiting(ctx: AppContext, owner: Caller, staff: DemoStaffIds): Promise<void> {
  const workspaceId = owner.workspace.id;
  const [already] = await ctx.db.select({ userId: staffCertifications.userId }).from(staffCertifications).where(eq(staffCertifications.workspaceId, workspaceId)).limit(1);
  const { admin, manager, manager2, interviewer } = staff;
  if (already || !admin || !manager || !manager2 || !interviewer) return;
  await certify(ctx, owner, interviewer, { note: "Ran culture interviews at her previous company; observed two of ours." });
  await certify(ctx, owner, manager, { note: "Certified after the first calibration round." });
  await certify(ctx, owner, admin, { note: "Shadowed three culture interviews before leading one." });
  await ensureDefaultKit(ctx.db, ctx.clock, workspaceId);

  const candidates = await ctx.db
    .select({ id: partners.id, stage: partners.stage })
    .from(partners)
    .where(and(eq(partners.workspaceId, workspaceId), inArray(partners.stage, [...vettingStages])))
    .orderBy(asc(partners.name));
  const random = seededRandom(5150);
  const people = { functional: [admin, manager, interviewer], culture: [interviewer, manager, admin], biased: manager2 };
  const planned = candidates.flatMap((partner, index) => interviewsFor(random, partner, index, people, ctx.clock.now()));
  await insertHeldInterviews(ctx.db, { workspaceId, kitId: builtInKitId(workspaceId), createdBy: owner.actor.userId, now: ctx.clock.now(), interviews: planned });

  const today = ctx.clock.now().toISOString().slice(0, 10);
  const from = new Date(ctx.clock.now().getTime() - 60 * dayMs).toISOString().slice(0, 10);
  await addCalibrationNote(ctx, owner, {
    scope: { kitId: builtInKitId(workspaceId), stageKey: "functional_fit", from, to: today },
    body: "Retro after this round of functional interviews: Marco's capability scores run about a point above the rest of his panels. Agreed to re-read the guidance for a 3 and a 5 together, and to quote one piece of evidence per score.",
  });
}

interface Panels {
  functional: string[];
  culture: string[];
  biased: string;
}

/**
 * Screening: a functional interview coming up. Interviewing: functional held, culture coming up
 * (or held, for every other one). Decision and contracting: both held.
 */
function interviewsFor(random: SeededRandom, partner: { id: string; stage: string }, index: number, people: Panels, now: Date): HeldInterview[] {
  const [functional, culture] = defaultKitStages as [InterviewKitStage, InterviewKitStage];
  const daysAgo = (days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days, 9 + (index % 6)));
  const level = (stage: InterviewKitStage) => Object.fromEntries(stage.criteria.map((criterion) => [criterion.key, random.int(2, 4)]));
  if (partner.stage === "screening") {
    return [{ partnerId: partner.id, stage: functional, startsAt: daysAgo(-random.int(2, 9)), status: "scheduled", panel: [{ userId: people.biased }, { userId: random.pick(people.functional) }] }];
  }
  // Marco sits on every third functional panel, with two colleagues: in a panel of two, his
  // partner would look as low as he looks high (each is compared with the other).
  const functionalPanel = index % 3 === 0 ? [people.biased, ...choose(random, people.functional, 2)] : choose(random, people.functional, random.int(2, 3));
  const held: HeldInterview[] = [{ partnerId: partner.id, stage: functional, startsAt: daysAgo(random.int(20, 45)), panel: seat(random, functional, functionalPanel, level(functional), people.biased) }];
  const cultureHeld = partner.stage !== "interviewing" || index % 2 === 0;
  const culturePanel = choose(random, people.culture, random.int(2, 3));
  held.push(
    cultureHeld
      ? { partnerId: partner.id, stage: culture, startsAt: daysAgo(random.int(3, 18)), panel: seat(random, culture, culturePanel, level(culture), null) }
      : { partnerId: partner.id, stage: culture, startsAt: daysAgo(-random.int(1, 7)), status: "scheduled", panel: culturePanel.map((userId) => ({ userId })) },
  );
  return held;
}

/** Everyone scores the candidate's level give or take a point; the biased interviewer a point above. */
function seat(random: SeededRandom, stage: InterviewKitStage, userIds: string[], level: Record<string, number>, biased: string | null): PanelSeat[] {
  return userIds.map((userId) => ({ userId, ...scoresFor(random, stage, level, userId === biased ? 1 : 0) }));
}

function choose(random: SeededRandom, from: readonly string[], count: number): string[] {
  const pool = [...from];
  const chosen: string[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(random.int(0, pool.length - 1), 1));
  return chosen;
}
