import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { apiTokens, invitations, partnerMembers, partners, staffMemberships } from "../../src/server/db/schema";
import type { World } from "../factories/world";
import { insertPerson, insertStaff } from "../factories/people";
import { call, createTestWorld, signIn, testPasswordHash, type TestApp } from "../support/test-app";

/*
 * The matrix asks "may this caller use this route?". These ask the next question: with a route
 * they may use, can a caller reach an object that is not theirs by putting its id into the URL or
 * the body (another partner's invitation or member, another workspace's person or token)?
 */

let t: TestApp & { world: World };
let w: World;
let owner = "";
let manager = "";
let aAdmin = "";
let globexOwner = "";

const Created = z.object({ id: z.string() });
const CreatedToken = z.object({ id: z.string(), secret: z.string() });
const Problem = z.object({ status: z.number(), detail: z.string() });

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  owner = await signIn(t.app, w.staff.owner.email);
  manager = await signIn(t.app, w.staff.manager.email);
  aAdmin = await signIn(t.app, w.partnerUsers.aAdmin.email);
  globexOwner = await signIn(t.app, w.globex.ownerEmail);
}, 60_000);
afterAll(() => t.close());

async function inviteToPartnerB() {
  const response = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${w.partners.b}/invitations`, cookie: owner, body: { email: `b.colleague.${Date.now()}@beta.test`, role: "partner_member" } });
  expect(response.statusCode).toBe(201);
  return Created.parse(response.json()).id;
}

async function isOpen(invitationId: string) {
  const [row] = await t.ctx.db.select({ revokedAt: invitations.revokedAt }).from(invitations).where(eq(invitations.id, invitationId));
  return row !== undefined && row.revokedAt === null;
}

describe("ids of another partner in a partner's URL", () => {
  it("does not let partner A's manager withdraw partner B's invitation through A's address", async () => {
    const invitationId = await inviteToPartnerB();
    const response = await call(t.app, { method: "DELETE", url: `/api/w/acme/partners/${w.partners.a}/invitations/${invitationId}`, cookie: manager });
    expect(response.statusCode).toBe(404);
    expect(await isOpen(invitationId)).toBe(true);
  });

  it("does not let partner A's admin withdraw partner B's invitation through A's address", async () => {
    const invitationId = await inviteToPartnerB();
    const response = await call(t.app, { method: "DELETE", url: `/api/w/acme/partners/${w.partners.a}/invitations/${invitationId}`, cookie: aAdmin });
    expect(response.statusCode).toBe(404);
    expect(await isOpen(invitationId)).toBe(true);
  });

  it("does not let partner A's admin remove partner B's admin through A's address", async () => {
    const response = await call(t.app, { method: "DELETE", url: `/api/w/acme/partners/${w.partners.a}/members/${w.partnerUsers.bAdmin.id}`, cookie: aAdmin });
    expect(response.statusCode).toBe(404);
    const [member] = await t.ctx.db.select({ status: partnerMembers.status }).from(partnerMembers).where(eq(partnerMembers.userId, w.partnerUsers.bAdmin.id));
    expect(member?.status).toBe("active");
  });

  it("does not let partner A's manager remove a staff member through the partner's members address", async () => {
    const response = await call(t.app, { method: "DELETE", url: `/api/w/acme/partners/${w.partners.a}/members/${w.staff.viewer.id}`, cookie: manager });
    expect(response.statusCode).toBe(404);
  });
});

describe("what a partner admin may do to their own colleagues", () => {
  it("invites a colleague as a member even when asking for partner admin", async () => {
    const response = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${w.partners.a}/invitations`, cookie: aAdmin, body: { email: "would.be.admin@alpha.test", role: "partner_admin" } });
    expect(response.statusCode).toBe(201);
    expect(z.object({ role: z.string() }).parse(response.json()).role).toBe("partner_member");
  });

  it("cannot remove another partner admin; only the host can", async () => {
    const userId = await insertPerson(t.ctx.db, { name: "Second Admin", email: "second.admin@alpha.test" }, await testPasswordHash());
    await t.ctx.db.insert(partnerMembers).values({ workspaceId: w.acme.id, partnerId: w.partners.a, userId, role: "partner_admin" });
    const response = await call(t.app, { method: "DELETE", url: `/api/w/acme/partners/${w.partners.a}/members/${userId}`, cookie: aAdmin });
    expect(response.statusCode).toBe(409);
    const [member] = await t.ctx.db.select({ status: partnerMembers.status }).from(partnerMembers).where(eq(partnerMembers.userId, userId));
    expect(member?.status).toBe("active");
  });
});


