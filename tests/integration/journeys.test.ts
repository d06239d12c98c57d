import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Journey, type JourneyStep } from "../../src/domain/journeys/contracts";
import { journeyEvents, journeyTimers } from "../../src/server/db/schema";
import { insertTemplate } from "../factories/templates";
import { bodyOf, errorPaths, problemOf } from "../support/http";
import { call, createTestWorld, signIn, type TestApp } from "../support/test-app";
import type { World } from "../factories/world";

let t: TestApp & { world: World };
let w: World;
const cookies: Record<string, string> = {};
let templateId = "";
/** The journey of partner A, started by the first test and read again after each change. */
let journey: Journey;
const monday = new Date("2026-03-02T08:00:00Z"); // 09:00 in Berlin

const A = () => `/api/w/acme/partners/${w.partners.a}/journeys`;
const stepOf = (journey: Journey, key: string): JourneyStep => {
  const step = journey.steps.find((s) => s.key === key);
  if (!step) throw new Error(`no step ${key}`);
  return step;
};

async function start(body: object = { templateId }) {
  const response = await call(t.app, { method: "POST", url: A(), cookie: cookies.manager, body });
  return response;
}
async function read(journeyId: string, who = "manager") {
  return bodyOf(Journey, await call(t.app, { method: "GET", url: `${A()}/${journeyId}`, cookie: cookies[who] }));
}
async function act(journey: Journey, key: string, verb: string, body: object, who = "manager") {
  const step = stepOf(journey, key);
  return call(t.app, { method: "POST", url: `${A()}/${journey.id}/steps/${step.id}/${verb}`, cookie: cookies[who], body: { version: step.version, ...body } });
}

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  t.clock.freeze(monday);
  for (const [who, email] of Object.entries({ manager: w.staff.manager.email, manager2: w.staff.otherManager.email, admin: w.staff.admin.email, viewer: w.staff.viewer.email, aAdmin: w.partnerUsers.aAdmin.email, aMember: w.partnerUsers.aMember.email, bAdmin: w.partnerUsers.bAdmin.email })) {
    cookies[who] = await signIn(t.app, email);
  }
  templateId = await insertTemplate(t.ctx.db, w.acme.id, "test-onboarding");
});
afterAll(async () => t.close());

