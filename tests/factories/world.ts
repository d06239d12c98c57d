import { eq } from "drizzle-orm";
import type { AppContext } from "../../src/server/context";
import { partnerTiers, partnerTypes, partners } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { createWorkspaceWithOwner } from "../../src/server/modules/workspaces/bootstrap";
import { insertPartnerUser, insertStaff } from "./people";

/**
 * A small, complete world for integration and browser tests: a workspace "acme" with one person
 * per staff role, two partners with portal users, and a second workspace "globex" whose data
 * must never leak into acme.
 */
export async function buildWorld(ctx: AppContext, passwordHash: string) {
  const acme = await ctx.db.transaction((tx) =>
    createWorkspaceWithOwner(tx, ctx.clock, { name: "Acme Cloud", slug: "acme", owner: { name: "Olga Owner", email: "owner@acme.test", passwordHash } }),
  );
  const globex = await ctx.db.transaction((tx) =>
    createWorkspaceWithOwner(tx, ctx.clock, { name: "Globex", slug: "globex", owner: { name: "Gus Owner", email: "owner@globex.test", passwordHash } }),
  );
  const db = ctx.db;
  const staff = {
    owner: { id: acme.userId, email: "owner@acme.test" },
    admin: { id: await insertStaff(db, acme.workspaceId, { name: "Ann Admin", email: "admin@acme.test" }, "admin", passwordHash), email: "admin@acme.test" },
    manager: { id: await insertStaff(db, acme.workspaceId, { name: "Max Manager", email: "manager@acme.test" }, "partner_manager", passwordHash), email: "manager@acme.test" },
    otherManager: { id: await insertStaff(db, acme.workspaceId, { name: "Mia Manager", email: "manager2@acme.test" }, "partner_manager", passwordHash), email: "manager2@acme.test" },
    interviewer: { id: await insertStaff(db, acme.workspaceId, { name: "Ivo Interviewer", email: "interviewer@acme.test" }, "interviewer", passwordHash), email: "interviewer@acme.test" },
    viewer: { id: await insertStaff(db, acme.workspaceId, { name: "Vera Viewer", email: "viewer@acme.test" }, "viewer", passwordHash), email: "viewer@acme.test" },
  };
  const [reseller] = await db.select().from(partnerTypes).where(eq(partnerTypes.workspaceId, acme.workspaceId));
  const [tier] = await db.select().from(partnerTiers).where(eq(partnerTiers.workspaceId, acme.workspaceId));
  const [globexType] = await db.select().from(partnerTypes).where(eq(partnerTypes.workspaceId, globex.workspaceId));
  if (!reseller || !tier || !globexType) throw new Error("bootstrap created no partner types");
  const partnerA = newId();
  const partnerB = newId();
  const partnerG = newId();
  await db.insert(partners).values([
    { id: partnerA, workspaceId: acme.workspaceId, name: "Alpha Resellers", typeId: reseller.id, tierId: tier.id, country: "DE", timeZone: "Europe/Berlin", ownerUserId: staff.manager.id, stage: "onboarding" },
    { id: partnerB, workspaceId: acme.workspaceId, name: "Beta Services", typeId: reseller.id, country: "PH", timeZone: "Asia/Manila", ownerUserId: staff.otherManager.id, stage: "applicant" },
    { id: partnerG, workspaceId: globex.workspaceId, name: "Gamma Globex Partner", typeId: globexType.id, stage: "active" },
  ]);
  const partnerUsers = {
    aAdmin: { id: await insertPartnerUser(db, acme.workspaceId, partnerA, { name: "Alice Alpha", email: "alice@alpha.test" }, "partner_admin", passwordHash), email: "alice@alpha.test" },
    aMember: { id: await insertPartnerUser(db, acme.workspaceId, partnerA, { name: "Aaron Alpha", email: "aaron@alpha.test" }, "partner_member", passwordHash), email: "aaron@alpha.test" },
    bAdmin: { id: await insertPartnerUser(db, acme.workspaceId, partnerB, { name: "Bob Beta", email: "bob@beta.test" }, "partner_admin", passwordHash), email: "bob@beta.test" },
  };
  return {
    acme: { id: acme.workspaceId, slug: "acme", typeId: reseller.id, tierId: tier.id },
    globex: { id: globex.workspaceId, slug: "globex", ownerEmail: "owner@globex.test", partnerId: partnerG },
    staff,
    partners: { a: partnerA, b: partnerB },
    partnerUsers,
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;
