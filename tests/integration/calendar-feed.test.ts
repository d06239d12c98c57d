import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { auditLog, calendarFeeds, journeySteps, partnerMeetings, staffMemberships } from "../../src/server/db/schema";
import { hashSecret } from "../../src/server/ids";
import { insertPartnerMeeting } from "../../src/server/modules/meetings/insert";
import { insertJourneyRows } from "../factories/journey-rows";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* The private calendar feed (R-H2): one secret address per person, hashed, revocable. */

let t: TestApp & { world: World };
let w: World;
const cookies = { owner: "", manager: "", manager2: "", viewer: "", aAdmin: "", aMember: "", bAdmin: "", globexOwner: "" };
const Created = z.object({ url: z.string(), createdAt: z.string() });
const Status = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
const feedApi = "/api/w/acme/me/calendar-feed";

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  Object.assign(cookies, await signInWorld(t.app, w));
  t.clock.set(new Date("2026-11-20T09:00:00Z"));
  await seedPlans();
});
afterAll(() => t.close());

const meetingIds = { alignment: "", partnerB: "", cancelled: "", old: "" };
const stepIds: Record<string, string> = {};

async function seedPlans() {
  const now = t.clock.now();
  const base = { workspaceId: w.acme.id, location: "Video call", createdBy: w.staff.manager.id, now };
  await t.ctx.db.transaction(async (tx) => {
    meetingIds.alignment = (await insertPartnerMeeting(tx, { ...base, partnerId: w.partners.a, kind: "alignment", title: "Alignment meeting", startsAt: new Date("2026-12-01T14:00:00Z"), durationMinutes: 60, agenda: ["Objectives", "Concerns"], organizerUserId: w.staff.manager.id, attendeeUserIds: [w.staff.manager.id, w.partnerUsers.aAdmin.id] })).id;
    // Bad data on purpose: a partner B meeting that lists Alice of partner A must still stay out of her feed.
    meetingIds.partnerB = (await insertPartnerMeeting(tx, { ...base, partnerId: w.partners.b, kind: "check_in", title: "Beta check-in", startsAt: new Date("2026-12-02T10:00:00Z"), durationMinutes: 30, agenda: [], organizerUserId: w.staff.otherManager.id, attendeeUserIds: [w.partnerUsers.aAdmin.id, w.staff.manager.id] })).id;
    meetingIds.cancelled = (await insertPartnerMeeting(tx, { ...base, partnerId: w.partners.a, kind: "check_in", title: "Cancelled sync", startsAt: new Date("2026-12-03T10:00:00Z"), durationMinutes: 30, agenda: [], organizerUserId: w.staff.manager.id, attendeeUserIds: [w.partnerUsers.aAdmin.id] })).id;
    meetingIds.old = (await insertPartnerMeeting(tx, { ...base, partnerId: w.partners.a, kind: "check_in", title: "Long ago", startsAt: new Date("2026-01-05T10:00:00Z"), durationMinutes: 30, agenda: [], organizerUserId: w.staff.manager.id, attendeeUserIds: [w.partnerUsers.aAdmin.id] })).id;
  });
  await t.ctx.db.update(partnerMeetings).set({ cancelledAt: now }).where(eq(partnerMeetings.id, meetingIds.cancelled));
  await t.ctx.db.update(partnerMeetings).set({ sequence: 2 }).where(eq(partnerMeetings.id, meetingIds.alignment));
  const rows = await insertJourneyRows(t.ctx, {
    workspaceId: w.acme.id,
    partnerId: w.partners.a,
    hostUserId: w.staff.manager.id,
    partnerUserId: w.partnerUsers.aAdmin.id,
    startedAt: now,
    template: {
      name: "Feed journey",
      description: "Steps with due dates for the feed.",
      phases: [
        {
          key: "start",
          name: "Start",
          steps: [
            { key: "contract", title: "Sign the contract", kind: "task", owner: "partner:admin", due: { after: "start", days: 5 } },
            { key: "margin", title: "Decide the margin", kind: "task", owner: "host:manager", visibility: "internal", due: { after: "start", days: 5 } },
            { key: "done_one", title: "Already done", kind: "task", owner: "partner:admin", due: { after: "start", days: 2 } },
          ],
        },
      ],
    },
  });
  Object.assign(stepIds, rows.stepIds);
  // Bad data on purpose: the meeting of an internal step that lists Alice must still stay out of her feed.
  await t.ctx.db.transaction((tx) =>
    insertPartnerMeeting(tx, { ...base, partnerId: w.partners.a, kind: "workshop", title: "Margin prep", startsAt: new Date("2026-12-02T15:00:00Z"), durationMinutes: 30, agenda: [], organizerUserId: w.staff.otherManager.id, attendeeUserIds: [w.partnerUsers.aAdmin.id], stepId: rows.stepIds.margin ?? null }),
  );
  const set = (key: string, values: Partial<typeof journeySteps.$inferInsert>) => t.ctx.db.update(journeySteps).set(values).where(eq(journeySteps.id, rows.stepIds[key] ?? ""));
  // 23:30 UTC on the 4th is already the 5th in Berlin, partner A's zone: the due day follows the partner.
  await set("contract", { dueAt: new Date("2026-12-04T23:30:00Z") });
  await set("margin", { dueAt: new Date("2026-12-04T12:00:00Z") });
  await set("done_one", { dueAt: new Date("2026-12-01T12:00:00Z"), status: "done" });
}

