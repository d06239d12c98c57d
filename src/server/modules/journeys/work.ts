import { aliasedTable, and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Assignee, MyWork, WhatsNext, WorkItem } from "../../../domain/journeys/contracts";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { journeySteps, journeys, partnerMembers, partners, partnerTeam, staffMemberships, user } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";
import { deriveMany } from "./lean";
import { loadJourney } from "./load";
import { deriveOf, figuresFor, visibleSteps } from "./view";

const owner = aliasedTable(user, "work_owner");
const soonMs = 7 * 24 * 3_600_000;
const listLimit = 200;

/** Open steps of running journeys, with what a list shows, in due order (undated last). */
function openSteps(db: DbOrTx, where: ReturnType<typeof and>) {
  return db
    .select({ step: journeySteps, partnerName: partners.name, ownerName: owner.name, ownerEmail: owner.email })
    .from(journeySteps)
    .innerJoin(journeys, eq(journeys.id, journeySteps.journeyId))
    .innerJoin(partners, eq(partners.id, journeySteps.partnerId))
    .leftJoin(owner, eq(owner.id, journeySteps.ownerUserId))
    .where(and(eq(journeySteps.status, "open"), isNull(journeys.cancelledAt), where))
    .orderBy(sql`${journeySteps.dueAt} asc nulls last`, asc(journeySteps.position))
    .limit(listLimit);
}

type OpenRow = Awaited<ReturnType<typeof openSteps>>[number];

async function toItems(db: DbOrTx, rows: readonly OpenRow[], now: Date): Promise<WorkItem[]> {
  return itemsOf(rows, await deriveMany(db, rows.map((row) => row.step.journeyId), now));
}

function itemsOf(rows: readonly OpenRow[], derived: Awaited<ReturnType<typeof deriveMany>>): WorkItem[] {
  return rows.map(({ step, partnerName, ownerName, ownerEmail }) => {
    const state = derived.get(step.journeyId)?.steps.find((s) => s.key === step.key);
    return {
      stepId: step.id,
      journeyId: step.journeyId,
      partnerId: step.partnerId,
      partnerName,
      title: step.title,
      kind: step.kind,
      state: state?.state ?? "ready",
      dueAt: step.dueAt?.toISOString() ?? null,
      late: state?.late ?? false,
      owner: step.ownerUserId && ownerName !== null && ownerEmail !== null ? { userId: step.ownerUserId, name: ownerName, email: ownerEmail } : null,
      version: step.version,
    };
  });
}

/**
 * "My work" across all partners: my open steps by urgency, and the approval gates that wait for
 * someone in my role on partners I look after. Steps of phases not open yet are left out: they
 * are not work yet.
 */
export async function myWork(ctx: AppContext, caller: Caller): Promise<MyWork> {
  const now = ctx.clock.now();
  const workspaceId = caller.workspace.id;
  const me = caller.actor.userId;
  const mine = (await toItems(ctx.db, await openSteps(ctx.db, and(eq(journeySteps.workspaceId, workspaceId), eq(journeySteps.ownerUserId, me))), now)).filter((item) => item.state !== "locked");
  const role = caller.actor.kind === "staff" ? caller.actor.role : null;
  const isAdmin = role === "owner" || role === "admin";
  const lookedAfter = or(eq(partners.ownerUserId, me), sql`exists (select 1 from ${partnerTeam} where ${partnerTeam.partnerId} = ${partners.id} and ${partnerTeam.userId} = ${me})`);
  const approverRoles = [...(isAdmin ? ["host:admin", "host:manager"] : ["host:manager"]), ...(role === "owner" ? ["host:owner"] : [])];
  const gates = role === null || role === "viewer" || role === "interviewer" ? [] : await toItems(
    ctx.db,
    await openSteps(
      ctx.db,
      and(
        eq(journeySteps.workspaceId, workspaceId),
        eq(journeySteps.kind, "approval_gate"),
        or(isNull(journeySteps.ownerUserId), sql`${journeySteps.ownerUserId} <> ${me}`),
        inArray(sql<string>`${journeySteps.definition}->>'approver'`, approverRoles),
        isAdmin ? undefined : lookedAfter,
      ),
    ),
    now,
  );
  const soon = now.getTime() + soonMs;
  return {
    late: mine.filter((item) => item.late),
    dueSoon: mine.filter((item) => !item.late && item.dueAt !== null && Date.parse(item.dueAt) <= soon),
    waiting: gates.filter((item) => item.state === "ready"),
    later: mine.filter((item) => !item.late && (item.dueAt === null || Date.parse(item.dueAt) > soon)),
  };
}

