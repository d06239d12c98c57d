import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { PartnerEvent } from "../../src/domain/notifications/partner-events";
import { activity, auditLog, journeySteps, partnerEvents } from "../../src/server/db/schema";
import { insertJourney } from "../factories/journeys";
import type { World } from "../factories/world";
import { call, createTestWorld, signIn, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let w: World;
let owner: string;
let manager: string;
let otherManager: string;
let alice: string;
let eventsToken: string;
let readToken: string;

const CreatedToken = z.object({ secret: z.string() });
const Problem = z.object({ detail: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() });

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  owner = await signIn(t.app, w.staff.owner.email);
  manager = await signIn(t.app, w.staff.manager.email);
  otherManager = await signIn(t.app, w.staff.otherManager.email);
  alice = await signIn(t.app, w.partnerUsers.aAdmin.email);
  const token = async (scopes: string[]) =>
    CreatedToken.parse((await call(t.app, { method: "POST", url: "/api/w/acme/api-tokens", cookie: owner, body: { name: `events ${scopes.join(" ")}`, scopes, expiresInDays: 30 } })).json()).secret;
  eventsToken = await token(["events:write"]);
  readToken = await token(["partners:read", "journeys:read"]);
});
afterAll(async () => t.close());

const raise = (auth: { cookie?: string; token?: string }, body: object, ws = "acme") => call(t.app, { method: "POST", url: `/api/w/${ws}/events`, ...auth, body });

describe("partner events API", () => {
  it("records an event a manager raises for their partner, with an audit entry and an internal timeline entry", async () => {
    const response = await raise({ cookie: manager }, { partnerId: w.partners.a, name: "first_deal_approved", data: { dealId: "D-17" } });
    expect(response.statusCode).toBe(201);
    const event = PartnerEvent.parse(response.json());
    expect(event).toMatchObject({ partnerId: w.partners.a, name: "first_deal_approved", data: { dealId: "D-17" }, source: "manual", idempotencyKey: null });
    const [row] = await t.ctx.db.select().from(partnerEvents).where(eq(partnerEvents.id, event.id));
    expect(row?.workspaceId).toBe(w.acme.id);
    const audits = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, "partner_event.raised"), eq(auditLog.entityId, w.partners.a)));
    expect(audits.length).toBeGreaterThan(0);
    const timeline = await t.ctx.db.select().from(activity).where(and(eq(activity.partnerId, w.partners.a), eq(activity.kind, "partner_event")));
    expect(timeline.map((a) => [a.summary, a.visibility])).toContainEqual(["Event first_deal_approved raised", "internal"]);
  });

  it("completes the milestones of the partner's journeys that wait for the event, once", async () => {
    const journey = await insertJourney(t.ctx.db, {
      workspaceId: w.acme.id,
      partnerId: w.partners.b,
      steps: [
        { key: "first_deal", title: "First deal approved", completedBy: "first_deal_closed" },
        { key: "other_milestone", title: "Certified", completedBy: "certification_passed" },
      ],
    });
    const body = { partnerId: w.partners.b, name: "first_deal_closed", idempotencyKey: "deal-b-1" };
    expect((await raise({ token: eventsToken }, body)).statusCode).toBe(201);
    expect((await raise({ token: eventsToken }, body)).statusCode).toBe(200);
    const steps = await t.ctx.db.select({ key: journeySteps.key, status: journeySteps.status }).from(journeySteps).where(eq(journeySteps.journeyId, journey.id)).orderBy(journeySteps.position);
    expect(steps).toEqual([
      { key: "first_deal", status: "done" },
      { key: "other_milestone", status: "open" },
    ]);
    const reached = await t.ctx.db.select().from(activity).where(and(eq(activity.partnerId, w.partners.b), eq(activity.kind, "journey.milestone_reached")));
    expect(reached).toHaveLength(1);
  });

  it("raises an event once per idempotency key: a retry is answered 200 with the first event", async () => {
    const body = { partnerId: w.partners.a, name: "kpi.revenue_reached", idempotencyKey: "crm-4711" };
    const first = await raise({ token: eventsToken }, body);
    expect(first.statusCode).toBe(201);
    const retry = await raise({ token: eventsToken }, { ...body, data: { ignored: true } });
    expect(retry.statusCode).toBe(200);
    expect(PartnerEvent.parse(retry.json())).toEqual(PartnerEvent.parse(first.json()));
    expect(PartnerEvent.parse(first.json()).source).toBe("api");
    const rows = await t.ctx.db.select().from(partnerEvents).where(eq(partnerEvents.idempotencyKey, "crm-4711"));
    expect(rows).toHaveLength(1);
  });

  it("refuses an idempotency key reused for a different event with 409", async () => {
    await raise({ token: eventsToken }, { partnerId: w.partners.a, name: "contract_signed", idempotencyKey: "reuse-1" });
    const response = await raise({ token: eventsToken }, { partnerId: w.partners.a, name: "training_done", idempotencyKey: "reuse-1" });
    expect(response.statusCode).toBe(409);
    expect(Problem.parse(response.json()).detail).toContain("reuse-1");
  });

  it("raises events under concurrent retries once", async () => {
    const body = { partnerId: w.partners.a, name: "webhook_retry", idempotencyKey: "burst-1" };
    const answers = await Promise.all([raise({ token: eventsToken }, body), raise({ token: eventsToken }, body), raise({ token: eventsToken }, body)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => PartnerEvent.parse(a.json()).id)).size).toBe(1);
  });

  it("needs the events:write scope on a token", async () => {
    const response = await raise({ token: readToken }, { partnerId: w.partners.a, name: "first_deal_approved" });
    expect(response.statusCode).toBe(403);
  });

  it("lets only the partner's managers raise events, not another manager or a partner user", async () => {
    expect((await raise({ cookie: otherManager }, { partnerId: w.partners.a, name: "first_deal_approved" })).statusCode).toBe(403);
    expect((await raise({ cookie: alice }, { partnerId: w.partners.a, name: "first_deal_approved" })).statusCode).toBe(403);
    expect((await raise({ cookie: otherManager }, { partnerId: w.partners.b, name: "first_deal_approved" })).statusCode).toBe(201);
  });

  it("answers 404 for a partner of another workspace and stores nothing", async () => {
    const response = await raise({ token: eventsToken }, { partnerId: w.globex.partnerId, name: "first_deal_approved" });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain("Gamma");
    const rows = await t.ctx.db.select().from(partnerEvents).where(eq(partnerEvents.partnerId, w.globex.partnerId));
    expect(rows).toEqual([]);
  });

  it("answers 400 naming the field for a bad event name, a bad partner id or unknown fields", async () => {
    const badName = await raise({ token: eventsToken }, { partnerId: w.partners.a, name: "First Deal!" });
    expect(badName.statusCode).toBe(400);
    expect(Problem.parse(badName.json()).errors?.map((e) => e.path)).toContain("body.name");
    const badPartner = await raise({ token: eventsToken }, { partnerId: "nope", name: "first_deal_approved" });
    expect(badPartner.statusCode).toBe(400);
    expect(Problem.parse(badPartner.json()).errors?.map((e) => e.path)).toContain("body.partnerId");
    const extra = await raise({ token: eventsToken }, { partnerId: w.partners.a, name: "first_deal_approved", at: "yesterday" });
    expect(extra.statusCode).toBe(400);
  });
});
