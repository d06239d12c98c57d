import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AuditPage } from "../../src/domain/audit/schemas";
import { Partner, Timeline } from "../../src/domain/partners/schemas";
import { Me } from "../../src/domain/workspaces/schemas";
import { activity } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import type { World } from "../factories/world";
import { parseCsv } from "../support/csv";
import { bodyOf, errorPaths, problemOf } from "../support/http";
import { invitationTokenIn, lastMailTo } from "../support/mail";
import { call, cookieHeader, createTestWorld, signIn, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let owner: string;
let manager: string;

beforeAll(async () => {
  t = await createTestWorld();
  owner = await signIn(t.app, t.world.staff.owner.email);
  manager = await signIn(t.app, t.world.staff.manager.email);
});
afterAll(() => t.close());
afterEach(() => t.clock.set(new Date()));

async function createPartner(cookie: string, name: string) {
  const response = await call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie, body: { name, typeId: t.world.acme.typeId } });
  expect(response.statusCode).toBe(201);
  return bodyOf(Partner, response);
}

describe("the audit log", () => {
  let p1: string;
  let p2: string;
  const audit = async (query: string) => {
    const response = await call(t.app, { method: "GET", url: `/api/w/acme/audit?${query}`, cookie: owner });
    expect(response.statusCode).toBe(200);
    return bodyOf(AuditPage, response);
  };
  const entities = async (query: string) => (await audit(query)).items.map((e) => `${e.action} ${e.entityId ?? ""}`);

  beforeAll(async () => {
    // Entries on three days of 2030; nothing else in this file is written in 2030.
    t.clock.set(new Date("2030-03-05T10:00:00Z"));
    p1 = (await createPartner(owner, "Audit One")).id;
    t.clock.set(new Date("2030-03-10T10:00:00Z"));
    p2 = (await createPartner(manager, "Audit Two")).id;
    t.clock.set(new Date("2030-03-15T10:00:00Z"));
    const patched = await call(t.app, { method: "PATCH", url: `/api/w/acme/partners/${p1}`, cookie: owner, body: { version: 1, website: "https://one.example" } });
    expect(patched.statusCode).toBe(200);
    t.clock.set(new Date());
  });

  it("filters by action, entity type and entity, newest first", async () => {
    expect(await entities("from=2030-01-01&action=partner.created")).toEqual([`partner.created ${p2}`, `partner.created ${p1}`]);
    expect(await entities("from=2030-01-01&entityType=partner")).toEqual([`partner.updated ${p1}`, `partner.created ${p2}`, `partner.created ${p1}`]);
    expect(await entities(`entityType=partner&entityId=${p1}`)).toEqual([`partner.updated ${p1}`, `partner.created ${p1}`]);
    const page = await audit("from=2030-01-01&pageSize=1&page=2");
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(page.items.map((e) => e.entityId)).toEqual([p2]);
  });

  it("filters by actor and by an inclusive date range", async () => {
    const byManager = await audit(`from=2030-01-01&actorUserId=${t.world.staff.manager.id}`);
    expect(byManager.items.map((e) => e.entityId)).toEqual([p2]);
    expect(byManager.items[0]?.actor).toEqual({ id: t.world.staff.manager.id, label: t.world.staff.manager.email });
    expect(await entities("from=2030-03-10&to=2030-03-10")).toEqual([`partner.created ${p2}`]);
    expect(await entities("from=2030-03-05&to=2030-03-09")).toEqual([`partner.created ${p1}`]);
    expect(await entities("from=2030-03-16")).toEqual([]);
    const bad = await call(t.app, { method: "GET", url: "/api/w/acme/audit?from=03/05/2030", cookie: owner });
    expect(errorPaths(problemOf(bad))).toEqual(["querystring.from"]);
  });

  it("shows only this workspace's entries", async () => {
    const created = await audit("action=workspace.created");
    expect(created.items.map((e) => e.entityId)).toEqual([t.world.acme.id]);
  });
});

