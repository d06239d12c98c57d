import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { dayMs } from "../../src/domain/notifications/timer-plan";
import { SetClockResult } from "../../src/domain/notifications/schemas";
import { buildApp } from "../../src/server/app";
import { AdjustableClock } from "../../src/server/clock";
import { loadConfig } from "../../src/server/config";
import { scheduleStepTimers } from "../../src/server/modules/notifications/timers";
import { insertJourney } from "../factories/journeys";
import type { World } from "../factories/world";
import { call, createTestApp, createTestWorld, signIn, testPasswordHash, type TestApp } from "../support/test-app";
import { createTestDatabase } from "../support/test-database";
import { buildWorld } from "../factories/world";

let t: TestApp & { world: World };
let owner: string;

beforeAll(async () => {
  t = await createTestWorld();
  owner = await signIn(t.app, t.world.staff.owner.email);
});
afterAll(async () => t.close());

const setClock = (cookie: string, now: string, ws = "acme") => call(t.app, { method: "POST", url: `/api/w/${ws}/test/clock`, cookie, body: { now } });

describe("test clock (NODE_ENV=test only)", () => {
  it("moves the server's time and sweeps what became due, answering what fired in the caller's workspace", async () => {
    const base = new Date("2031-03-02T09:00:00Z");
    t.clock.set(base);
    const w = t.world;
    const journey = await insertJourney(t.ctx.db, { workspaceId: w.acme.id, partnerId: w.partners.a, steps: [{ key: "welcome_call", title: "Welcome call", ownerUserId: w.staff.manager.id, dueAt: new Date(base.getTime() + 5 * dayMs) }] });
    const step = journey.steps[0];
    if (!step) throw new Error("no step");
    await t.ctx.db.transaction((tx) => scheduleStepTimers(tx, { workspaceId: w.acme.id, stepId: step.id, dueAt: step.dueAt, now: base }));

    const target = new Date(base.getTime() + 3 * dayMs).toISOString();
    const response = await setClock(owner, target);
    expect(response.statusCode).toBe(200);
    const result = SetClockResult.parse(response.json());
    expect(Math.abs(Date.parse(result.now) - Date.parse(target))).toBeLessThan(5_000);
    expect(result.fired).toEqual([expect.objectContaining({ stepId: step.id, kind: "reminder", notifiedUserIds: [w.staff.manager.id], skipped: null })]);
    expect(Math.abs(t.clock.now().getTime() - Date.parse(target))).toBeLessThan(5_000);

    const manager = await signIn(t.app, w.staff.manager.email);
    const bell = await call(t.app, { method: "GET", url: "/api/w/acme/notifications", cookie: manager });
    expect(z.object({ items: z.array(z.object({ title: z.string() })) }).parse(bell.json()).items[0]?.title).toMatch(/^Welcome call is due /);
    t.clock.set(new Date());
  });

  it("is for owners only", async () => {
    const admin = await signIn(t.app, t.world.staff.admin.email);
    expect((await setClock(admin, new Date().toISOString())).statusCode).toBe(403);
    expect((await setClock(owner, "tomorrow")).statusCode).toBe(400);
  });

  it("gives an app built without a clock in a test build one that can be moved", async () => {
    const { database, dispose } = await createTestDatabase();
    try {
      const { app, ctx } = await buildApp({ config: loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DEMO: "0" }), database });
      expect(ctx.clock).toBeInstanceOf(AdjustableClock);
      await app.close();
    } finally {
      await dispose();
    }
  });
});

describe("outside NODE_ENV=test", () => {
  it("does not exist: 404 even for an owner, absent from the API document, and the clock is the system's", async () => {
    const dev = await createTestApp({ NODE_ENV: "development" });
    try {
      await buildWorld(dev.ctx, await testPasswordHash());
      const devOwner = await signIn(dev.app, "owner@acme.test");
      const response = await call(dev.app, { method: "POST", url: "/api/w/acme/test/clock", cookie: devOwner, body: { now: new Date().toISOString() } });
      expect(response.statusCode).toBe(404);
      const document = await call(dev.app, { method: "GET", url: "/api/openapi.json" });
      expect(document.body).not.toContain("/test/clock");
      const { app, ctx } = await buildApp({ config: loadConfig({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), LOG_LEVEL: "silent", DEMO: "0" }), database: dev.ctx.database });
      expect(ctx.clock).not.toBeInstanceOf(AdjustableClock);
      await app.close();
    } finally {
      await dev.close();
    }
  });
});
