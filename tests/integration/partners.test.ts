import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestWorld, signIn, type TestApp } from "../support/test-app";
import type { World } from "../factories/world";

let t: TestApp & { world: World };
let owner: string;
let manager: string;

beforeAll(async () => {
  t = await createTestWorld();
  owner = await signIn(t.app, t.world.staff.owner.email);
  manager = await signIn(t.app, t.world.staff.manager.email);
});
afterAll(() => t.close());

describe("partners", () => {
  it("creates a partner with its first stage in the history and an audit entry", async () => {
    const created = await call(t.app, {
      method: "POST",
      url: "/api/w/acme/partners",
      cookie: owner,
      body: { name: "Gamma Group", typeId: t.world.acme.typeId, country: "FR", timeZone: "Europe/Paris", website: "https://gamma.example" },
    });
    expect(created.statusCode).toBe(201);
    const partner = created.json();
    expect(partner).toMatchObject({ name: "Gamma Group", stage: "applicant", version: 1, country: "FR" });
    const history = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${partner.id}/stage-history`, cookie: owner });
    expect(history.json()).toEqual([expect.objectContaining({ fromStage: null, toStage: "applicant" })]);
    const audit = await call(t.app, { method: "GET", url: `/api/w/acme/audit?entityId=${partner.id}`, cookie: owner });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(["partner.created"]);
  });

  it("answers a stale version with 409 and keeps the newer edit", async () => {
    const url = `/api/w/acme/partners/${t.world.partners.a}`;
    const first = await call(t.app, { method: "PATCH", url, cookie: manager, body: { version: 1, website: "https://alpha.example" } });
    expect(first.statusCode).toBe(200);
    const stale = await call(t.app, { method: "PATCH", url, cookie: owner, body: { version: 1, website: "https://stale.example" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers["content-type"]).toContain("application/problem+json");
    const now = await call(t.app, { method: "GET", url, cookie: owner });
    expect(now.json()).toMatchObject({ website: "https://alpha.example", version: 2 });
  });
});

describe("partner pages", () => {
  it("tells the total on every page, also past the last one", async () => {
    const first = await call(t.app, { method: "GET", url: "/api/w/acme/partners?pageSize=1", cookie: owner });
    const total: unknown = first.json().total;
    expect(total).toBeGreaterThanOrEqual(2);
    expect(first.json().items).toHaveLength(1);
    const beyond = await call(t.app, { method: "GET", url: "/api/w/acme/partners?pageSize=1&page=999", cookie: owner });
    expect(beyond.json()).toMatchObject({ items: [], total, page: 999 });
    const none = await call(t.app, { method: "GET", url: "/api/w/acme/partners?q=no-such-partner-anywhere", cookie: owner });
    expect(none.json()).toMatchObject({ items: [], total: 0 });
  });
});
