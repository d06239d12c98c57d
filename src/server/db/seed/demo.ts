import { eq } from "drizzle-orm";
import { allowedMoves, pipelineStages, type LifecycleStage } from "../../../domain/partners/lifecycle";
import type { StaffRole } from "../../../domain/access/roles";
import { partnerFields } from "../../../../tests/factories/partners";
import { seededRandom } from "../../../../tests/factories/random";
import type { AppContext } from "../../context";
import { partnerTiers, partnerTypes, workspaces } from "../schema";
import { acceptInvitation, createInvitation } from "../../modules/invitations/service";
import { createPartner, moveStage, setTeam } from "../../modules/partners/service";
import { hashPassword } from "../../modules/invitations/passwords";
import { createWorkspaceWithOwner } from "../../modules/workspaces/bootstrap";
import type { Caller } from "../../plugins/route-kit";
import { loadDemoApplications } from "./demo-applications";
import { loadDemoJourneys, type DemoJourneyPlan } from "./demo-journeys";
import { loadDemoRecruiting } from "./demo-recruiting";
import { loadDemoRelationships } from "./demo-relationship";

export const demoWorkspace = { slug: "demo", name: "Northwind Cloud" };
/** Printed at start-up and in the README; these accounts exist only in demo data. */
export const demoPassword = "accord-demo-2026";
export const demoAccounts = {
  owner: { name: "Olivia Owner", email: "owner@northwind.example" },
  admin: { name: "Adam Admin", email: "admin@northwind.example" },
  manager: { name: "Maya Manager", email: "maya@northwind.example" },
  manager2: { name: "Marco Manager", email: "marco@northwind.example" },
  interviewer: { name: "Ines Interviewer", email: "ines@northwind.example" },
  viewer: { name: "Victor Viewer", email: "victor@northwind.example" },
  partnerAdmin: { name: "Priya Patel", email: "priya@brightpath.example" },
  partnerMember: { name: "Paul Novak", email: "paul@brightpath.example" },
  otherPartnerAdmin: { name: "Sven Larsen", email: "sven@harborstone.example" },
} as const;

const demoPartnerCount = 48;
/** Journeys started on first start besides Brightpath's and Harborstone's: enough to show every status, few enough to start fast. */
const demoJourneyCount = 6;

export async function demoLoaded(ctx: AppContext): Promise<boolean> {
  const [row] = await ctx.db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, demoWorkspace.slug));
  return row !== undefined;
}

/**
 * Loads the demo workspace through the same services the app uses, so its audit log, timelines
 * and stage histories look like real use. Idempotent: a loaded demo is left alone.
 */
