import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { activity, auditLog } from "../../src/server/db/schema";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* The preferences survey before kickoff (R-F3) and the alignment record both sides keep (R-F2). */

let t: TestApp & { world: World };
let w: World;
let cookies: Awaited<ReturnType<typeof signInWorld>>;

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  cookies = await signInWorld(t.app, w);
});
afterAll(() => t.close());

const url = (what: string, partnerId = w.partners.a) => `/api/w/acme/partners/${partnerId}/${what}`;
const answers = { meetingFrequency: "every_two_weeks", timeZone: "Europe/Berlin", learningStyle: "hands_on", preferredChannel: "video_call" };
const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });

describe("the preferences survey", () => {
  it("keeps one set of answers per person and side, and sums up both sides with the hours they share", async () => {
    expect((await call(t.app, { method: "PUT", url: url("preferences"), cookie: cookies.aAdmin, body: answers })).statusCode).toBe(200);
    const response = await call(t.app, { method: "PUT", url: url("preferences"), cookie: cookies.manager, body: { ...answers, timeZone: "America/New_York", meetingFrequency: "weekly" } });
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view.mine).toEqual({ ...answers, timeZone: "America/New_York", meetingFrequency: "weekly" });
    expect(view.answers.map((a: { person: { name: string }; side: string }) => [a.person.name, a.side])).toEqual([
      ["Max Manager", "host"],
      ["Alice Alpha", "partner"],
    ]);
    expect(view.summary.answered).toEqual({ host: 1, partner: 1 });
    expect(view.summary.preferredChannel).toEqual([{ value: "video_call", host: 1, partner: 1 }]);
    expect(view.summary.commonHours.minutes).toBe(120);
    expect(view.summary.commonHours.windows).toContainEqual({ zone: "America/New_York", from: "09:00", to: "11:00" });
  });

  it("changes the person's answers instead of adding a second set", async () => {
    await call(t.app, { method: "PUT", url: url("preferences"), cookie: cookies.aAdmin, body: { ...answers, preferredChannel: "email" } });
    const view = (await call(t.app, { method: "GET", url: url("preferences"), cookie: cookies.aMember })).json();
    expect(view.answers).toHaveLength(2);
    expect(view.mine).toBeNull();
    expect(view.answers.find((a: { side: string }) => a.side === "partner").answers.preferredChannel).toBe("email");
  });

  it("names the field of a bad answer (400) and writes nothing", async () => {
    const response = await call(t.app, { method: "PUT", url: url("preferences"), cookie: cookies.aMember, body: { ...answers, timeZone: "Mars/Olympus", learningStyle: "osmosis" } });
    expect(response.statusCode).toBe(400);
    expect(Errors.parse(response.json()).errors.map((e) => e.path)).toEqual(expect.arrayContaining(["body.timeZone", "body.learningStyle"]));
    expect((await call(t.app, { method: "GET", url: url("preferences"), cookie: cookies.aMember })).json().answers).toHaveLength(2);
  });

  it("does not exist for another partner's user (404)", async () => {
    expect((await call(t.app, { method: "GET", url: url("preferences"), cookie: cookies.bAdmin })).statusCode).toBe(404);
    expect((await call(t.app, { method: "PUT", url: url("preferences"), cookie: cookies.bAdmin, body: answers })).statusCode).toBe(404);
  });
});

describe("the alignment record", () => {
  const edit = (cookie: string, body: object, partnerId?: string) => call(t.app, { method: "PUT", url: url("alignment", partnerId), cookie, body });

  it("starts empty at version 0", async () => {
    const view = (await call(t.app, { method: "GET", url: url("alignment"), cookie: cookies.viewer })).json();
    expect(view).toMatchObject({ version: 0, content: { topObjectives: [], concerns: [], successLooksLike: "", communicationStyle: "", timeZones: [] }, history: [] });
  });

  it("is edited by both sides on the version they read, keeping who changed what from what to what", async () => {
    const first = await edit(cookies.manager, { versionRead: 0, changes: { topObjectives: ["First deal in 60 days", "Two certified consultants"], timeZones: ["Europe/Berlin"] } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(1);
    const second = await edit(cookies.aAdmin, { versionRead: 1, changes: { concerns: ["Slow answers on pricing"], successLooksLike: "Three joint customers live by summer" } });
    expect(second.statusCode).toBe(200);
    const view = second.json();
    expect(view.version).toBe(2);
    expect(view.updatedBy).toBe("Alice Alpha");
    expect(view.content.topObjectives).toEqual(["First deal in 60 days", "Two certified consultants"]);
    expect(view.history).toEqual([
      expect.objectContaining({ version: 2, field: "concerns", from: "", to: "Slow answers on pricing", side: "partner", by: "Alice Alpha" }),
      expect.objectContaining({ version: 2, field: "successLooksLike", from: "", to: "Three joint customers live by summer", side: "partner" }),
      expect.objectContaining({ version: 1, field: "topObjectives", from: "", to: "First deal in 60 days; Two certified consultants", side: "host", by: "Max Manager" }),
      expect.objectContaining({ version: 1, field: "timeZones", to: "Europe/Berlin", side: "host" }),
    ]);
    const shared = await t.ctx.db.select().from(activity).where(and(eq(activity.partnerId, w.partners.a), eq(activity.kind, "alignment.edited")));
    expect(shared.map((row) => row.visibility)).toEqual(["shared", "shared"]);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, "alignment.edited"));
    expect(audits).toHaveLength(2);
  });

  it("answers a stale edit with 409 naming each field changed since, by whom, and changes nothing", async () => {
    const response = await edit(cookies.manager, { versionRead: 1, changes: { successLooksLike: "Something else" } });
    expect(response.statusCode).toBe(409);
    const problem = Errors.parse(response.json());
    expect(problem.errors.map((e) => e.path)).toEqual(["body.changes.concerns", "body.changes.successLooksLike"]);
    expect(problem.errors[1]?.message).toContain("Alice Alpha (partner side)");
    expect(problem.errors[1]?.message).toContain("Three joint customers live by summer");
    expect((await call(t.app, { method: "GET", url: url("alignment"), cookie: cookies.manager })).json().version).toBe(2);
  });

  it("makes no new version for an edit that changes nothing", async () => {
    const response = await edit(cookies.aMember, { versionRead: 2, changes: { concerns: ["Slow answers on pricing"] } });
    expect(response.statusCode).toBe(200);
    expect(response.json().version).toBe(2);
    expect(response.json().history).toHaveLength(4);
  });

  it("refuses bad input with 400 per field", async () => {
    const response = await edit(cookies.manager, { versionRead: 2, changes: { topObjectives: ["a", "b", "c", "d", "e", "f"], timeZones: ["Nowhere/Land"] } });
    expect(response.statusCode).toBe(400);
    expect(Errors.parse(response.json()).errors.map((e) => e.path)).toEqual(expect.arrayContaining(["body.changes.topObjectives", "body.changes.timeZones.0"]));
    expect((await edit(cookies.manager, { versionRead: 2, changes: {} })).statusCode).toBe(400);
  });

  it("is read-only for viewers (403) and does not exist for another partner's user (404)", async () => {
    expect((await edit(cookies.viewer, { versionRead: 2, changes: { successLooksLike: "x" } })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: url("alignment"), cookie: cookies.bAdmin })).statusCode).toBe(404);
    expect((await edit(cookies.bAdmin, { versionRead: 2, changes: { successLooksLike: "x" } })).statusCode).toBe(404);
    expect((await edit(cookies.aAdmin, { versionRead: 0, changes: { successLooksLike: "x" } }, w.partners.b)).statusCode).toBe(404);
  });
});
