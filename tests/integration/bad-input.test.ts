import { and, count, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Partner, PartnerList } from "../../src/domain/partners/schemas";
import { StaffDirectory } from "../../src/domain/workspaces/schemas";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import { activity, auditLog, partnerTiers, partnerTypes, partners, staffMemberships } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import type { World } from "../factories/world";
import { bodyOf, errorPaths, problemOf } from "../support/http";
import { call, createTestWorld, signIn, testOrigin, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let owner: string;
let admin: string;
let smallBodies: FastifyInstance;

beforeAll(async () => {
  t = await createTestWorld();
  owner = await signIn(t.app, t.world.staff.owner.email);
  admin = await signIn(t.app, t.world.staff.admin.email);
  // The same database and clock behind a server that accepts request bodies of 2 KiB at most.
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", PUBLIC_URL: testOrigin, BODY_LIMIT_BYTES: "2048" });
  smallBodies = (await buildApp({ config, database: t.ctx.database, clock: t.clock })).app;
  await smallBodies.ready();
});
afterAll(async () => {
  await smallBodies.close();
  await t.close();
});

const partnerUrl = (id: string) => `/api/w/acme/partners/${id}`;
const raw = (app: FastifyInstance, contentType: string, payload: string) =>
  app.inject({ method: "POST", url: "/api/w/acme/partners", headers: { origin: testOrigin, cookie: owner, "content-type": contentType }, payload });

async function readPartner(id: string) {
  return bodyOf(Partner, await call(t.app, { method: "GET", url: partnerUrl(id), cookie: owner }));
}

async function countRows(table: typeof auditLog | typeof activity, entity: string) {
  const where = table === auditLog ? eq(auditLog.entityId, entity) : eq(activity.partnerId, entity);
  const [row] = await t.ctx.db.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

describe("malformed requests get a 400 that names what is wrong", () => {
  it("refuses unknown fields and names them", async () => {
    const response = await call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie: owner, body: { name: "Delta Unknown", typeId: t.world.acme.typeId, colour: "red" } });
    expect(response.statusCode).toBe(400);
    const problem = problemOf(response);
    expect(problem.detail).toContain("colour");
    expect(problem.errors?.some((e) => e.message.includes("colour"))).toBe(true);
  });

  it("refuses wrong types with the path of each field at fault", async () => {
    const response = await call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie: owner, body: { name: 42, typeId: "not-an-id", country: "Germany" } });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(problemOf(response))).toEqual(expect.arrayContaining(["body.name", "body.typeId", "body.country"]));
  });

  it("answers a malformed id in a path or a bad query value with 400, not 500", async () => {
    const byId = await call(t.app, { method: "GET", url: partnerUrl("not-a-uuid"), cookie: owner });
    expect(byId.statusCode).toBe(400);
    expect(errorPaths(problemOf(byId))).toEqual(["params.partnerId"]);
    const invitation = await call(t.app, { method: "DELETE", url: "/api/w/acme/invitations/123", cookie: owner });
    expect(errorPaths(problemOf(invitation))).toEqual(["params.invitationId"]);
    const query = await call(t.app, { method: "GET", url: "/api/w/acme/partners?pageSize=lots&sort=colour", cookie: owner });
    expect(query.statusCode).toBe(400);
    expect(errorPaths(problemOf(query))).toEqual(expect.arrayContaining(["querystring.pageSize", "querystring.sort"]));
  });

  it("answers a body that is not valid JSON with a 400 problem", async () => {
    const response = await raw(t.app, "application/json", '{"name": "Broken",');
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).detail).toBe("The request body is not valid JSON.");
  });

  it("answers a body over BODY_LIMIT_BYTES with a 413 problem", async () => {
    const body = JSON.stringify({ name: "x".repeat(3000), typeId: t.world.acme.typeId });
    const response = await raw(smallBodies, "application/json", body);
    expect(response.statusCode).toBe(413);
    expect(problemOf(response)).toMatchObject({ status: 413, title: "Request too large" });
    const small = await raw(smallBodies, "application/json", JSON.stringify({ name: "Small Enough", typeId: t.world.acme.typeId }));
    expect(small.statusCode).toBe(201);
  });

  it("answers a text/plain body on a JSON route with 415", async () => {
    const response = await raw(t.app, "text/plain", "name=Plain Text Partner");
    expect(response.statusCode).toBe(415);
    expect(problemOf(response).detail).toContain("application/json");
  });
});

