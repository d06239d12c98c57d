import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CalibrationReport } from "../../src/domain/calibration/contracts";
import { defaultKitStages } from "../../src/domain/interviews/default-kit";
import type { InterviewKitStage } from "../../src/domain/interviews/kit";
import { auditLog, interviewKits } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { builtInKitId, ensureDefaultKit } from "../../src/server/modules/interviews/kits";
import { insertHeldInterviews, type PanelSeat } from "../factories/calibration-rows";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Calibration (R-B4): figures from real interview rows, filtered; who may read them. */

let t: TestApp & { world: World };
let w: World;
let cookies: Awaited<ReturnType<typeof signInWorld>>;
let kitId = "";
let otherKitId = "";
const [functional, culture] = defaultKitStages as [InterviewKitStage, InterviewKitStage];
const day = (n: number) => new Date(Date.UTC(2026, 9, n, 9));
const functionalScores = (level: number) => ({ capability: level, delivery_track_record: level, commercial_fit: level });
const cultureScores = (level: number) => ({ values_alignment: level, communication: level, client_first: level });

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  await ensureDefaultKit(t.ctx.db, t.clock, w.acme.id);
  kitId = builtInKitId(w.acme.id);
  otherKitId = newId();
  const now = t.clock.now();
  await t.ctx.db.insert(interviewKits).values({ id: otherKitId, workspaceId: w.acme.id, name: "Agency interviews", stages: [functional], createdAt: now, updatedAt: now });
  const { manager, otherManager, interviewer, admin } = w.staff;
  // Mia scores every functional candidate a point above Max and Ivo, on four interviews.
  const functionalPanel = (level: number): PanelSeat[] => [
    { userId: otherManager.id, scores: functionalScores(level + 1), recommendation: "yes" },
    { userId: manager.id, scores: functionalScores(level), recommendation: level >= 3 ? "yes" : "no" },
    { userId: interviewer.id, scores: functionalScores(level), recommendation: level >= 3 ? "yes" : "no" },
  ];
  const held = [1, 2, 3, 4].map((n) => ({ partnerId: n % 2 ? w.partners.a : w.partners.b, stage: functional, startsAt: day(n), panel: functionalPanel(1 + n) }));
  // Ann scores two culture interviews two points high: too few to flag.
  const cultureHeld = [10, 11].map((n) => ({
    partnerId: w.partners.a,
    stage: culture,
    startsAt: day(n),
    panel: [
      { userId: admin.id, scores: cultureScores(5), recommendation: "strong_yes" as const },
      { userId: interviewer.id, scores: cultureScores(3), recommendation: "no" as const },
    ],
  }));
  // A cancelled interview with wild scores, and one where Max has not submitted yet.
  const others = [
    { partnerId: w.partners.a, stage: functional, startsAt: day(5), status: "cancelled" as const, panel: [{ userId: otherManager.id, scores: functionalScores(1) }, { userId: manager.id, scores: functionalScores(5) }] },
    { partnerId: w.partners.b, stage: functional, startsAt: day(20), panel: [{ userId: interviewer.id, scores: functionalScores(4) }, { userId: manager.id }] },
  ];
  await insertHeldInterviews(t.ctx.db, { workspaceId: w.acme.id, kitId, createdBy: w.staff.owner.id, now, interviews: [...held, ...cultureHeld, ...others] });
  await insertHeldInterviews(t.ctx.db, {
    workspaceId: w.acme.id,
    kitId: otherKitId,
    createdBy: w.staff.owner.id,
    now,
    interviews: [{ partnerId: w.partners.a, stage: functional, startsAt: day(25), panel: [{ userId: manager.id, scores: functionalScores(2) }, { userId: otherManager.id, scores: functionalScores(2) }] }],
  });
  cookies = await signInWorld(t.app, w);
});
afterAll(() => t.close());