export async function loadDemo(ctx: AppContext): Promise<boolean> {
  if (await demoLoaded(ctx)) return false;
  const passwordHash = await hashPassword(demoPassword);
  const { workspaceId, userId: ownerId } = await ctx.db.transaction((tx) =>
    createWorkspaceWithOwner(tx, ctx.clock, { ...demoWorkspace, owner: { ...demoAccounts.owner, passwordHash } }),
  );
  const workspace = { id: workspaceId, ...demoWorkspace };
  const owner: Caller = { actor: { kind: "staff", userId: ownerId, workspaceId, role: "owner" }, workspace, audit: { userId: ownerId, label: demoAccounts.owner.email }, name: demoAccounts.owner.name };

  const staff: [keyof typeof demoAccounts, StaffRole][] = [
    ["admin", "admin"],
    ["manager", "partner_manager"],
    ["manager2", "partner_manager"],
    ["interviewer", "interviewer"],
    ["viewer", "viewer"],
  ];
  const staffIds: Partial<Record<keyof typeof demoAccounts, string>> = {};
  for (const [key, role] of staff) {
    staffIds[key] = await invitedAndAccepted(ctx, owner, demoAccounts[key], role);
  }

  const types = await ctx.db.select().from(partnerTypes).where(eq(partnerTypes.workspaceId, workspaceId));
  const tiers = await ctx.db.select().from(partnerTiers).where(eq(partnerTiers.workspaceId, workspaceId));
  const random = seededRandom(2026);
  const managers = [staffIds.manager, staffIds.manager2, ownerId];
  const partnerIds: string[] = [];
  const journeys: DemoJourneyPlan[] = [];
  for (let i = 0; i < demoPartnerCount; i++) {
    const fields = partnerFields(random, i, "applicant");
    const target = random.pick(pipelineStages);
    const created = await createPartner(ctx, owner, {
      ...fields,
      typeId: random.pick(types).id,
      tierId: random.next() < 0.7 ? random.pick(tiers).id : null,
      ownerUserId: random.pick(managers) ?? null,
    });
    await walkTo(ctx, owner, created.id, created.version, target);
    partnerIds.push(created.id);
    // Partners onboarding are mid-journey (some late); a few active ones finished theirs.
    if (target === "onboarding" && journeys.length < demoJourneyCount) journeys.push({ partnerId: created.id, startedDaysAgo: random.int(5, 70), progress: 0.2 + random.next() * 0.6 });
    if (target === "active" && journeys.filter((plan) => plan.progress === 1).length < 1) journeys.push({ partnerId: created.id, startedDaysAgo: random.int(90, 150), progress: 1 });
  }

  // Two partners with portal users: the walkthrough in the README signs in as Priya.
  const bright = await createPartner(ctx, owner, { name: "Brightpath Consulting", typeId: types[0]?.id ?? "", tierId: tiers[1]?.id ?? null, country: "DE", timeZone: "Europe/Berlin", website: "https://www.brightpath.example", ownerUserId: staffIds.manager ?? null, stage: "applicant" });
  await walkTo(ctx, owner, bright.id, bright.version, "onboarding");
  await setTeam(ctx, owner, bright.id, [staffIds.manager2, staffIds.admin].filter((id): id is string => id !== undefined));
  const harbor = await createPartner(ctx, owner, { name: "Harborstone Services", typeId: types[3]?.id ?? "", tierId: tiers[2]?.id ?? null, country: "PH", timeZone: "Asia/Manila", website: "https://www.harborstone.example", ownerUserId: staffIds.manager2 ?? null, stage: "applicant" });
  await walkTo(ctx, owner, harbor.id, harbor.version, "active");
  await invitedAndAccepted(ctx, owner, demoAccounts.partnerAdmin, "partner_admin", { id: bright.id, name: bright.name });
  await invitedAndAccepted(ctx, owner, demoAccounts.partnerMember, "partner_member", { id: bright.id, name: bright.name });
  await invitedAndAccepted(ctx, owner, demoAccounts.otherPartnerAdmin, "partner_admin", { id: harbor.id, name: harbor.name });
  // Priya's own steps stay open for the portal walkthrough.
  journeys.push({ partnerId: bright.id, startedDaysAgo: 12, progress: 0.4, leaveForPartner: true }, { partnerId: harbor.id, startedDaysAgo: 45, progress: 0.6 });
  await loadDemoJourneys(ctx, owner, journeys);
  await loadDemoApplications(ctx, owner);
  await loadDemoRecruiting(ctx, owner, staffIds);
  await loadDemoRelationships(ctx, owner);
  return true;
}

/** Moves a partner forward one stage at a time, as people would, so its history reads well. */
async function walkTo(ctx: AppContext, caller: Caller, partnerId: string, version: number, target: LifecycleStage) {
  let at: LifecycleStage = "applicant";
  let currentVersion = version;
  while (at !== target) {
    const next = pipelineStages[pipelineStages.indexOf(at as (typeof pipelineStages)[number]) + 1];
    if (!next || !allowedMoves(at).includes(next)) return;
    const moved = await moveStage(ctx, caller, partnerId, { stage: next, reason: "", version: currentVersion }, { onboardingEffects: false });
    at = moved.stage;
    currentVersion = moved.version;
  }
}

/** Invites a person and accepts on their behalf, through the real invitation flow. */
async function invitedAndAccepted(
  ctx: AppContext,
  inviter: Caller,
  person: { name: string; email: string },
  role: string,
  partner?: { id: string; name: string },
): Promise<string> {
  const { token } = await ctx.db.transaction((tx) =>
    createInvitation(ctx, tx, { workspace: inviter.workspace, email: person.email, role, inviter: { userId: inviter.actor.userId, name: inviter.name }, ...(partner ? { partner } : {}) }),
  );
  const accepted = await acceptInvitation(ctx, { token, name: person.name, password: demoPassword });
  return accepted.userId;
}