describe("ids of another workspace in a workspace's URL", () => {
  it("does not let globex's owner change the role of an acme person through globex", async () => {
    const response = await call(t.app, { method: "PATCH", url: `/api/w/globex/users/${w.staff.viewer.id}`, cookie: globexOwner, body: { role: "owner", version: 1 } });
    expect(response.statusCode).toBe(404);
    const [membership] = await t.ctx.db.select({ role: staffMemberships.role }).from(staffMemberships).where(and(eq(staffMemberships.userId, w.staff.viewer.id), eq(staffMemberships.workspaceId, w.acme.id)));
    expect(membership?.role).toBe("viewer");
  });

  it("does not let globex's owner deactivate an acme person through globex", async () => {
    const response = await call(t.app, { method: "POST", url: `/api/w/globex/users/${w.staff.admin.id}/deactivate`, cookie: globexOwner, body: { version: 1 } });
    expect(response.statusCode).toBe(404);
  });

  it("does not let globex's owner withdraw an acme staff invitation through globex", async () => {
    const created = await call(t.app, { method: "POST", url: "/api/w/acme/invitations", cookie: owner, body: { email: "keep.me@invited.test", role: "viewer" } });
    const { id } = Created.parse(created.json());
    expect((await call(t.app, { method: "DELETE", url: `/api/w/globex/invitations/${id}`, cookie: globexOwner })).statusCode).toBe(404);
    expect(await isOpen(id)).toBe(true);
  });

  it("does not let globex's owner revoke an acme API token through globex", async () => {
    const created = CreatedToken.parse((await call(t.app, { method: "POST", url: "/api/w/acme/api-tokens", cookie: owner, body: { name: "acme integration", scopes: ["partners:read"] } })).json());
    expect((await call(t.app, { method: "DELETE", url: `/api/w/globex/api-tokens/${created.id}`, cookie: globexOwner })).statusCode).toBe(404);
    const [token] = await t.ctx.db.select({ revokedAt: apiTokens.revokedAt }).from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(token?.revokedAt).toBeNull();
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/partners", token: created.secret })).statusCode).toBe(200);
  });

  it("does not show an acme partner through globex's address", async () => {
    for (const suffix of ["", "/people", "/timeline", "/stage-history"]) {
      const response = await call(t.app, { method: "GET", url: `/api/w/globex/partners/${w.partners.a}${suffix}`, cookie: globexOwner });
      expect(response.statusCode, suffix).toBe(404);
      expect(response.body).not.toContain("Alpha Resellers");
    }
  });
});

describe("ids of other people in a body", () => {
  it("refuses to make a person of another workspace the owner of a partner", async () => {
    const [current] = await t.ctx.db.select({ version: partners.version }).from(partners).where(eq(partners.id, w.partners.a));
    const globexUser = await signInUserId(globexOwner);
    const response = await call(t.app, { method: "PATCH", url: `/api/w/acme/partners/${w.partners.a}`, cookie: owner, body: { version: current?.version ?? 1, ownerUserId: globexUser } });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).detail).toContain("ownerUserId");
  });

  it("refuses a partner user or another workspace's person on a partner's host team", async () => {
    const globexUser = await signInUserId(globexOwner);
    for (const userId of [w.partnerUsers.aAdmin.id, globexUser]) {
      const response = await call(t.app, { method: "PUT", url: `/api/w/acme/partners/${w.partners.a}/team`, cookie: owner, body: { userIds: [userId] } });
      expect(response.statusCode).toBe(400);
    }
  });

  it("refuses another workspace's partner type when creating a partner", async () => {
    const [globexPartner] = await t.ctx.db.select({ typeId: partners.typeId }).from(partners).where(eq(partners.id, w.globex.partnerId));
    const response = await call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie: owner, body: { name: "Borrowed Type", typeId: globexPartner?.typeId ?? "" } });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).detail).toContain("typeId");
  });
});

async function signInUserId(cookie: string) {
  const me = z.object({ user: z.object({ id: z.string() }) }).parse((await call(t.app, { method: "GET", url: "/api/me", cookie })).json());
  return me.user.id;
}

describe("roles a person can hand out", () => {
  it("does not let an admin make anyone owner, themselves included", async () => {
    const admin = await signIn(t.app, w.staff.admin.email);
    for (const userId of [w.staff.viewer.id, w.staff.admin.id]) {
      const [membership] = await t.ctx.db.select({ version: staffMemberships.version }).from(staffMemberships).where(and(eq(staffMemberships.userId, userId), eq(staffMemberships.workspaceId, w.acme.id)));
      const response = await call(t.app, { method: "PATCH", url: `/api/w/acme/users/${userId}`, cookie: admin, body: { role: "owner", version: membership?.version ?? 1 } });
      expect(response.statusCode).toBe(403);
    }
    const invite = await call(t.app, { method: "POST", url: "/api/w/acme/invitations", cookie: admin, body: { email: "future.owner@invited.test", role: "owner" } });
    expect(invite.statusCode).toBe(403);
  });

  it("does not let an admin deactivate an owner", async () => {
    const admin = await signIn(t.app, w.staff.admin.email);
    const response = await call(t.app, { method: "POST", url: `/api/w/acme/users/${w.staff.owner.id}/deactivate`, cookie: admin, body: { version: 1 } });
    expect(response.statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: "/api/w/acme", cookie: owner })).statusCode).toBe(200);
  });

  it("takes away what an API token could do when its creator is demoted or deactivated", async () => {
    const hash = await testPasswordHash();
    const creatorId = await insertStaff(t.ctx.db, w.acme.id, { name: "Tina Tokenmaker", email: "tina@acme.test" }, "admin", hash);
    const creator = await signIn(t.app, "tina@acme.test");
    const { secret } = CreatedToken.parse((await call(t.app, { method: "POST", url: "/api/w/acme/api-tokens", cookie: creator, body: { name: "tina's", scopes: ["partners:read", "partners:write", "audit:read"] } })).json());
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/audit", token: secret })).statusCode).toBe(200);

    expect((await call(t.app, { method: "PATCH", url: `/api/w/acme/users/${creatorId}`, cookie: owner, body: { role: "viewer", version: 1 } })).statusCode).toBe(200);
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/audit", token: secret })).statusCode).toBe(403);
    expect((await call(t.app, { method: "POST", url: "/api/w/acme/partners", token: secret, body: { name: "Made By Demoted", typeId: w.acme.typeId } })).statusCode).toBe(403);

    expect((await call(t.app, { method: "POST", url: `/api/w/acme/users/${creatorId}/deactivate`, cookie: owner, body: { version: 2 } })).statusCode).toBe(200);
    const after = await call(t.app, { method: "GET", url: "/api/w/acme/partners", token: secret });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ detail: expect.stringContaining("Create a new one") });
    expect(after.body).not.toContain("Alpha Resellers");
  });
});
