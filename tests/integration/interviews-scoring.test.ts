import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Decision, DecisionOverview, InterviewScorecards, KitList, ScheduleResult } from "../../src/domain/interviews/contracts";
import { activity, outbox, partnerDecisions, partners } from "../../src/server/db/schema";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Scorecards, the hidden-until-submitted rule, the decision summary and the decision (R-B3). */

let t: TestApp & { world: World };
let w: World;
const cookies = { owner: "", admin: "", manager: "", manager2: "", interviewer: "", viewer: "", aAdmin: "", bAdmin: "" };
let interviewUrl = "";

const A = () => `/api/w/acme/partners/${w.partners.a}`;
const Problem = z.object({ detail: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() });
const full = (score: number, evidence: string) => ({
  scores: { capability: { score, evidence }, delivery_track_record: { score, evidence: "" }, commercial_fit: { score: 3, evidence: "" } },
  recommendation: score >= 4 ? "strong_yes" : "no",
  notes: `${evidence} notes`,
});

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  Object.assign(cookies, await signInWorld(t.app, w));
  await t.ctx.db.update(partners).set({ contactName: "Clara Contact", contactEmail: "clara@alpha.test" }).where(eq(partners.id, w.partners.a));
  const kitId = KitList.parse((await call(t.app, { method: "GET", url: "/api/w/acme/interview-kits", cookie: cookies.manager })).json()).items[0]?.id;
  const scheduled = await call(t.app, {
    method: "POST",
    url: `${A()}/interviews`,
    cookie: cookies.manager,
    body: { kitId, stageKey: "functional_fit", startsAt: "2026-11-20T10:00:00Z", panelUserIds: [w.staff.admin.id, w.staff.interviewer.id] },
  });
  interviewUrl = `${A()}/interviews/${ScheduleResult.parse(scheduled.json()).interview.id}`;
});
afterAll(() => t.close());

const read = async (cookie: string) => {
  const response = await call(t.app, { method: "GET", url: `${interviewUrl}/scorecards`, cookie });
  return { body: response.body, cards: InterviewScorecards.parse(response.json()) };
};

describe("scorecards", () => {
  it("answers a score outside 1–5 with 400 naming the criterion, and saves nothing", async () => {
    const response = await call(t.app, { method: "PUT", url: `${interviewUrl}/scorecard`, cookie: cookies.admin, body: { scores: { capability: { score: 7, evidence: "" } } } });
    expect(response.statusCode).toBe(400);
    const problem = Problem.parse(response.json());
    expect(problem.errors).toEqual([{ path: "body.scores.capability.score", message: '"Capability" (capability) takes a whole number from 1 to 5, not 7' }]);
    expect(problem.detail).toContain("Capability");
    expect((await read(cookies.admin)).cards.mine?.status).toBe("not_started");
  });

  it("refuses to submit an incomplete scorecard, naming what is missing", async () => {
    const response = await call(t.app, { method: "POST", url: `${interviewUrl}/scorecard/submit`, cookie: cookies.admin, body: { scores: { capability: { score: 4, evidence: "" } } } });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors?.map((error) => error.path)).toEqual(["body.scores.delivery_track_record.score", "body.scores.commercial_fit.score", "body.recommendation"]);
  });

  it("lets panel members score and nobody else", async () => {
    for (const cookie of [cookies.owner, cookies.manager, cookies.viewer]) {
      expect((await call(t.app, { method: "PUT", url: `${interviewUrl}/scorecard`, cookie, body: full(3, "x") })).statusCode).toBe(403);
    }
    expect((await call(t.app, { method: "PUT", url: `${interviewUrl}/scorecard`, cookie: cookies.aAdmin, body: full(3, "x") })).statusCode).toBe(403);
  });

  it("hides the first interviewer's scores from the second until the second submits", async () => {
    const submitted = await call(t.app, { method: "POST", url: `${interviewUrl}/scorecard/submit`, cookie: cookies.admin, body: full(5, "ADMIN-EVIDENCE") });
    expect(submitted.statusCode).toBe(200);
    const draft = await call(t.app, { method: "PUT", url: `${interviewUrl}/scorecard`, cookie: cookies.interviewer, body: { scores: { capability: { score: 2, evidence: "IVO-DRAFT" } } } });
    expect(draft.statusCode).toBe(200);

    const before = await read(cookies.interviewer);
    expect(before.cards.othersVisible).toBe(false);
    expect(before.cards.others).toEqual([{ interviewer: { userId: w.staff.admin.id, name: "Ann Admin" }, status: "submitted", submittedAt: expect.any(String), version: null, scores: null, recommendation: null, notes: null }]);
    expect(before.body).not.toContain("ADMIN-EVIDENCE");
    expect(before.body).not.toContain("strong_yes");
    expect(before.cards.mine?.scores).toEqual({ capability: { score: 2, evidence: "IVO-DRAFT" } });

    // Others never see a draft either: the admin has submitted, but Ivo's draft stays his.
    const adminView = await read(cookies.admin);
    expect(adminView.cards.othersVisible).toBe(true);
    expect(adminView.body).not.toContain("IVO-DRAFT");
    expect(adminView.cards.others[0]?.status).toBe("draft");

    const version = before.cards.mine?.version ?? undefined;
    const done = await call(t.app, { method: "POST", url: `${interviewUrl}/scorecard/submit`, cookie: cookies.interviewer, body: { version, ...full(2, "IVO-EVIDENCE") } });
    expect(done.statusCode).toBe(200);
    const after = InterviewScorecards.parse(done.json());
    expect(after.othersVisible).toBe(true);
    expect(after.others[0]?.scores?.capability).toEqual({ score: 5, evidence: "ADMIN-EVIDENCE" });
  });

  it("locks a submitted scorecard and completes the interview once the panel is done", async () => {
    const again = await call(t.app, { method: "PUT", url: `${interviewUrl}/scorecard`, cookie: cookies.interviewer, body: { version: 2, ...full(5, "changed my mind") } });
    expect(again.statusCode).toBe(409);
    const interview = await call(t.app, { method: "GET", url: interviewUrl, cookie: cookies.manager });
    expect(interview.json()).toMatchObject({ status: "completed" });
  });

  it("shows staff readers every submitted scorecard", async () => {
    const { cards } = await read(cookies.manager2);
    expect(cards.mine).toBeNull();
    expect(cards.others.map((card) => card.scores?.capability?.score)).toEqual([5, 2]);
  });
});

