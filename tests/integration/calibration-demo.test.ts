import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CalibrationReport } from "../../src/domain/calibration/contracts";
import { interviews, workspaces } from "../../src/server/db/schema";
import { demoAccounts, demoPassword, loadDemo } from "../../src/server/db/seed/demo";
import { call, createTestApp, signIn, type TestApp } from "../support/test-app";

/* The demo workspace shows calibration with something to say on first start. */

let t: TestApp;
let cookie = "";
let loadMs = 0;

beforeAll(async () => {
  t = await createTestApp();
  const started = performance.now();
  await loadDemo(t.ctx);
  loadMs = performance.now() - started;
  cookie = await signIn(t.app, demoAccounts.admin.email, demoPassword);
}, 120_000);
afterAll(() => t.close());

describe("demo recruiting data", () => {
  it("flags Marco as scoring high on functional fit, and only him", async () => {
    const response = await call(t.app, { method: "GET", url: "/api/w/demo/calibration?stageKey=functional_fit", cookie });
    expect(response.statusCode, response.body).toBe(200);
    const report = CalibrationReport.parse(response.json());
    const flagged = report.interviewers.filter((person) => person.overall.flag !== null).map((person) => [person.name, person.overall.flag]);
    expect(flagged).toEqual([["Marco Manager", "high"]]);
    expect(report.interviews.length).toBeGreaterThanOrEqual(5);
    for (const interview of report.interviews) expect(interview.panel.length).toBeGreaterThanOrEqual(2);
    expect(report.kits.map((kit) => kit.name)).toContain("Partner interviews");
  });

  it("has culture interviews held only by certified interviewers, a retro note, and upcoming interviews without scores", async () => {
    const certified = (await call(t.app, { method: "GET", url: "/api/w/demo/certifications", cookie })).json().map((c: { name: string }) => c.name);
    expect(certified).toEqual(["Adam Admin", "Ines Interviewer", "Maya Manager"]);
    const culture = CalibrationReport.parse((await call(t.app, { method: "GET", url: "/api/w/demo/calibration?stageKey=culture_fit", cookie })).json());
    expect(culture.interviews.length).toBeGreaterThan(0);
    for (const interview of culture.interviews) for (const member of interview.panel) expect(certified).toContain(member.name);
    const notes = (await call(t.app, { method: "GET", url: "/api/w/demo/calibration/notes", cookie })).json();
    expect(notes).toHaveLength(1);
    const [demo] = await t.ctx.db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, "demo"));
    const rows = await t.ctx.db.select({ status: interviews.status }).from(interviews).where(eq(interviews.workspaceId, demo?.id ?? ""));
    expect(rows.some((row) => row.status === "scheduled")).toBe(true);
  });

  it("is loaded once: a second load leaves it alone", async () => {
    expect(await loadDemo(t.ctx)).toBe(false);
    const notes = (await call(t.app, { method: "GET", url: "/api/w/demo/calibration/notes", cookie })).json();
    expect(notes).toHaveLength(1);
    console.info(`demo load with recruiting data: ${Math.round(loadMs)} ms`);
  });
});
