import { and, asc, eq, inArray } from "drizzle-orm";
import { InterviewCriterion, type InterviewKitStage } from "../../../domain/interviews/kit";
import { KitStages, type CandidateView, type Interview, type MyInterview, type ScorecardStatus } from "../../../domain/interviews/contracts";
import { can } from "../../../domain/access/policy";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { interviewKits, interviewPanel, interviews, partnerTypes, partners, scorecards, user } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { authorizeCandidate, authorizeInterview, type InterviewRow } from "./access";
import { candidateApplication } from "./application";

const Criteria = InterviewCriterion.array();

function statusOf(card: { submittedAt: Date | null } | undefined): ScorecardStatus {
  if (!card) return "not_started";
  return card.submittedAt ? "submitted" : "draft";
}

/** Interviews as the API shows them: partner, kit, panel with each member's scorecard status. */
export async function interviewViews(db: DbOrTx, rows: readonly InterviewRow[]): Promise<Interview[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [partnerRows, kitRows, panelRows, cardRows] = await Promise.all([
    db.select({ id: partners.id, name: partners.name, timeZone: partners.timeZone }).from(partners).where(inArray(partners.id, [...new Set(rows.map((row) => row.partnerId))])),
    db.select({ id: interviewKits.id, name: interviewKits.name, stages: interviewKits.stages }).from(interviewKits).where(inArray(interviewKits.id, [...new Set(rows.map((row) => row.kitId))])),
    db
      .select({ interviewId: interviewPanel.interviewId, userId: user.id, name: user.name, email: user.email })
      .from(interviewPanel)
      .innerJoin(user, eq(user.id, interviewPanel.userId))
      .where(inArray(interviewPanel.interviewId, ids))
      .orderBy(asc(interviewPanel.assignedAt), asc(user.name)),
    db.select({ interviewId: scorecards.interviewId, userId: scorecards.interviewerUserId, submittedAt: scorecards.submittedAt }).from(scorecards).where(inArray(scorecards.interviewId, ids)),
  ]);
  const partnerById = new Map(partnerRows.map((row) => [row.id, row]));
  const kitById = new Map(kitRows.map((row) => [row.id, { name: row.name, stages: KitStages.safeParse(row.stages).data ?? [] }]));
  return rows.map((row) => {
    const kit = kitById.get(row.kitId);
    const stage: InterviewKitStage | undefined = kit?.stages.find((candidate) => candidate.key === row.stageKey);
    return {
      id: row.id,
      partner: partnerById.get(row.partnerId) ?? { id: row.partnerId, name: "", timeZone: "UTC" },
      kitId: row.kitId,
      kitName: kit?.name ?? "",
      stageKey: row.stageKey,
      stageName: row.stageName,
      purpose: stage?.purpose ?? "",
      certifiedOnly: row.certifiedOnly,
      criteria: Criteria.parse(row.criteria),
      startsAt: row.startsAt.toISOString(),
      durationMinutes: row.durationMinutes,
      location: row.location,
      status: row.status,
      panel: panelRows
        .filter((member) => member.interviewId === row.id)
        .map((member) => {
          const card = cardRows.find((candidate) => candidate.interviewId === row.id && candidate.userId === member.userId);
          return { userId: member.userId, name: member.name, email: member.email, scorecard: statusOf(card), submittedAt: card?.submittedAt?.toISOString() ?? null };
        }),
      version: row.version,
    };
  });
}

export async function getInterview(ctx: AppContext, caller: Caller, partnerId: string, interviewId: string): Promise<Interview> {
  const { interview } = await authorizeInterview(ctx.db, caller, partnerId, interviewId, "interview.read");
  const [view] = await interviewViews(ctx.db, [interview]);
  if (!view) throw new Error(`interview ${interviewId} has no view`);
  return view;
}

/** Staff readers see every interview of the candidate; an interviewer only those they sit on. */
export async function interviewsOfPartner(ctx: AppContext, caller: Caller, partnerId: string): Promise<{ items: Interview[] }> {
  await authorizeCandidate(ctx.db, caller, partnerId);
  const reader = can(caller.actor, "interview.read", { interview: { panelUserIds: [] } }) === "allow";
  const rows = reader
    ? await ctx.db.select().from(interviews).where(and(eq(interviews.partnerId, partnerId), eq(interviews.workspaceId, caller.workspace.id))).orderBy(asc(interviews.startsAt))
    : (
        await ctx.db
          .select({ interview: interviews })
          .from(interviews)
          .innerJoin(interviewPanel, and(eq(interviewPanel.interviewId, interviews.id), eq(interviewPanel.userId, caller.actor.userId)))
          .where(and(eq(interviews.partnerId, partnerId), eq(interviews.workspaceId, caller.workspace.id)))
          .orderBy(asc(interviews.startsAt))
      ).map((row) => row.interview);
  return { items: await interviewViews(ctx.db, rows) };
}

/** The caller's own interviews: upcoming ones first (soonest first), then the rest (latest first). */
export async function myInterviews(ctx: AppContext, caller: Caller): Promise<{ items: MyInterview[] }> {
  const rows = await ctx.db
    .select({ interview: interviews, partnerName: partners.name, timeZone: partners.timeZone, submittedAt: scorecards.submittedAt, cardId: scorecards.id })
    .from(interviewPanel)
    .innerJoin(interviews, eq(interviews.id, interviewPanel.interviewId))
    .innerJoin(partners, eq(partners.id, interviews.partnerId))
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.interviewerUserId, interviewPanel.userId)))
    .where(and(eq(interviewPanel.workspaceId, caller.workspace.id), eq(interviewPanel.userId, caller.actor.userId)));
  const now = ctx.clock.now().getTime();
  const items = rows.map(({ interview, partnerName, timeZone, submittedAt, cardId }) => ({
    id: interview.id,
    partner: { id: interview.partnerId, name: partnerName, timeZone },
    stageName: interview.stageName,
    startsAt: interview.startsAt.toISOString(),
    durationMinutes: interview.durationMinutes,
    location: interview.location,
    status: interview.status,
    upcoming: interview.status === "scheduled" && interview.startsAt.getTime() + interview.durationMinutes * 60_000 >= now,
    myScorecard: statusOf(cardId ? { submittedAt } : undefined),
  }));
  const upcoming = items.filter((item) => item.upcoming).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const rest = items.filter((item) => !item.upcoming).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { items: [...upcoming, ...rest] };
}

/** What an interviewer needs to prepare: the partner's basics and what it wrote when it applied. */
export async function candidateView(ctx: AppContext, caller: Caller, partnerId: string): Promise<CandidateView> {
  await authorizeCandidate(ctx.db, caller, partnerId);
  const [row] = await ctx.db
    .select({ partner: partners, typeName: partnerTypes.name })
    .from(partners)
    .innerJoin(partnerTypes, eq(partnerTypes.id, partners.typeId))
    .where(eq(partners.id, partnerId));
  if (!row) throw new Error(`partner ${partnerId} vanished`);
  const { partner } = row;
  return {
    partner: { id: partner.id, name: partner.name, type: row.typeName, stage: partner.stage, country: partner.country, timeZone: partner.timeZone, website: partner.website, contactName: partner.contactName },
    application: await candidateApplication(ctx.db, caller.workspace.id, partnerId),
  };
}