async function turnOn(cookie: string) {
  const response = await call(t.app, { method: "POST", url: feedApi, cookie });
  expect(response.statusCode).toBe(201);
  return Created.parse(response.json()).url;
}
const pathOf = (url: string) => new URL(url).pathname;
const fetchFeed = (url: string) => t.app.inject({ method: "GET", url: pathOf(url) });

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

describe("turning the feed on", () => {
  it("answers the address once and keeps only the SHA-256 of its secret", async () => {
    const url = await turnOn(cookies.viewer);
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const secret = pathOf(url).replace("/api/calendar/", "").replace(".ics", "");
    const rows = await t.ctx.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, w.staff.viewer.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.secretHash).toBe(hashSecret(secret));
    expect(JSON.stringify(rows)).not.toContain(secret);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityType, "calendar_feed"));
    expect(JSON.stringify(audits)).not.toContain(secret);

    const status = Status.parse((await call(t.app, { method: "GET", url: feedApi, cookie: cookies.viewer })).json());
    expect(status).toEqual({ active: true, createdAt: expect.stringMatching(/^2026-11-20T09:00/) });
    expect(JSON.stringify(status)).not.toContain(secret);
  });

  it("says the feed is off for someone who never turned it on", async () => {
    const response = await call(t.app, { method: "GET", url: feedApi, cookie: cookies.manager2 });
    expect(response.json()).toEqual({ active: false, createdAt: null });
  });
});

describe("who can read a feed", () => {
  it("answers a wrong, a malformed and a revoked secret with the same 404 problem", async () => {
    const url = await turnOn(cookies.manager2);
    expect((await fetchFeed(url)).statusCode).toBe(200);
    expect((await call(t.app, { method: "DELETE", url: feedApi, cookie: cookies.manager2 })).statusCode).toBe(200);
    expect(Status.parse((await call(t.app, { method: "GET", url: feedApi, cookie: cookies.manager2 })).json()).active).toBe(false);
    const answers = await Promise.all([fetchFeed(url), t.app.inject({ method: "GET", url: `/api/calendar/${"x".repeat(43)}.ics` }), t.app.inject({ method: "GET", url: "/api/calendar/short.ics" })]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      expect(answer.headers["content-type"]).toContain("application/problem+json");
    }
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
  });

  it("stops the old address when a new one is made; the new one works", async () => {
    const first = await turnOn(cookies.owner);
    const second = await turnOn(cookies.owner);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const active = (await t.ctx.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, w.staff.owner.id))).filter((row) => row.revokedAt === null);
    expect(active).toHaveLength(1);
  });

  it("stops the feed of a person deactivated in the workspace", async () => {
    const url = await turnOn(cookies.viewer);
    await t.ctx.db.update(staffMemberships).set({ status: "deactivated" }).where(eq(staffMemberships.userId, w.staff.viewer.id));
    expect((await fetchFeed(url)).statusCode).toBe(404);
    await t.ctx.db.update(staffMemberships).set({ status: "active" }).where(eq(staffMemberships.userId, w.staff.viewer.id));
    expect((await fetchFeed(url)).statusCode).toBe(200);
  });

  it("keeps each workspace's feed apart", async () => {
    const globexFeed = await call(t.app, { method: "POST", url: "/api/w/globex/me/calendar-feed", cookie: cookies.globexOwner });
    const response = await fetchFeed(Created.parse(globexFeed.json()).url);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Accord · Globex");
    expect(response.body).not.toContain("Alpha");
    expect((await call(t.app, { method: "GET", url: feedApi, cookie: cookies.globexOwner })).statusCode).toBe(404);
  });
});

