import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HealthPortfolio, PartnerHealth } from "../../src/domain/health/contracts";
import { addDays, addHours } from "../../src/domain/health/durations";
import { sortByRisk } from "../../src/domain/health/portfolio";
import { PartnerReadiness } from "../../src/domain/readiness/contracts";
import { escalations, journeyTemplates, partnerHealth, partners, quarterlyReviews, relationshipTimers } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { refreshWorkspaceHealth } from "../../src/server/modules/health/refresh";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* The health scorecard and the portfolio (R-F9) over real rows, and what a new trust-first partner shows. */

let t: TestApp & { world: World };
let w: World;
let cookies: Awaited<ReturnType<typeof signInWorld>>;
let newcomer = "";
const started = new Date("2026-03-02T08:00:00.000Z");

async function startTrustFirstPartner(name: string): Promise<string> {
  const types = z.object({ types: z.array(z.object({ id: z.string(), key: z.string() })) }).parse((await call(t.app, { method: "GET", url: "/api/w/acme/partner-settings", cookie: cookies.owner })).json()).types;
  const created = await call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie: cookies.owner, body: { name, typeId: types.find((type) => type.key === "referral")?.id, timeZone: "Europe/Berlin", ownerUserId: w.staff.manager.id } });
  expect(created.statusCode, created.body).toBe(201);
  const partnerId = z.object({ id: z.string() }).parse(created.json()).id;
  const [template] = await t.ctx.db.select({ id: journeyTemplates.id }).from(journeyTemplates).where(and(eq(journeyTemplates.workspaceId, w.acme.id), eq(journeyTemplates.builtIn, "trust-first-welcome")));
  const journey = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${partnerId}/journeys`, cookie: cookies.owner, body: { templateId: template?.id } });
  expect(journey.statusCode, journey.body).toBe(201);
  await t.ctx.db.update(partners).set({ stage: "onboarding" }).where(eq(partners.id, partnerId));
  return partnerId;
}

const scorecard = async (partnerId: string) => {
  const response = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${partnerId}/health`, cookie: cookies.manager });
  expect(response.statusCode, response.body).toBe(200);
  return PartnerHealth.parse(response.json());
};
const readiness = async (partnerId: string) => {
  const response = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${partnerId}/readiness`, cookie: cookies.viewer });
  expect(response.statusCode, response.body).toBe(200);
  return PartnerReadiness.parse(response.json());
};
const portfolio = async (query = "") => {
  const response = await call(t.app, { method: "GET", url: `/api/w/acme/health${query}`, cookie: cookies.owner });
  expect(response.statusCode, response.body).toBe(200);
  return HealthPortfolio.parse(response.json());
};
const answerOf = (checklist: PartnerReadiness, key: string) => checklist.checklist?.moments.flatMap((moment) => moment.questions).find((question) => question.key === key);

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  cookies = await signInWorld(t.app, w);
  t.clock.freeze(started);
  newcomer = await startTrustFirstPartner("Newcomer Trust Partners");
});

afterAll(async () => {
  await t.close();
});

describe("a new partner on the trust-first template", () => {
  it("shows a score from day one, resting on the facts known from the start, with every factor explained", async () => {
    const card = await scorecard(newcomer);
    expect(card).toMatchObject({ partnerId: newcomer, name: "Newcomer Trust Partners", stage: "onboarding", health: { score: 100, band: "healthy", basedOnWeight: 20 } });
    expect(card.health.factors.map((factor) => [factor.key, factor.status])).toEqual([
      ["communication", "not_enough_data"],
      ["responsiveness", "not_enough_data"],
      ["satisfaction", "not_enough_data"],
      ["progress", "not_enough_data"],
      ["sla_breaches", "measured"],
      ["open_issues", "measured"],
    ]);
    for (const factor of card.health.factors) expect(factor.explanation.length).toBeGreaterThan(10);
    expect(card.trend).toHaveLength(1);
    const [stored] = await t.ctx.db.select().from(partnerHealth).where(eq(partnerHealth.partnerId, newcomer));
    expect(stored).toMatchObject({ score: 100, band: "healthy", openIssues: 0 });
  });

  it("shows the readiness checklist from day one: every moment, nothing due yet but the survey", async () => {
    const checklist = await readiness(newcomer);
    expect(checklist.journeyStartedAt).toBe(started.toISOString());
    expect(checklist.checklist?.moments.map((moment) => moment.key)).toEqual(["alignment", "early_win", "resolution", "quarterly_review", "every_meeting"]);
    expect(answerOf(checklist, "alignment_in_first_week")?.answer).toBe("not_yet_due");
    expect(answerOf(checklist, "early_win_chosen_with_leads")?.answer).toBe("not_yet_due");
    expect(checklist.checklist?.status).not.toBe("needs_action");
  });

  it("turns to “no” with an action once the first week passes without the alignment conversation, and the score follows the plan", async () => {
    t.clock.freeze(addDays(started, 20));
    const checklist = await readiness(newcomer);
    const alignment = answerOf(checklist, "alignment_in_first_week");
    expect(alignment?.answer).toBe("no");
    expect(alignment?.action?.length).toBeGreaterThan(10);
    expect(answerOf(checklist, "early_win_chosen_with_leads")).toMatchObject({ answer: "no" });
    expect(checklist.checklist?.status).toBe("needs_action");

    const card = await scorecard(newcomer);
    const progress = card.health.factors.find((factor) => factor.key === "progress");
    expect(progress?.status).toBe("measured");
    expect(card.health.score).toBeLessThan(100);
    expect(card.trend.map((point) => point.at)).toEqual([started, addDays(started, 7), addDays(started, 14), addDays(started, 20)].map((date) => date.toISOString()));
  });

  it("says when a partner has no journey yet instead of inventing a checklist", async () => {
    const checklist = await readiness(w.partners.b);
    expect(checklist).toEqual({ partnerId: w.partners.b, journeyStartedAt: null, checklist: null });
  });
});

describe("the portfolio", () => {
  beforeAll(async () => {
    // Partner A: an escalation open for days, poor ratings from both sides and four recap escalations: at risk.
    const now = t.clock.now();
    await t.ctx.db.insert(escalations).values({ id: newId(), workspaceId: w.acme.id, partnerId: w.partners.a, title: "Missed handover", raisedSide: "partner", raisedAt: addDays(now, -5), raiserPerspective: "Nobody came." });
    await t.ctx.db.insert(quarterlyReviews).values([
      { id: newId(), workspaceId: w.acme.id, partnerId: w.partners.a, quarter: "2026-Q1", side: "partner", trust: 2, satisfaction: 3, ratedAt: addDays(now, -3) },
      { id: newId(), workspaceId: w.acme.id, partnerId: w.partners.a, quarter: "2026-Q1", side: "host", trust: 4, satisfaction: 3, ratedAt: addDays(now, -3) },
    ]);
    await t.ctx.db.insert(relationshipTimers).values(
      [1, 2, 3, 4].map((n) => ({ id: newId(), workspaceId: w.acme.id, partnerId: w.partners.a, subjectType: "meeting", subjectId: newId(), kind: "recap.escalation", fireAt: addDays(now, -n), firedAt: addDays(now, -n) })),
    );
    await refreshWorkspaceHealth(t.ctx.db, w.acme.id, now);
  });

  it("lists the live partners riskiest first with totals per band and when the figures were computed", async () => {
    const page = await portfolio();
    expect(page.items.map((row) => row.partnerId)).toEqual([w.partners.a, newcomer]);
    expect(page.items.map((row) => row.partnerId)).not.toContain(w.partners.b); // an applicant is not in a relationship yet
    expect(page.items[0]).toMatchObject({ name: "Alpha Resellers", band: "at_risk", score: 25, openIssues: 1, owner: { userId: w.staff.manager.id, name: "Max Manager" } });
    expect(sortByRisk(page.items.flatMap((row) => (row.score === null ? [] : [{ ...row, score: row.score }]))).map((row) => row.partnerId)).toEqual(page.items.map((row) => row.partnerId));
    expect(page.total).toBe(2);
    expect(page.bandTotals.at_risk + page.bandTotals.watch + page.bandTotals.healthy + page.bandTotals.unscored).toBe(2);
    expect(page).toMatchObject({ computedFrom: t.clock.now().toISOString(), computedTo: t.clock.now().toISOString() });
    expect(page.owners).toEqual([{ userId: w.staff.manager.id, name: "Max Manager" }]);
  });

  it("filters by band and by owner and pages", async () => {
    const atRisk = await portfolio("?band=at_risk");
    expect(atRisk.items.map((row) => row.partnerId)).toEqual([w.partners.a, newcomer]);
    expect(atRisk).toMatchObject({ total: 2, bandTotals: { at_risk: 2, watch: 0, healthy: 0, unscored: 0 } });
    expect(await portfolio("?band=healthy")).toMatchObject({ items: [], total: 0 });
    expect((await portfolio(`?ownerUserId=${w.staff.otherManager.id}`)).items).toEqual([]);
    expect((await portfolio("?ownerUserId=none")).total).toBe(0);
    const second = await portfolio("?pageSize=1&page=2");
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items.map((row) => row.partnerId)).toEqual([newcomer]);
    expect((await portfolio("?pageSize=1&page=5")).total).toBe(2);
  });

  it("refuses a wrong band or page size with 400 naming the field", async () => {
    for (const [query, field] of [["?band=great", "band"], ["?pageSize=1000", "pageSize"], ["?page=0", "page"]] as const) {
      const response = await call(t.app, { method: "GET", url: `/api/w/acme/health${query}`, cookie: cookies.owner });
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json().errors)).toContain(field);
    }
  });

  it("shows a fresh score as soon as a scorecard is read (write-through)", async () => {
    const before = (await portfolio()).items.find((row) => row.partnerId === w.partners.a);
    t.clock.freeze(addHours(t.clock.now(), 2));
    await t.ctx.db.update(escalations).set({ answeredAt: t.clock.now(), resolvedAt: t.clock.now() }).where(eq(escalations.partnerId, w.partners.a));
    const card = await scorecard(w.partners.a);
    const after = (await portfolio()).items.find((row) => row.partnerId === w.partners.a);
    expect(after?.openIssues).toBe(0);
    expect(after?.score).toBe(card.health.score);
    expect(after?.score).toBeGreaterThan(before?.score ?? 100);
    expect(after?.computedAt).toBe(card.computedAt);
  });
});