/**
 * The portal's front page (R-G1, R-D3 "what's next for each side"): the steps of the running
 * journey that are ready now, the caller's side first, soonest due first. One query reads the
 * whole journey (its steps with owners and its phases); the rest is derived in memory, because
 * this is the page every partner user opens first.
 */
export async function whatsNext(ctx: AppContext, caller: Caller, partnerId: string): Promise<WhatsNext> {
  await authorizePartner(ctx.db, caller, partnerId, "journey.read");
  const now = ctx.clock.now();
  const partnerSide = caller.actor.kind === "partner";
  const journeyId = await runningJourneyOf(ctx.db, caller.workspace.id, partnerId);
  if (!journeyId) return { journeyId: null, progress: null, mine: [], theirs: [] };
  const loaded = await loadJourney(ctx.db, caller.workspace.id, journeyId);
  const whole = deriveOf(loaded, loaded.steps, now);
  const figures = figuresFor(caller, loaded, whole, now);
  const stateOf = new Map(whole.steps.map((step) => [step.key, step]));
  const ready = visibleSteps(caller, loaded.steps)
    .filter(({ step }) => stateOf.get(step.key)?.state === "ready")
    .sort((a, b) => (a.step.dueAt?.getTime() ?? Infinity) - (b.step.dueAt?.getTime() ?? Infinity) || a.step.position - b.step.position);
  const item = ({ step, ownerName, ownerEmail }: (typeof ready)[number]): WorkItem => ({
    stepId: step.id,
    journeyId,
    partnerId,
    partnerName: loaded.partnerName,
    title: step.title,
    kind: step.kind,
    state: "ready",
    dueAt: step.dueAt?.toISOString() ?? null,
    late: stateOf.get(step.key)?.late ?? false,
    owner: step.ownerUserId && ownerName !== null && ownerEmail !== null ? { userId: step.ownerUserId, name: ownerName, email: ownerEmail } : null,
    version: step.version,
  });
  const isPartnerStep = (row: (typeof ready)[number]) => row.step.ownerRole.startsWith("partner:");
  return {
    journeyId,
    progress: figures.progress,
    mine: ready.filter((row) => isPartnerStep(row) === partnerSide).map(item),
    theirs: ready.filter((row) => isPartnerStep(row) !== partnerSide).map(item),
  };
}

async function runningJourneyOf(db: DbOrTx, workspaceId: string, partnerId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: journeys.id })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.partnerId, partnerId), isNull(journeys.cancelledAt)))
    .orderBy(sql`${journeys.startedAt} desc`)
    .limit(1);
  return row?.id ?? null;
}

/** Who can own steps of this partner's journey: active staff (not viewers) and the partner's active users. */
export async function assignees(ctx: AppContext, caller: Caller, partnerId: string): Promise<Assignee[]> {
  await authorizePartner(ctx.db, caller, partnerId, "journey.manage");
  const [staff, members] = await Promise.all([
    ctx.db
      .select({ userId: user.id, name: user.name, email: user.email, role: staffMemberships.role })
      .from(staffMemberships)
      .innerJoin(user, eq(user.id, staffMemberships.userId))
      .where(and(eq(staffMemberships.workspaceId, caller.workspace.id), eq(staffMemberships.status, "active"), sql`${staffMemberships.role} <> 'viewer'`))
      .orderBy(asc(user.name)),
    ctx.db
      .select({ userId: user.id, name: user.name, email: user.email, role: partnerMembers.role })
      .from(partnerMembers)
      .innerJoin(user, eq(user.id, partnerMembers.userId))
      .where(and(eq(partnerMembers.workspaceId, caller.workspace.id), eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, "active")))
      .orderBy(asc(user.name)),
  ]);
  return [...staff.map((row) => ({ ...row, side: "host" as const })), ...members.map((row) => ({ ...row, side: "partner" as const }))];
}
