import { and, eq, inArray } from "drizzle-orm";
import { inIdList } from "../modules/notifications/id-list";
import type { FiredTimer, SkipReason } from "../../domain/notifications/schemas";
import { timerNotice } from "../../domain/notifications/timer-notice";
import type { TimerKind } from "../../domain/notifications/timer-plan";
import type { Tx } from "../db/client";
import { journeys, journeySteps, partnerMembers, partners, staffMemberships, user, workspaces } from "../db/schema";
import type { Notice } from "../modules/notifications/deliver";
import { journeyStepLink, type Audience } from "../modules/notifications/links";

/*
 * Who hears about a due timer, and what they read. Everything a batch needs is loaded in a fixed
 * number of statements (steps with their journey, partner and workspace; memberships of the people
 * involved), so a sweep costs the same per item whatever the size of the database.
 */

export interface ClaimedTimer {
  id: string;
  workspaceId: string;
  stepId: string;
  kind: TimerKind;
  dueAt: Date;
}

type StepContext = Awaited<ReturnType<typeof loadSteps>>[number];

interface People {
  names: Map<string, string>;
  staff: Set<string>;
  partnerOf: Map<string, string>;
  admins: Map<string, string[]>;
}

const key = (workspaceId: string, userId: string) => `${workspaceId}\n${userId}`;

async function loadSteps(tx: Tx, stepIds: string[]) {
  return tx
    .select({
      id: journeySteps.id,
      workspaceId: journeySteps.workspaceId,
      partnerId: journeySteps.partnerId,
      journeyId: journeySteps.journeyId,
      title: journeySteps.title,
      status: journeySteps.status,
      visibility: journeySteps.visibility,
      ownerUserId: journeySteps.ownerUserId,
      dueAt: journeySteps.dueAt,
      journeyName: journeys.name,
      cancelledAt: journeys.cancelledAt,
      partnerName: partners.name,
      timeZone: partners.timeZone,
      managerId: partners.ownerUserId,
      slug: workspaces.slug,
    })
    .from(journeySteps)
    .innerJoin(journeys, eq(journeys.id, journeySteps.journeyId))
    .innerJoin(partners, eq(partners.id, journeySteps.partnerId))
    .innerJoin(workspaces, eq(workspaces.id, journeySteps.workspaceId))
    .where(inIdList(journeySteps.id, stepIds, "uuid"));
}

async function loadPeople(tx: Tx, steps: StepContext[]): Promise<People> {
  const userIds = [...new Set(steps.flatMap((s) => [s.ownerUserId, s.managerId]).filter((id): id is string => id !== null))];
  const workspaceIds = [...new Set(steps.map((s) => s.workspaceId))];
  const people: People = { names: new Map(), staff: new Set(), partnerOf: new Map(), admins: new Map() };
  if (userIds.length > 0) {
    const names = await tx.select({ id: user.id, name: user.name }).from(user).where(inIdList(user.id, userIds, "text"));
    for (const n of names) people.names.set(n.id, n.name);
    const staff = await tx
      .select({ workspaceId: staffMemberships.workspaceId, userId: staffMemberships.userId })
      .from(staffMemberships)
      .where(and(inIdList(staffMemberships.userId, userIds, "text"), inIdList(staffMemberships.workspaceId, workspaceIds, "uuid"), eq(staffMemberships.status, "active")));
    for (const s of staff) people.staff.add(key(s.workspaceId, s.userId));
    const members = await tx
      .select({ workspaceId: partnerMembers.workspaceId, userId: partnerMembers.userId, partnerId: partnerMembers.partnerId })
      .from(partnerMembers)
      .where(and(inIdList(partnerMembers.userId, userIds, "text"), inIdList(partnerMembers.workspaceId, workspaceIds, "uuid"), eq(partnerMembers.status, "active")));
    for (const m of members) people.partnerOf.set(key(m.workspaceId, m.userId), m.partnerId);
  }
  // Owners and admins stand in when a partner has no (active) owning manager.
  const admins = await tx
    .select({ workspaceId: staffMemberships.workspaceId, userId: staffMemberships.userId })
    .from(staffMemberships)
    .where(and(inIdList(staffMemberships.workspaceId, workspaceIds, "uuid"), inArray(staffMemberships.role, ["owner", "admin"]), eq(staffMemberships.status, "active")))
    .orderBy(staffMemberships.userId);
  for (const a of admins) people.admins.set(a.workspaceId, [...(people.admins.get(a.workspaceId) ?? []), a.userId]);
  return people;
}