describe("the decision", () => {
  it("summarises the submitted scores, weighted per criterion", async () => {
    const overview = DecisionOverview.parse((await call(t.app, { method: "GET", url: `${A()}/decision-summary`, cookie: cookies.viewer })).json());
    const stage = overview.summary.stages[0];
    expect(stage?.criteria.map((c) => [c.key, c.mean, c.spread])).toEqual([
      ["capability", 3.5, 3],
      ["delivery_track_record", 3.5, 3],
      ["commercial_fit", 3, 0],
    ]);
    // (3×3.5 + 2×3.5 + 2×3) / 7
    expect(stage?.weightedScore).toBe(3.36);
    expect(overview.summary.recommendations).toMatchObject({ strong_yes: 1, no: 1 });
    expect(overview.summary.pending).toEqual([]);
    expect((await call(t.app, { method: "GET", url: `${A()}/decision-summary`, cookie: cookies.interviewer })).statusCode).toBe(403);
  });

  it("requires a reason", async () => {
    const response = await call(t.app, { method: "POST", url: `${A()}/decision`, cookie: cookies.manager, body: { outcome: "yes", reason: "  " } });
    expect(response.statusCode).toBe(400);
    expect(await t.ctx.db.select().from(partnerDecisions)).toEqual([]);
  });

  it("is for those who manage the partner", async () => {
    for (const cookie of [cookies.manager2, cookies.interviewer, cookies.viewer, cookies.aAdmin]) {
      expect((await call(t.app, { method: "POST", url: `${A()}/decision`, cookie, body: { outcome: "yes", reason: "Strong" } })).statusCode).toBe(403);
    }
  });

  it("stores the summary, sends the decision email with the reason, and writes the timeline", async () => {
    const response = await call(t.app, { method: "POST", url: `${A()}/decision`, cookie: cookies.manager, body: { outcome: "yes", reason: "Strong delivery record in the region" } });
    expect(response.statusCode).toBe(201);
    const decision = Decision.parse(response.json());
    expect(decision).toMatchObject({ outcome: "yes", emailTemplateKey: "decision-yes", decidedBy: { userId: w.staff.manager.id } });
    expect(decision.summary.stages[0]?.weightedScore).toBe(3.36);
    const [mail] = await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, `decision:${decision.id}`));
    expect(mail?.toAddress).toBe("clara@alpha.test");
    expect(mail?.textBody).toContain("Strong delivery record in the region");
    const lines = await t.ctx.db.select().from(activity).where(and(eq(activity.partnerId, w.partners.a)));
    const recorded = lines.find((line) => line.kind === "decision.recorded");
    expect(recorded?.visibility).toBe("internal");
    expect(recorded?.summary).toContain("Strong delivery record in the region");
    expect(lines.find((line) => line.kind === "decision.sent")?.visibility).toBe("shared");
    const portal = await call(t.app, { method: "GET", url: `${A()}/timeline`, cookie: cookies.aAdmin });
    expect(portal.body).toContain("The decision on the application was sent");
    expect(portal.body).not.toContain("Strong delivery record");
    expect(portal.body).not.toContain("decided yes");
    const overview = DecisionOverview.parse((await call(t.app, { method: "GET", url: `${A()}/decision-summary`, cookie: cookies.manager })).json());
    expect(overview.decisions.map((d) => d.id)).toEqual([decision.id]);
  });

  it("refuses to send when the partner has no contact email, unless told not to send", async () => {
    const B = `/api/w/acme/partners/${w.partners.b}`;
    const refused = await call(t.app, { method: "POST", url: `${B}/decision`, cookie: cookies.manager2, body: { outcome: "no", reason: "Not the right market" } });
    expect(refused.statusCode).toBe(400);
    expect(Problem.parse(refused.json()).errors).toEqual([{ path: "body.sendEmail", message: "the partner has no contact email" }]);
    const quiet = await call(t.app, { method: "POST", url: `${B}/decision`, cookie: cookies.manager2, body: { outcome: "no", reason: "Not the right market", sendEmail: false } });
    expect(quiet.statusCode).toBe(201);
    expect(Decision.parse(quiet.json()).emailTemplateKey).toBeNull();
  });
});