describe("the audit CSV export", () => {
  const columns = ["id", "at", "actor", "actor_id", "action", "entity_type", "entity_id", "before", "after"];
  const csv = (query: string) => call(t.app, { method: "GET", url: `/api/w/acme/audit.csv?${query}`, cookie: owner });
  let sneakyId: string;

  beforeAll(async () => {
    // A person whose email starts with "+" creates partners whose names look like formulas.
    const invited = await call(t.app, { method: "POST", url: "/api/w/acme/invitations", cookie: owner, body: { email: "+cmd@acme.test", role: "partner_manager" } });
    expect(invited.statusCode).toBe(201);
    const token = invitationTokenIn((await lastMailTo(t.ctx.db, "+cmd@acme.test")).textBody);
    const accepted = await call(t.app, { method: "POST", url: "/api/auth/invitation/accept", body: { token, name: "Sneaky", password: "sneaky-password-1" } });
    const sneaky = cookieHeader(accepted);
    sneakyId = bodyOf(Me, await call(t.app, { method: "GET", url: "/api/me", cookie: sneaky })).user.id;
    await createPartner(sneaky, '=HYPERLINK("x")');
    await createPartner(sneaky, "+cmd");
  });

  it("downloads as an attachment with a header row and the filters applied", async () => {
    const response = await csv(`action=partner.created&actorUserId=${sneakyId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/csv/);
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="accord-audit-acme-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual(columns);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.slice(3, 6)).toEqual([sneakyId, "partner.created", "partner"]);
    const names = rows.map((row) => z.object({ name: z.string() }).parse(JSON.parse(row[8] ?? "null")).name);
    expect(names).toEqual(['=HYPERLINK("x")', "+cmd"]);
  });

  it("holds the same entries as the JSON log, oldest first", async () => {
    const partnerId = t.world.partners.a;
    await call(t.app, { method: "PATCH", url: `/api/w/acme/partners/${partnerId}`, cookie: owner, body: { version: 1, country: "AT" } });
    const json = bodyOf(AuditPage, await call(t.app, { method: "GET", url: `/api/w/acme/audit?entityId=${partnerId}`, cookie: owner }));
    const [, ...rows] = parseCsv((await csv(`entityId=${partnerId}`)).body);
    expect(rows.map((row) => row[0])).toEqual(json.items.map((e) => e.id).reverse());
    expect(rows.length).toBeGreaterThan(0);
  });

  it("neutralises every cell a spreadsheet would run as a formula with a leading quote", async () => {
    const [, ...rows] = parseCsv((await csv("")).body);
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // Their own workspace actions are labelled with their email, neutralised.
    const sneakyRows = rows.filter((row) => row[3] === sneakyId && !row[4]?.startsWith("auth."));
    expect(sneakyRows.length).toBeGreaterThanOrEqual(3);
    for (const row of sneakyRows) expect(row[2]).toBe("'+cmd@acme.test");
  });
});

describe("the partner timeline", () => {
  const timeline = (cookie: string, partnerId: string, query = "") => call(t.app, { method: "GET", url: `/api/w/acme/partners/${partnerId}/timeline${query}`, cookie });

  it("shows internal entries to staff and only shared ones to the partner's own users", async () => {
    const partnerId = t.world.partners.b;
    const patched = await call(t.app, { method: "PATCH", url: `/api/w/acme/partners/${partnerId}`, cookie: owner, body: { version: 1, website: "https://beta.example" } });
    expect(patched.statusCode).toBe(200);
    expect((await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partnerId}/stage`, cookie: owner, body: { version: 2, stage: "screening" } })).statusCode).toBe(200);
    expect((await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partnerId}/invitations`, cookie: owner, body: { email: "tim@beta.test" } })).statusCode).toBe(201);

    const staffView = bodyOf(Timeline, await timeline(owner, partnerId));
    expect(staffView.items.map((e) => [e.kind, e.visibility])).toEqual([
      ["partner.user_invited", "shared"],
      ["partner.stage_changed", "internal"],
      ["partner.updated", "internal"],
    ]);
    const bob = await signIn(t.app, t.world.partnerUsers.bAdmin.email);
    const partnerView = bodyOf(Timeline, await timeline(bob, partnerId));
    expect(partnerView.items.map((e) => e.kind)).toEqual(["partner.user_invited"]);
    const alice = await signIn(t.app, t.world.partnerUsers.aAdmin.email);
    expect((await timeline(alice, partnerId)).statusCode).toBe(404);
  });

  it("pages with before through every entry once, even when entries share a moment", async () => {
    const partnerId = (await createPartner(owner, "Timeline Pages")).id;
    const base = new Date("2026-06-01T12:00:00Z").getTime();
    // Eleven entries; four of them at the very same millisecond, so a page boundary falls inside that moment.
    const moments = [0, 1, 2, 3, 3, 3, 3, 4, 5, 6, 7].map((k) => new Date(base + k * 1_000));
    const rows = moments.map((at, i) => ({ id: newId(), workspaceId: t.world.acme.id, partnerId, actorUserId: null, kind: "test.entry", summary: `entry ${i}`, visibility: i % 2 === 0 ? ("shared" as const) : ("internal" as const), at }));
    await t.ctx.db.insert(activity).values(rows);
    const expected = [...rows].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);

    const seen: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 20; page++) {
      const query: string = `?limit=2${before ? `&before=${encodeURIComponent(before)}` : ""}`;
      const result = bodyOf(Timeline, await timeline(owner, partnerId, query));
      seen.push(...result.items.map((e) => e.id));
      before = result.nextBefore;
      if (!before) break;
    }
    // The partner's own "created" entry is the newest (written now); the rest follow in order.
    expect(seen.slice(1)).toEqual(expected);
    const olderThan = new Date(base + 4_000).toISOString();
    const older = bodyOf(Timeline, await timeline(owner, partnerId, `?before=${encodeURIComponent(olderThan)}`));
    expect(older.items.every((e) => new Date(e.at).getTime() < base + 4_000)).toBe(true);
    expect(older.items).toHaveLength(7);
  });
});