/** Staff see every step; a partner user only a shared step of their own partner; anyone else nothing. */
function audienceOf(people: People, step: StepContext, userId: string | null): Audience | null {
  if (userId === null) return null;
  if (people.staff.has(key(step.workspaceId, userId))) return "staff";
  if (people.partnerOf.get(key(step.workspaceId, userId)) === step.partnerId && step.visibility === "shared") return "partner";
  return null;
}

/**
 * Reminders and overdue notices go to the step's owner; escalations to the partner's owning
 * manager. When that person cannot be told (no owner, no longer a member, a partner user and an
 * internal step), the owning manager and then the workspace's owners and admins stand in, so a
 * late step never goes unnoticed.
 */
function recipientsOf(people: People, step: StepContext, kind: TimerKind): { userId: string; audience: Audience }[] {
  const first = kind === "escalation" ? step.managerId : step.ownerUserId;
  for (const candidate of [first, step.managerId]) {
    const audience = audienceOf(people, step, candidate);
    if (candidate !== null && audience !== null) return [{ userId: candidate, audience }];
  }
  return (people.admins.get(step.workspaceId) ?? []).map((userId) => ({ userId, audience: "staff" as const }));
}

function skipReason(step: StepContext | undefined, timer: ClaimedTimer): SkipReason | null {
  if (!step || step.status !== "open") return "step_closed";
  if (step.cancelledAt !== null) return "journey_cancelled";
  // The journeys module replaces timers when a date moves; a timer of an older date says nothing now.
  if (step.dueAt?.getTime() !== timer.dueAt.getTime()) return "rescheduled";
  return null;
}

/** Decides, for every claimed timer, who is told what; timers to skip get no notice. */
export async function noticesFor(tx: Tx, timers: readonly ClaimedTimer[], now: Date): Promise<{ fired: FiredTimer[]; notices: Notice[] }> {
  const steps = await loadSteps(tx, [...new Set(timers.map((t) => t.stepId))]);
  const stepById = new Map(steps.map((s) => [s.id, s]));
  const people = await loadPeople(tx, steps);
  const fired: FiredTimer[] = [];
  const notices: Notice[] = [];
  for (const timer of timers) {
    const step = stepById.get(timer.stepId);
    const base = { timerId: timer.id, workspaceId: timer.workspaceId, stepId: timer.stepId, kind: timer.kind, dueAt: timer.dueAt.toISOString() };
    const skipped = skipReason(step, timer);
    const recipients = step && !skipped ? recipientsOf(people, step, timer.kind) : [];
    if (!step || skipped || recipients.length === 0) {
      fired.push({ ...base, notifiedUserIds: [], skipped: skipped ?? "no_recipient" });
      continue;
    }
    const ownerName = step.ownerUserId ? (people.names.get(step.ownerUserId) ?? null) : null;
    const text = timerNotice({ kind: timer.kind, stepTitle: step.title, partnerName: step.partnerName, journeyName: step.journeyName, dueAt: timer.dueAt, now, timeZone: step.timeZone, ownerName });
    for (const r of recipients) {
      notices.push({
        workspaceId: step.workspaceId,
        userId: r.userId,
        kind: `step.${timer.kind}`,
        ...text,
        link: journeyStepLink(step.slug, step.partnerId, step.id, r.audience),
        dedupeKey: `timer:${step.id}:${timer.kind}:${timer.dueAt.toISOString()}`,
        email: true,
        partnerId: step.partnerId,
        journeyId: step.journeyId,
        stepId: step.id,
      });
    }
    fired.push({ ...base, notifiedUserIds: recipients.map((r) => r.userId), skipped: null });
  }
  return { fired, notices };
}