describe("a refused change writes nothing", () => {
  it("refuses a tier of another workspace, naming body.tierId, and leaves partner, audit and timeline as they were", async () => {
    const [globexTier] = await t.ctx.db.select().from(partnerTiers).where(eq(partnerTiers.workspaceId, t.world.globex.id));
    if (!globexTier) throw new Error("globex has no tiers");
    const id = t.world.partners.a;
    const before = await readPartner(id);
    const [audits, entries] = [await countRows(auditLog, id), await countRows(activity, id)];
    const response = await call(t.app, { method: "PATCH", url: partnerUrl(id), cookie: owner, body: { version: before.version, name: "Alpha Renamed", tierId: globexTier.id } });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(problemOf(response))).toEqual(["body.tierId"]);
    expect(await readPartner(id)).toEqual(before);
    expect(await countRows(auditLog, id)).toBe(audits);
    expect(await countRows(activity, id)).toBe(entries);
  });

  it("refuses a stage move the lifecycle does not allow with a 409 listing the allowed moves", async () => {
    const id = t.world.partners.b;
    const before = await readPartner(id);
    expect(before.stage).toBe("applicant");
    const response = await call(t.app, { method: "POST", url: `${partnerUrl(id)}/stage`, cookie: owner, body: { version: before.version, stage: "exited" } });
    expect(response.statusCode).toBe(409);
    expect(problemOf(response).detail).toBe(
      "A partner in applicant cannot move to exited. It can move to: screening, interviewing, decision, contracting, onboarding, active, declined.",
    );
    expect(await readPartner(id)).toEqual(before);
  });
});

describe("roles keep the workspace governable", () => {
  const userUrl = (id: string) => `/api/w/acme/users/${id}`;
  async function membership(userId: string) {
    const directory = bodyOf(StaffDirectory, await call(t.app, { method: "GET", url: "/api/w/acme/users", cookie: owner }));
    const found = directory.users.find((u) => u.userId === userId);
    if (!found) throw new Error(`${userId} is not staff of acme`);
    return found;
  }

  it("refuses to demote or deactivate the last owner with 409", async () => {
    const ownerId = t.world.staff.owner.id;
    const { version } = await membership(ownerId);
    const demoted = await call(t.app, { method: "PATCH", url: userUrl(ownerId), cookie: owner, body: { role: "admin", version } });
    expect(demoted.statusCode).toBe(409);
    expect(problemOf(demoted).detail).toContain("at least one active owner");
    const deactivated = await call(t.app, { method: "POST", url: `${userUrl(ownerId)}/deactivate`, cookie: owner, body: { version } });
    expect(deactivated.statusCode).toBe(409);
    expect(await membership(ownerId)).toMatchObject({ role: "owner", status: "active", version });
  });

  it("forbids an admin to grant the owner role, by role change or by invitation", async () => {
    const managerId = t.world.staff.manager.id;
    const { version } = await membership(managerId);
    const promoted = await call(t.app, { method: "PATCH", url: userUrl(managerId), cookie: admin, body: { role: "owner", version } });
    expect(promoted.statusCode).toBe(403);
    const invited = await call(t.app, { method: "POST", url: "/api/w/acme/invitations", cookie: admin, body: { email: "new.owner@acme.test", role: "owner" } });
    expect(invited.statusCode).toBe(403);
    expect(await membership(managerId)).toMatchObject({ role: "partner_manager", version });
  });

  it("keeps one owner when two owners demote each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      // Two owners: Olga and Ann; each tries to make the other an admin at once.
      await t.ctx.db.update(staffMemberships).set({ role: "owner" }).where(and(eq(staffMemberships.workspaceId, t.world.acme.id), eq(staffMemberships.userId, t.world.staff.admin.id)));
      const [olga, ann] = [await membership(t.world.staff.owner.id), await membership(t.world.staff.admin.id)];
      const results = await Promise.all([
        call(t.app, { method: "PATCH", url: userUrl(ann.userId), cookie: owner, body: { role: "admin", version: ann.version } }),
        call(t.app, { method: "PATCH", url: userUrl(olga.userId), cookie: admin, body: { role: "admin", version: olga.version } }),
      ]);
      // One wins; the other is refused (409: last owner, or 403: no longer an owner itself).
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      const owners = await t.ctx.db.select().from(staffMemberships).where(and(eq(staffMemberships.workspaceId, t.world.acme.id), eq(staffMemberships.role, "owner")));
      expect(owners).toHaveLength(1);
      // Olga stays the owner for the next round.
      await t.ctx.db.update(staffMemberships).set({ role: "owner" }).where(and(eq(staffMemberships.workspaceId, t.world.acme.id), eq(staffMemberships.userId, t.world.staff.owner.id)));
      await t.ctx.db.update(staffMemberships).set({ role: "admin" }).where(and(eq(staffMemberships.workspaceId, t.world.acme.id), eq(staffMemberships.userId, t.world.staff.admin.id)));
    }
  });
});