async function report(query = "", cookie = cookies.manager) {
  const response = await call(t.app, { method: "GET", url: `/api/w/acme/calibration${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return CalibrationReport.parse(response.json());
}
const personIn = (figures: Awaited<ReturnType<typeof report>>, userId: string) => figures.interviewers.find((person) => person.userId === userId);

describe("calibration figures", () => {
  it("flags the interviewer who scores a point above the rest of the panel, per criterion and overall", async () => {
    const figures = await report(`?kitId=${kitId}&stageKey=functional_fit`);
    const mia = personIn(figures, w.staff.otherManager.id);
    expect(mia?.name).toBe("Mia Manager");
    expect(mia?.overall).toMatchObject({ count: 12, meanDiff: 1, flag: "high" });
    expect(mia?.byCriterion.find((c) => c.key === "capability")).toEqual({ key: "capability", count: 4, mean: 4.5, panelMean: 3.5, meanDiff: 1, spread: 0, flag: "high" });
    const max = personIn(figures, w.staff.manager.id);
    expect(max?.overall.meanDiff).toBeCloseTo(-0.5);
    expect(figures.rule).toEqual({ threshold: 0.5, minShared: 3 });
    expect(figures.criteria.map((c) => c.key)).toEqual(["capability", "delivery_track_record", "commercial_fit"]);
  });

  it("does not flag a large difference seen in only two interviews", async () => {
    const figures = await report("?stageKey=culture_fit");
    const ann = personIn(figures, w.staff.admin.id);
    expect(ann?.overall).toMatchObject({ meanDiff: 2, flag: null });
    expect(ann?.byCriterion.every((c) => c.count === 2 && c.flag === null)).toBe(true);
    expect(ann?.recommendations).toEqual({ compared: 2, agreed: 0 });
  });

  it("lists the interviews it used, with who on the panel has submitted, and leaves out cancelled ones", async () => {
    const figures = await report(`?kitId=${kitId}`);
    expect(figures.interviews).toHaveLength(7);
    expect(figures.interviews.map((i) => i.startsAt)).not.toContain(day(5).toISOString());
    const pending = figures.interviews.find((i) => i.startsAt === day(20).toISOString());
    expect(pending?.panel.map((m) => [m.name, m.submitted])).toEqual([
      ["Ivo Interviewer", true],
      ["Max Manager", false],
    ]);
    expect(pending).toMatchObject({ partnerName: "Beta Services", kitName: "Partner interviews", stageName: "Functional fit" });
    expect(figures.kits.map((kit) => kit.name)).toEqual(["Agency interviews", "Partner interviews"]);
  });

  it("narrows by kit and by days, both ends included", async () => {
    expect((await report(`?kitId=${otherKitId}`)).interviews).toHaveLength(1);
    const early = await report("?from=2026-10-02&to=2026-10-03");
    expect(early.interviews.map((i) => i.startsAt).sort()).toEqual([day(2).toISOString(), day(3).toISOString()]);
    expect(personIn(early, w.staff.otherManager.id)?.overall.flag).toBeNull();
    const empty = await report("?from=2027-01-01");
    expect(empty).toMatchObject({ interviewers: [], interviews: [], criteria: [] });
  });

  it("answers bad filters with 400 naming the field", async () => {
    const cases: [string, string][] = [
      ["?kitId=not-an-id", "querystring.kitId"],
      [`?kitId=${newId()}`, "querystring.kitId"],
      ["?from=2026-13-01", "querystring.from"],
      ["?from=2026-10-05&to=2026-10-01", "querystring.to"],
      ["?stageKey=Bad Key", "querystring.stageKey"],
    ];
    for (const [query, path] of cases) {
      const response = await call(t.app, { method: "GET", url: `/api/w/acme/calibration${query}`, cookie: cookies.admin });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it("is for admins and partner managers: interviewers, viewers and partner users get 403", async () => {
    for (const cookie of [cookies.interviewer, cookies.viewer, cookies.aAdmin]) {
      expect((await call(t.app, { method: "GET", url: "/api/w/acme/calibration", cookie })).statusCode).toBe(403);
      expect((await call(t.app, { method: "GET", url: "/api/w/acme/certifications", cookie })).statusCode).toBe(403);
    }
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/calibration", cookie: cookies.globexOwner })).statusCode).toBe(404);
  });
});

async function auditOf(userId: string) {
  const rows = await t.ctx.db.select({ action: auditLog.action, before: auditLog.before, after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityType, "staff_certification"), eq(auditLog.entityId, userId)));
  return rows;
}

describe("certified culture interviewers", () => {
  const certUrl = (userId: string) => `/api/w/acme/certifications/${userId}`;

  it("certifies a staff member with a note, updates the note, lists them and audits both", async () => {
    const first = await call(t.app, { method: "PUT", url: certUrl(w.staff.interviewer.id), cookie: cookies.admin, body: { note: "Shadowed three culture interviews" } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ userId: w.staff.interviewer.id, name: "Ivo Interviewer", role: "interviewer", active: true, note: "Shadowed three culture interviews", certifiedBy: { name: "Ann Admin" } });
    const again = await call(t.app, { method: "PUT", url: certUrl(w.staff.interviewer.id), cookie: cookies.owner, body: { note: "Led two" } });
    expect(again.json()).toMatchObject({ note: "Led two", certifiedBy: { name: "Olga Owner" } });
    const list = await call(t.app, { method: "GET", url: "/api/w/acme/certifications", cookie: cookies.manager });
    expect(list.json().map((c: { name: string }) => c.name)).toEqual(["Ivo Interviewer"]);
    expect((await auditOf(w.staff.interviewer.id)).map((row) => row.action)).toEqual(["certification.granted", "certification.updated"]);
    // The figures mark certified interviewers.
    expect(personIn(await report("?stageKey=culture_fit"), w.staff.interviewer.id)?.certified).toBe(true);
  });

  it("refuses viewers and deactivated staff (400), and people who are not staff here (404)", async () => {
    const viewer = await call(t.app, { method: "PUT", url: certUrl(w.staff.viewer.id), cookie: cookies.admin, body: {} });
    expect(viewer.statusCode).toBe(400);
    expect(viewer.json().errors).toEqual([{ path: "params.userId", message: "viewers cannot be certified" }]);
    expect((await call(t.app, { method: "PUT", url: certUrl(w.partnerUsers.aAdmin.id), cookie: cookies.admin, body: {} })).statusCode).toBe(404);
    expect((await call(t.app, { method: "PUT", url: certUrl("nobody"), cookie: cookies.admin, body: {} })).statusCode).toBe(404);
    const tooLong = await call(t.app, { method: "PUT", url: certUrl(w.staff.manager.id), cookie: cookies.admin, body: { note: "x".repeat(1001) } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].path).toBe("body.note");
    expect(await auditOf(w.staff.viewer.id)).toEqual([]);
  });

  it("lets only admins change the list", async () => {
    for (const cookie of [cookies.manager, cookies.interviewer, cookies.viewer, cookies.aAdmin]) {
      expect((await call(t.app, { method: "PUT", url: certUrl(w.staff.manager.id), cookie, body: {} })).statusCode).toBe(403);
      expect((await call(t.app, { method: "DELETE", url: certUrl(w.staff.interviewer.id), cookie })).statusCode).toBe(403);
    }
  });

  it("withdraws a certification once, audited with what it was", async () => {
    await call(t.app, { method: "PUT", url: certUrl(w.staff.manager.id), cookie: cookies.admin, body: { note: "Temporary" } });
    const removed = await call(t.app, { method: "DELETE", url: certUrl(w.staff.manager.id), cookie: cookies.admin });
    expect(removed.statusCode).toBe(200);
    expect((await call(t.app, { method: "DELETE", url: certUrl(w.staff.manager.id), cookie: cookies.admin })).statusCode).toBe(404);
    const audit = await auditOf(w.staff.manager.id);
    expect(audit.at(-1)).toMatchObject({ action: "certification.revoked", before: { kind: "culture_interviews", note: "Temporary" }, after: null });
    const list = await call(t.app, { method: "GET", url: "/api/w/acme/certifications", cookie: cookies.admin });
    expect(list.json().map((c: { userId: string }) => c.userId)).not.toContain(w.staff.manager.id);
  });
});

describe("retro notes", () => {
  it("keeps a note with its scope, author and date, newest first", async () => {
    const body = { scope: { kitId, stageKey: "functional_fit", from: "2026-10-01", to: "2026-10-31" }, body: "Mia reads 'capability' generously; agree on what a 3 looks like." };
    const created = await call(t.app, { method: "POST", url: "/api/w/acme/calibration/notes", cookie: cookies.admin, body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ body: body.body, author: { name: "Ann Admin" }, scope: { kitName: "Partner interviews", stageName: "Functional fit", from: "2026-10-01", to: "2026-10-31" } });
    const stageOnly = await call(t.app, { method: "POST", url: "/api/w/acme/calibration/notes", cookie: cookies.owner, body: { scope: { stageKey: "culture_fit" }, body: "Culture retro" } });
    expect(stageOnly.json().scope).toMatchObject({ kitName: null, stageName: "Culture fit" });
    await call(t.app, { method: "POST", url: "/api/w/acme/calibration/notes", cookie: cookies.owner, body: { scope: {}, body: "Second retro" } });
    const list = await call(t.app, { method: "GET", url: "/api/w/acme/calibration/notes", cookie: cookies.manager });
    expect(list.json().map((n: { body: string }) => n.body)).toEqual(["Second retro", "Culture retro", body.body]);
    expect(list.json()[0].scope).toEqual({ kitId: null, kitName: null, stageKey: null, stageName: null, from: null, to: null });
    const [audit] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, "calibration.note_added"), eq(auditLog.entityId, created.json().id)));
    expect(audit?.actorLabel).toBe("admin@acme.test");
  });

  it("refuses an empty note, an unknown kit and a backwards range, naming the field", async () => {
    const cases: [object, string][] = [
      [{ scope: {}, body: "  " }, "body.body"],
      [{ scope: { kitId: newId() }, body: "x" }, "body.scope.kitId"],
      [{ scope: { from: "2026-10-05", to: "2026-10-01" }, body: "x" }, "body.scope.to"],
      [{ body: "x" }, "body.scope"],
    ];
    for (const [body, path] of cases) {
      const response = await call(t.app, { method: "POST", url: "/api/w/acme/calibration/notes", cookie: cookies.admin, body });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it("lets partner managers read notes but not write them; viewers and partner users neither", async () => {
    expect((await call(t.app, { method: "POST", url: "/api/w/acme/calibration/notes", cookie: cookies.manager, body: { scope: {}, body: "x" } })).statusCode).toBe(403);
    for (const cookie of [cookies.viewer, cookies.interviewer, cookies.aMember]) {
      expect((await call(t.app, { method: "GET", url: "/api/w/acme/calibration/notes", cookie })).statusCode).toBe(403);
    }
  });
});