describe("starting a journey", () => {

  it("turns the template into the partner's steps with owners, due dates in its time zone, and timers", async () => {
    const response = await start();
    expect(response.statusCode).toBe(201);
    journey = bodyOf(Journey, response);
    expect(journey.steps.map((s) => s.key)).toEqual(["kickoff", "profile", "internal_check", "nda", "plan_approval", "optional_training", "first_deal", "follow_up"]);
    expect(stepOf(journey, "kickoff").owner?.userId).toBe(w.staff.manager.id);
    expect(stepOf(journey, "nda").owner?.userId).toBe(w.partnerUsers.aAdmin.id);
    expect(stepOf(journey, "optional_training").owner?.userId).toBe(w.partnerUsers.aMember.id);
    // Two business days after Monday 09:00 Berlin is Wednesday 09:00 Berlin.
    expect(stepOf(journey, "kickoff").dueAt).toBe("2026-03-04T08:00:00.000Z");
    // Counted from kickoff's planned date until it is done.
    expect(stepOf(journey, "profile").dueAt).toBe("2026-03-07T08:00:00.000Z");
    expect(stepOf(journey, "follow_up").dueAt).toBeNull();
    expect(stepOf(journey, "kickoff").baselineDueAt).toBe(stepOf(journey, "kickoff").dueAt);
    expect(journey.phases.map((p) => [p.key, p.state])).toEqual([["welcome", "open"], ["launch", "locked"]]);
    expect(stepOf(journey, "plan_approval").state).toBe("locked");
    expect(stepOf(journey, "profile").state).toBe("blocked");
    expect(journey.status).toBe("on_track");
    const timers = await t.ctx.db.select().from(journeyTimers).where(eq(journeyTimers.stepId, stepOf(journey, "nda").id));
    expect(timers.map((timer) => timer.kind).sort()).toEqual(["escalation", "overdue", "reminder"]);
  });

  it("refuses a second running journey for the same partner with 409", async () => {
    expect((await start()).statusCode).toBe(409);
  });

  it("refuses to leave out a required step, naming it", async () => {
    const response = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${w.partners.b}/journeys`, cookie: cookies.admin, body: { templateId, omitSteps: ["nda"] } });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(problemOf(response))).toEqual(["body.omitSteps.0"]);
  });

  it("shows partner users the shared steps only, and counts only those in their progress", async () => {
    const seen = await read(journey.id, "aAdmin");
    expect(seen.steps.some((s) => s.key === "internal_check")).toBe(false);
    expect(journey.progress).toEqual({ done: 0, total: 8, percent: 0 });
    expect(seen.progress).toEqual({ done: 0, total: 7, percent: 0 });
    expect(seen.canManage).toBe(false);
  });

  it("hides partner A's journey from partner B's admin", async () => {
    const response = await call(t.app, { method: "GET", url: `${A()}/${journey.id}`, cookie: cookies.bAdmin });
    expect(response.statusCode).toBe(404);
  });

  it("answers 404 when a partner user tries to complete an internal step", async () => {
    const internal = stepOf(journey, "internal_check");
    const response = await call(t.app, { method: "POST", url: `${A()}/${journey.id}/steps/${internal.id}/complete`, cookie: cookies.aAdmin, body: { version: internal.version } });
    expect(response.statusCode).toBe(404);
  });
});

describe("working through steps", () => {
  it("shows the due-date shifts before completing, then shifts them when the step is done early", async () => {
    t.clock.freeze(new Date("2026-03-03T10:00:00Z"));
    const kickoff = stepOf(journey, "kickoff");
    const preview = await call(t.app, { method: "GET", url: `${A()}/${journey.id}/steps/${kickoff.id}/completion-preview`, cookie: cookies.manager });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({ shifts: [{ stepId: stepOf(journey, "profile").id, key: "profile", title: "Company profile", from: "2026-03-07T08:00:00.000Z", to: "2026-03-06T10:00:00.000Z" }] });
    const response = await act(journey, "kickoff", "complete", { input: { note: "Went well" } });
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
    expect(stepOf(journey, "kickoff").status).toBe("done");
    expect(stepOf(journey, "profile").dueAt).toBe("2026-03-06T10:00:00.000Z");
    expect(stepOf(journey, "profile").baselineDueAt).toBe("2026-03-07T08:00:00.000Z");
    expect(stepOf(journey, "profile").state).toBe("ready");
  });

  it("lets only one of two people completing the same step at once win; the other gets 409", async () => {
    const internal = stepOf(journey, "internal_check");
    const body = { version: internal.version };
    const url = `${A()}/${journey.id}/steps/${internal.id}/complete`;
    const [one, two] = await Promise.all([call(t.app, { method: "POST", url, cookie: cookies.manager, body }), call(t.app, { method: "POST", url, cookie: cookies.admin, body })]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409]);
    journey = await read(journey.id);
  });

  it("answers 400 naming the field when a form answer has the wrong type, and stores right answers", async () => {
    const wrong = await act(journey, "profile", "complete", { input: { answers: { company_size: "forty" } } }, "aAdmin");
    expect(wrong.statusCode).toBe(400);
    expect(errorPaths(problemOf(wrong))).toEqual(["body.input.answers.company_size"]);
    const right = await act(journey, "profile", "complete", { input: { answers: { company_size: 40, region: "EMEA" } } }, "aAdmin");
    expect(right.statusCode).toBe(200);
    journey = bodyOf(Journey, right);
    expect(stepOf(journey, "profile").result).toEqual({ answers: { company_size: 40, region: "EMEA" } });
  });

  it("keeps a locked phase shut: its steps cannot be completed yet", async () => {
    const response = await act(journey, "plan_approval", "complete", {}, "admin");
    expect(response.statusCode).toBe(409);
    expect(problemOf(response).detail).toMatch(/phase that has not opened/);
  });

  it("refuses to skip a required step and skips another with its reason", async () => {
    expect((await act(journey, "nda", "skip", { reason: "not needed" })).statusCode).toBe(409);
    const response = await act(journey, "optional_training", "skip", { reason: "They already took it last year" });
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
    expect(stepOf(journey, "optional_training").status).toBe("skipped");
  });

  it("needs the typed signature to acknowledge the NDA, then opens the next phase", async () => {
    expect((await act(journey, "nda", "complete", { input: { acknowledged: true } }, "aAdmin")).statusCode).toBe(400);
    const response = await act(journey, "nda", "complete", { input: { acknowledged: true, signature: "Alice Alpha" } }, "aAdmin");
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
    expect(stepOf(journey, "nda").result).toMatchObject({ acknowledgedBy: "Alice Alpha", signature: "Alice Alpha" });
    expect(journey.phases.map((p) => p.state)).toEqual(["done", "open"]);
    expect(stepOf(journey, "plan_approval").state).toBe("ready");
  });

  it("lets only the named approver pass a gate: the owning manager cannot, an admin can", async () => {
    expect(stepOf(journey, "plan_approval").canAct).toBe(false);
    expect((await act(journey, "plan_approval", "complete", {})).statusCode).toBe(403);
    const response = await act(journey, "plan_approval", "complete", { input: { note: "Plan looks solid" } }, "admin");
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
  });

  it("never lets anyone tick a milestone off by hand", async () => {
    expect((await act(journey, "first_deal", "complete", {}, "admin")).statusCode).toBe(403);
  });

  it("sends a done step back with a reason, and its owner hears of it", async () => {
    const response = await act(journey, "profile", "reopen", { reason: "Company size looks wrong" });
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
    expect(stepOf(journey, "profile").status).toBe("open");
    const events = await t.ctx.db.select().from(journeyEvents).where(and(eq(journeyEvents.journeyId, journey.id), eq(journeyEvents.type, "step.reopened")));
    expect(events[0]?.data).toMatchObject({ reason: "Company size looks wrong" });
  });

  it("keeps a date set by hand where it is", async () => {
    const response = await act(journey, "profile", "reschedule", { dueAt: "2026-03-20T09:00:00.000Z", reason: "Partner on holiday" });
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
    expect(stepOf(journey, "profile").dueAt).toBe("2026-03-20T09:00:00.000Z");
    expect(stepOf(journey, "profile").dueManual).toBe(true);
  });

  it("reassigns only to someone on the owner role's side", async () => {
    const wrongSide = await act(journey, "profile", "reassign", { userId: w.staff.manager.id });
    expect(wrongSide.statusCode).toBe(400);
    const response = await act(journey, "profile", "reassign", { userId: w.partnerUsers.aMember.id });
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
    expect(stepOf(journey, "profile").owner?.userId).toBe(w.partnerUsers.aMember.id);
  });

  it("gives stale versions a 409 instead of overwriting", async () => {
    const stale = { ...stepOf(journey, "profile"), version: 1 };
    const response = await call(t.app, { method: "POST", url: `${A()}/${journey.id}/steps/${stale.id}/skip`, cookie: cookies.manager, body: { version: 1, reason: "stale" } });
    expect(response.statusCode).toBe(409);
  });

  it("refuses managers who do not look after the partner, and viewers", async () => {
    expect((await act(journey, "profile", "skip", { reason: "x" }, "manager2")).statusCode).toBe(403);
    expect((await act(journey, "profile", "skip", { reason: "x" }, "viewer")).statusCode).toBe(403);
  });

  it("adds an ad-hoc step with a date set by hand", async () => {
    const response = await call(t.app, { method: "POST", url: `${A()}/${journey.id}/steps`, cookie: cookies.manager, body: { phaseKey: "launch", title: "Extra security review", ownerRole: "host:manager", dueAt: "2026-03-25T09:00:00.000Z", visibility: "internal" } });
    expect(response.statusCode).toBe(201);
    journey = bodyOf(Journey, response);
    const added = journey.steps.find((s) => s.adHoc);
    expect(added).toMatchObject({ title: "Extra security review", dueManual: true, owner: { userId: w.staff.manager.id } });
  });

  it("records every change as an event, and partner users see only the shared ones", async () => {
    const staffView = (await call(t.app, { method: "GET", url: `${A()}/${journey.id}/events`, cookie: cookies.manager })).json<{ type: string; stepTitle: string | null }[]>();
    const partnerView = (await call(t.app, { method: "GET", url: `${A()}/${journey.id}/events`, cookie: cookies.aAdmin })).json<{ type: string; stepTitle: string | null }[]>();
    expect(staffView.map((e) => e.type)).toEqual(expect.arrayContaining(["journey.started", "step.completed", "step.skipped", "step.reopened", "step.rescheduled", "step.reassigned", "step.added"]));
    expect(staffView.some((e) => e.stepTitle === "Credit check")).toBe(true);
    expect(partnerView.some((e) => e.stepTitle === "Credit check" || e.stepTitle === "Extra security review")).toBe(false);
  });
});

describe("events, lists and figures", () => {
  it("completes a milestone when its event is raised and dates the steps counted from it", async () => {
    const { onPartnerEvent } = await import("../../src/server/modules/journeys/partner-events");
    const { partnerEvents } = await import("../../src/server/db/schema");
    const at = new Date("2026-03-10T12:00:00Z");
    await t.ctx.db.transaction(async (tx) => {
      await tx.insert(partnerEvents).values({ id: crypto.randomUUID(), workspaceId: w.acme.id, partnerId: w.partners.a, name: "first_deal_approved", source: "test", at });
      await onPartnerEvent(tx, t.ctx, { workspaceId: w.acme.id, partnerId: w.partners.a, name: "first_deal_approved", at, actorUserId: null });
    });
    journey = await read(journey.id);
    expect(stepOf(journey, "first_deal").status).toBe("done");
    expect(stepOf(journey, "follow_up").dueAt).toBe("2026-03-12T12:00:00.000Z");
  });

  it("lists what is mine, late first, in my work", async () => {
    t.clock.freeze(new Date("2026-03-13T10:00:00Z"));
    const work = (await call(t.app, { method: "GET", url: "/api/w/acme/work", cookie: cookies.manager })).json<{ late: { title: string }[]; later: { title: string }[] }>();
    expect(work.late.map((i) => i.title)).toEqual(["Celebrate the first deal"]);
    expect(work.later.map((i) => i.title)).toContain("Extra security review");
  });

  it("tells the partner what is next for it and what the host is on", async () => {
    const next = (await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/whats-next`, cookie: cookies.aAdmin })).json<{ mine: { title: string }[]; theirs: { title: string }[] }>();
    expect(next.mine.map((i) => i.title)).toEqual(["Company profile"]);
    expect(next.theirs.map((i) => i.title)).toEqual(["Celebrate the first deal"]);
  });

  it("shows the cohort with status, durations and time to each milestone", async () => {
    const cohort = (await call(t.app, { method: "GET", url: `/api/w/acme/journeys?templateId=${templateId}`, cookie: cookies.viewer })).json<{ items: { status: string; milestoneDays: Record<string, number> }[]; figures: { journeys: number; byStatus: Record<string, number>; milestones: { key: string; medianDays: number }[] } }>();
    expect(cohort.figures.journeys).toBe(1);
    expect(cohort.items[0]?.status).toBe("late");
    expect(cohort.items[0]?.milestoneDays).toEqual({ first_deal: 8.2 });
    expect(cohort.figures.milestones).toEqual([{ key: "first_deal", title: "First deal approved", reached: 1, medianDays: 8.2 }]);
  });

  it("upgrades a running journey to a new version after showing the difference, keeping what was done", async () => {
    const { testTemplate } = await import("../factories/templates");
    const { journeyTemplates, journeyTemplateVersions } = await import("../../src/server/db/schema");
    const next = { ...testTemplate, phases: testTemplate.phases.map((phase) => (phase.key === "welcome" ? { ...phase, steps: [...phase.steps.filter((s) => s.key !== "internal_check"), { key: "welcome_pack", kind: "task" as const, title: "Send the welcome pack", owner: "host:manager" as const, due: { after: "start" as const, days: 10 } }] } : phase)) };
    const { JourneyTemplate } = await import("../../src/domain/journeys/template/schema");
    await t.ctx.db.insert(journeyTemplateVersions).values({ id: crypto.randomUUID(), workspaceId: w.acme.id, templateId, version: 2, document: JourneyTemplate.parse(next), yaml: "# v2\n", changeNote: "welcome pack", createdAt: new Date() });
    await t.ctx.db.update(journeyTemplates).set({ latestVersion: 2 }).where(eq(journeyTemplates.id, templateId));
    const preview = await call(t.app, { method: "GET", url: `${A()}/${journey.id}/upgrade-preview?toVersion=2`, cookie: cookies.manager });
    expect(preview.json()).toMatchObject({ fromVersion: 1, toVersion: 2, added: [{ key: "welcome_pack" }], removed: [{ key: "internal_check", status: "done" }] });
    const response = await call(t.app, { method: "POST", url: `${A()}/${journey.id}/upgrade`, cookie: cookies.manager, body: { version: journey.version, toVersion: 2 } });
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
    expect(journey.templateVersion).toBe(2);
    expect(stepOf(journey, "internal_check").status).toBe("done");
    expect(stepOf(journey, "welcome_pack").status).toBe("open");
    expect(stepOf(journey, "kickoff").status).toBe("done");
  });

  it("keeps the journey's history append-only in the database itself", async () => {
    const refusal = (attempt: Promise<unknown>) => attempt.then(() => "allowed", (error: unknown) => String(error instanceof Error && error.cause instanceof Error ? error.cause.message : error));
    expect(await refusal(t.ctx.db.update(journeyEvents).set({ type: "rewritten" }).where(eq(journeyEvents.journeyId, journey.id)))).toMatch(/journey_events is append-only: UPDATE/);
    expect(await refusal(t.ctx.db.delete(journeyEvents).where(eq(journeyEvents.journeyId, journey.id)))).toMatch(/journey_events is append-only: DELETE/);
  });

  it("cancels a journey with a reason; its steps stop changing", async () => {
    const response = await call(t.app, { method: "POST", url: `${A()}/${journey.id}/cancel`, cookie: cookies.manager, body: { version: journey.version, reason: "Partner withdrew" } });
    expect(response.statusCode).toBe(200);
    journey = bodyOf(Journey, response);
    expect(journey.status).toBe("cancelled");
    expect((await act(journey, "welcome_pack", "complete", {})).statusCode).toBe(409);
  });
});
