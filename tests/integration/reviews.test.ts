import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuarterlyReviews, QuarterRated } from "../../src/domain/reviews/contracts";
import { journeySteps, notifications, outbox, quarterlyReviews } from "../../src/server/db/schema";
import { insertJourneyRows } from "../factories/journey-rows";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Quarterly reviews (R-F6): both sides rate 1–10; a drop of two or a score under 6 opens an investigation. */

let t: TestApp & { world: World };
let w: World;
const cookies = { owner: "", manager: "", manager2: "", viewer: "", aAdmin: "", aMember: "", bAdmin: "" };

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  t.clock.set(new Date("2031-08-10T09:00:00Z"));
  await insertJourneyRows(t.ctx, {
    workspaceId: w.acme.id,
    partnerId: w.partners.a,
    hostUserId: w.staff.manager.id,
    partnerUserId: w.partnerUsers.aAdmin.id,
    startedAt: t.clock.now(),
    template: { name: "Reviews journey", description: "A journey to add investigations to.", phases: [{ key: "run", name: "Run", steps: [{ key: "review", title: "Quarterly review", kind: "task", owner: "host:manager", due: { after: "start", days: 90 } }] }] },
  });
  Object.assign(cookies, await signInWorld(t.app, w));
});
afterAll(() => t.close());

const url = (quarter: string, partnerId = w.partners.a) => `/api/w/acme/partners/${partnerId}/reviews/${quarter}`;
const rate = (cookie: string, quarter: string, body: object) => call(t.app, { method: "PUT", url: url(quarter), cookie, body });

describe("rating a quarter", () => {
  it("refuses scores outside 1–10 or not whole, naming the field", async () => {
    for (const [field, value] of [["trust", 0], ["trust", 11], ["satisfaction", 5.5]] as const) {
      const response = await rate(cookies.manager, "2031-Q3", { trust: 7, satisfaction: 7, comment: "Fine.", [field]: value });
      expect(response.statusCode, `${field}=${String(value)}`).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: `body.${field}` })]);
    }
    expect((await rate(cookies.manager, "2031-Q3", { trust: 7, satisfaction: 7, comment: " " })).statusCode).toBe(400);
    expect((await rate(cookies.manager, "2031-Q5", { trust: 7, satisfaction: 7, comment: "Fine." })).statusCode).toBe(400);
    expect(await t.ctx.db.select().from(quarterlyReviews)).toEqual([]);
  });

  it("rates as the caller's side and lets each side change its rating until the quarter ends", async () => {
    const host = await rate(cookies.manager, "2031-Q3", { trust: 8, satisfaction: 9, comment: "Strong start." });
    expect(host.statusCode, host.body).toBe(200);
    expect(QuarterRated.parse(host.json())).toMatchObject({ mySide: "host", currentQuarter: "2031-Q3", investigation: null, quarters: [{ quarter: "2031-Q3", host: { trust: 8, satisfaction: 9 }, partner: null }] });
    const partner = await rate(cookies.aMember, "2031-Q3", { trust: 7, satisfaction: 8, comment: "Good people." });
    expect(QuarterRated.parse(partner.json()).quarters[0]).toMatchObject({ host: { trust: 8 }, partner: { trust: 7, satisfaction: 8, ratedBy: { userId: w.partnerUsers.aMember.id } } });
    const changed = await rate(cookies.aAdmin, "2031-Q3", { trust: 8, satisfaction: 8, comment: "Good people, quick answers." });
    expect(QuarterRated.parse(changed.json()).quarters[0]?.partner).toMatchObject({ trust: 8, comment: "Good people, quick answers." });
    expect(await t.ctx.db.select().from(quarterlyReviews)).toHaveLength(2);
  });

  it("opens an internal investigation step and alerts the owning manager when a score drops by two", async () => {
    t.clock.set(new Date("2031-11-03T09:00:00Z"));
    expect((await rate(cookies.manager, "2031-Q3", { trust: 8, satisfaction: 9, comment: "Too late." })).statusCode).toBe(409);

    const dropped = await rate(cookies.aAdmin, "2031-Q4", { trust: 6, satisfaction: 8, comment: "Two missed calls." });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(QuarterRated.parse(dropped.json()).investigation).toBeNull();

    const staffView = QuarterlyReviews.parse((await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/reviews`, cookie: cookies.manager })).json());
    const investigation = staffView.quarters[0]?.partner?.investigation;
    expect(investigation?.reasons).toEqual(["The partner side's trust score dropped by 2 from 8 to 6."]);
    const [step] = await t.ctx.db.select().from(journeySteps).where(eq(journeySteps.id, investigation?.stepId ?? ""));
    expect(step).toMatchObject({ visibility: "internal", ownerRole: "host:manager", ownerUserId: w.staff.manager.id, title: "Investigate the partner side's 2031-Q4 review" });
    expect(step?.dueAt?.toISOString().slice(0, 10)).toBe("2031-11-08");

    const alerts = await t.ctx.db.select().from(notifications).where(eq(notifications.kind, "review.investigation"));
    expect(alerts.map((alert) => alert.userId)).toEqual([w.staff.manager.id]);
    expect(alerts[0]?.link).toBe(`/w/acme/partners/${w.partners.a}?tab=relationship#quarterly-reviews`);
    expect(await t.ctx.db.select().from(outbox).where(like(outbox.dedupeKey, `notification:${w.staff.manager.id}:review:%:investigation`))).toHaveLength(1);

    // Changing the rating again keeps the one investigation.
    await rate(cookies.aAdmin, "2031-Q4", { trust: 5, satisfaction: 8, comment: "Two missed calls and a late invoice." });
    expect(await t.ctx.db.select().from(notifications).where(eq(notifications.kind, "review.investigation"))).toHaveLength(1);

    const partnerView = QuarterlyReviews.parse((await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/reviews`, cookie: cookies.aMember })).json());
    expect(partnerView.mySide).toBe("partner");
    expect(partnerView.quarters.flatMap((quarter) => [quarter.host, quarter.partner]).map((rating) => rating?.investigation ?? null)).toEqual([null, null, null, null]);
    expect(JSON.stringify(partnerView)).not.toContain(investigation?.stepId ?? "none");
  });

  it("tells the staff caller what a low score opened", async () => {
    const low = await rate(cookies.manager, "2031-Q4", { trust: 5, satisfaction: 9, comment: "They went quiet." });
    const rated = QuarterRated.parse(low.json());
    expect(rated.investigation?.reasons).toEqual(["The host side's trust score dropped by 3 from 8 to 5 and is 5, under 6."]);
    expect(rated.investigation?.stepId).toEqual(expect.any(String));
    expect(rated.investigation?.alerted).toEqual([w.staff.manager.id]);
  });

  it("keeps reviews within their partner and workspace", async () => {
    expect((await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/reviews`, cookie: cookies.bAdmin })).statusCode).toBe(404);
    expect((await call(t.app, { method: "PUT", url: url("2031-Q4"), cookie: cookies.bAdmin, body: { trust: 1, satisfaction: 1, comment: "x" } })).statusCode).toBe(404);
    expect((await call(t.app, { method: "PUT", url: url("2031-Q4"), cookie: cookies.viewer, body: { trust: 1, satisfaction: 1, comment: "x" } })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/reviews`, cookie: cookies.viewer })).statusCode).toBe(200);
  });
});