describe("what a feed holds", () => {
  it("gives staff their meetings with agenda and SEQUENCE, and the due days of their open steps", async () => {
    const response = await fetchFeed(await turnOn(cookies.manager));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/calendar");
    expect(response.headers["cache-control"]).toContain("private");
    const list = events(response.body);
    const summaries = list.map((event) => event.summary).sort();
    expect(summaries).toEqual(["Alignment meeting (Alpha Resellers)", "Beta check-in (Beta Services)", "Due: Decide the margin (Alpha Resellers)"]);
    const alignment = list.find((event) => event.summary.startsWith("Alignment"));
    expect(alignment?.uid).toBe(`meeting-${meetingIds.alignment}@localhost:3000`);
    expect(alignment?.sequence).toBe(2);
    expect(alignment?.startDate.toJSDate().toISOString()).toBe("2026-12-01T14:00:00.000Z");
    expect(alignment?.description).toContain("- Objectives");
    expect(alignment?.description).toContain("With: Max Manager, Alice Alpha");
    expect(alignment?.description).toContain(`/w/acme/partners/${w.partners.a}?tab=meetings&meeting=${meetingIds.alignment}`);
    const due = list.find((event) => event.summary.startsWith("Due:"));
    expect(due?.startDate.isDate).toBe(true);
    expect(due?.startDate.toString()).toBe("2026-12-04");
    expect(due?.description).toContain(`/w/acme/partners/${w.partners.a}/journey?step=${stepIds.margin ?? ""}`);
    expect(response.body).not.toContain("Cancelled sync");
    expect(response.body).not.toContain("Long ago");
  });

  it("gives a partner user only their partner's meetings and shared steps, with portal links", async () => {
    await t.ctx.db.update(journeySteps).set({ ownerUserId: w.partnerUsers.aAdmin.id }).where(eq(journeySteps.id, stepIds.margin ?? ""));
    const response = await fetchFeed(await turnOn(cookies.aAdmin));
    await t.ctx.db.update(journeySteps).set({ ownerUserId: w.staff.manager.id }).where(eq(journeySteps.id, stepIds.margin ?? ""));
    const list = events(response.body);
    expect(list.map((event) => event.summary).sort()).toEqual(["Alignment meeting (Alpha Resellers)", "Due: Sign the contract (Alpha Resellers)"]);
    const due = list.find((event) => event.summary.startsWith("Due:"));
    expect(due?.startDate.toString()).toBe("2026-12-05");
    expect(due?.description).toContain(`/w/acme/portal/journey?step=${stepIds.contract ?? ""}`);
    expect(response.body).not.toContain("Beta");
    expect(response.body).not.toContain("margin");
    expect(response.body).not.toContain("Margin prep");
    expect(response.body).not.toContain("/partners/");
  });

  it("is an empty calendar, not an error, for someone with nothing planned", async () => {
    const response = await fetchFeed(await turnOn(cookies.bAdmin));
    expect(response.statusCode).toBe(200);
    expect(events(response.body)).toHaveLength(0);
  });
});
