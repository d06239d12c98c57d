import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { World } from "../factories/world";
import { call, createTestWorld, signIn, testOrigin, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let admin: string;
const Actions = z.object({ items: z.array(z.object({ action: z.string(), actor: z.object({ label: z.string() }) })) });

beforeAll(async () => {
  t = await createTestWorld();
  admin = await signIn(t.app, t.world.staff.admin.email);
});
afterAll(() => t.close());

async function auditActions(filter: string) {
  const response = await call(t.app, { method: "GET", url: `/api/w/acme/audit?${filter}`, cookie: admin });
  return Actions.parse(response.json()).items;
}

describe("auth events in the audit log", () => {
  it("records a failed sign-in of a workspace member on that workspace's audit page", async () => {
    const failed = await t.app.inject({ method: "POST", url: "/api/auth/sign-in/email", headers: { origin: testOrigin }, payload: { email: t.world.staff.viewer.email, password: "wrong-password-1" } });
    expect(failed.statusCode).toBe(401);
    expect(failed.headers["content-type"]).toContain("application/problem+json");
    const entries = await auditActions("action=auth.sign_in_failed");
    expect(entries).toEqual([expect.objectContaining({ action: "auth.sign_in_failed", actor: { label: t.world.staff.viewer.email } })]);
  });

  it("records sign-in and sign-out", async () => {
    const cookie = await signIn(t.app, t.world.staff.manager.email);
    const out = await call(t.app, { method: "POST", url: "/api/auth/sign-out", cookie, body: {} });
    expect(out.statusCode).toBe(200);
    const entries = await auditActions(`actorUserId=${t.world.staff.manager.id}`);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["auth.signed_in", "auth.signed_out"]));
    expect(new Set(entries.map((e) => e.actor.label))).toEqual(new Set([t.world.staff.manager.email]));
  });

  it("keeps another workspace's people's sign-ins out of this workspace's log", async () => {
    await signIn(t.app, t.world.globex.ownerEmail);
    const entries = await auditActions("action=auth.signed_in");
    expect(entries.map((e) => e.actor.label)).not.toContain(t.world.globex.ownerEmail);
  });
});