describe("the partner list", () => {
  it("searches for % and _ literally", async () => {
    for (const name of ["50% Off Deals", "Fifty Percent Co", "Under_score Ltd", "Underscore Inc"]) {
      const created = await call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie: owner, body: { name, typeId: t.world.acme.typeId } });
      expect(created.statusCode).toBe(201);
    }
    const search = async (q: string) => {
      const response = await call(t.app, { method: "GET", url: `/api/w/acme/partners?q=${encodeURIComponent(q)}`, cookie: owner });
      expect(response.statusCode).toBe(200);
      return bodyOf(PartnerList, response).items.map((p) => p.name);
    };
    expect(await search("%")).toEqual(["50% Off Deals"]);
    expect(await search("0%")).toEqual(["50% Off Deals"]);
    expect(await search("_")).toEqual(["Under_score Ltd"]);
    expect(await search("r_s")).toEqual(["Under_score Ltd"]);
    expect(await search("\\")).toEqual([]);
  });

  describe("with 30 partners to page through", () => {
    const stages = ["applicant", "active", "onboarding"] as const;
    const name = (i: number) => `Paged ${String(i).padStart(2, "0")}`;
    const all = Array.from({ length: 30 }, (_, i) => i);
    const base = new Date("2026-01-01T00:00:00Z").getTime();

    beforeAll(async () => {
      const types = await t.ctx.db.select().from(partnerTypes).where(eq(partnerTypes.workspaceId, t.world.acme.id));
      const typeOf = (key: string) => types.find((x) => x.key === key)?.id ?? "";
      // i*7 mod 30 visits every minute once, so "updated" order differs from name order.
      await t.ctx.db.insert(partners).values(
        all.map((i) => {
          const at = new Date(base + ((i * 7) % 30) * 60_000);
          return { id: newId(), workspaceId: t.world.acme.id, name: name(i), typeId: typeOf(i % 2 === 0 ? "reseller" : "referral"), stage: stages[i % 3] ?? "applicant", ownerUserId: i % 5 === 0 ? null : t.world.staff.manager.id, createdAt: at, updatedAt: at };
        }),
      );
    });

    async function list(query: string) {
      const response = await call(t.app, { method: "GET", url: `/api/w/acme/partners?q=Paged&${query}`, cookie: owner });
      expect(response.statusCode).toBe(200);
      return bodyOf(PartnerList, response);
    }
    const names = async (query: string) => (await list(query)).items.map((p) => p.name);

    it("pages through every partner once, in name order, with the total on every page", async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 5; page++) {
        const result = await list(`pageSize=7&page=${page}`);
        expect(result).toMatchObject({ total: 30, page, pageSize: 7 });
        seen.push(...result.items.map((p) => p.name));
      }
      expect(seen).toEqual(all.map(name));
      expect((await list("pageSize=7&page=6")).items).toEqual([]);
    });

    it("sorts by name descending, by last update and by lifecycle stage", async () => {
      expect(await names("pageSize=30&sort=-name")).toEqual(all.map(name).reverse());
      const byUpdate = [...all].sort((a, b) => ((a * 7) % 30) - ((b * 7) % 30));
      expect(await names("pageSize=30&sort=updated")).toEqual(byUpdate.map(name));
      expect(await names("pageSize=30&sort=-updated")).toEqual(byUpdate.reverse().map(name));
      // Pipeline order: applicant, then onboarding, then active; by name within a stage.
      const inStage = (k: number) => all.filter((i) => i % 3 === k).map(name);
      expect(await names("pageSize=30&sort=stage")).toEqual([...inStage(0), ...inStage(2), ...inStage(1)]);
    });

    it("filters by stage, type and owner, alone and together", async () => {
      const where = (keep: (i: number) => boolean) => all.filter(keep).map(name);
      const referral = (await t.ctx.db.select().from(partnerTypes).where(and(eq(partnerTypes.workspaceId, t.world.acme.id), eq(partnerTypes.key, "referral"))))[0]?.id;
      expect(await names("pageSize=50&stage=active")).toEqual(where((i) => i % 3 === 1));
      expect(await names("pageSize=50&stage=active&stage=onboarding")).toEqual(where((i) => i % 3 !== 0));
      expect(await names(`pageSize=50&typeId=${referral}`)).toEqual(where((i) => i % 2 === 1));
      expect(await names("pageSize=50&ownerUserId=none")).toEqual(where((i) => i % 5 === 0));
      expect(await names(`pageSize=50&ownerUserId=${t.world.staff.manager.id}`)).toEqual(where((i) => i % 5 !== 0));
      const combined = await list(`pageSize=2&stage=applicant&typeId=${referral}`);
      expect(combined.total).toBe(where((i) => i % 3 === 0 && i % 2 === 1).length);
      expect(combined.items.map((p) => p.name)).toEqual(where((i) => i % 3 === 0 && i % 2 === 1).slice(0, 2));
    });
  });
});
