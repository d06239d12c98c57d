import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { activity, notifications, outbox, partnerMeetings, relationshipTimers } from "../../src/server/db/schema";
import { insertJourneyRows } from "../factories/journey-rows";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* The early win (R-F4): leads on both sides, due within 30 days of the start, weekly check-ins, announced when done. */

let t: TestApp & { world: World };
let w: World;
let cookies: Awaited<ReturnType<typeof signInWorld>>;
const DAY = 86_400_000;
// Monday 2 March 2026, 10:00 in Berlin: the journey starts here and the clock stands a day later.
const journeyStart = new Date("2026-03-02T09:00:00Z");

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  t.clock.freeze(new Date(journeyStart.getTime() + DAY));
  await insertJourneyRows(t.ctx, {
    workspaceId: w.acme.id,
    partnerId: w.partners.a,
    hostUserId: w.staff.manager.id,
    partnerUserId: w.partnerUsers.aAdmin.id,
    startedAt: journeyStart,
    template: { name: "Trust-first test", description: "Early-win tests.", phases: [{ key: "welcome", name: "Welcome", steps: [{ key: "kickoff", title: "Kickoff", kind: "task", owner: "host:manager", due: { after: "start", days: 3 } }] }] },
  });
  cookies = await signInWorld(t.app, w);
});
afterAll(() => t.close());

const base = (partnerId = w.partners.a) => `/api/w/acme/partners/${partnerId}/early-wins`;
const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });
const Win = z.object({ id: z.string(), version: z.number(), status: z.string(), caseStudy: z.string(), checkIns: z.array(z.object({ meetingId: z.string(), startsAt: z.string(), cancelled: z.boolean() })) }).loose();
const proposal = (overrides: object = {}) => ({
  title: "First joint webinar",
  description: "One webinar for Alpha's customers on the migration offer.",
  successMeasure: "40 registrations",
  hostLeadUserId: w.staff.manager.id,
  partnerLeadUserId: w.partnerUsers.aAdmin.id,
  deadline: new Date(journeyStart.getTime() + 20 * DAY).toISOString(),
  ...overrides,
});
const create = (cookie: string, body: object) => call(t.app, { method: "POST", url: base(), cookie, body });

describe("agreeing an early win", () => {
  it("says when the 30 days end and who may lead on each side", async () => {
    const list = (await call(t.app, { method: "GET", url: base(), cookie: cookies.aMember })).json();
    expect(list.window).toEqual({ startsAt: journeyStart.toISOString(), latestDeadline: "2026-04-01T08:00:00.000Z", timeZone: "Europe/Berlin", countsFrom: "journey" });
    expect(list.leadCandidates.partner.map((p: { name: string }) => p.name)).toEqual(["Aaron Alpha", "Alice Alpha"]);
    // A partner user picks among its host contacts (the partner's owner and team), not the whole staff.
    expect(list.leadCandidates.host.map((p: { name: string }) => p.name)).toEqual(["Max Manager"]);
    const staffList = (await call(t.app, { method: "GET", url: base(), cookie: cookies.manager })).json();
    expect(staffList.leadCandidates.host.length).toBeGreaterThan(3);
  });

  it("refuses a deadline more than 30 days after the journey started (400 on deadline)", async () => {
    const response = await create(cookies.manager, proposal({ deadline: "2026-04-01T08:00:01Z" }));
    expect(response.statusCode).toBe(400);
    expect(Errors.parse(response.json()).errors).toEqual([{ path: "body.deadline", message: expect.stringContaining("within 30 days") }]);
    expect((await create(cookies.manager, proposal({ deadline: "2026-04-01T08:00:00Z" }))).statusCode).toBe(201);
  });

  it("refuses a partner lead from another partner and a host lead who is not staff (400 per field)", async () => {
    const response = await create(cookies.aAdmin, proposal({ partnerLeadUserId: w.partnerUsers.bAdmin.id, hostLeadUserId: w.partnerUsers.aMember.id }));
    expect(response.statusCode).toBe(400);
    expect(Errors.parse(response.json()).errors.map((e) => e.path)).toEqual(["body.hostLeadUserId", "body.partnerLeadUserId"]);
    const missing = await create(cookies.aAdmin, { title: "No leads", deadline: proposal().deadline });
    expect(Errors.parse(missing.json()).errors.map((e) => e.path)).toEqual(expect.arrayContaining(["body.hostLeadUserId", "body.partnerLeadUserId"]));
  });

  it("tells each lead but the one who agreed it", async () => {
    const response = await create(cookies.aAdmin, proposal({ title: "Lead notice test" }));
    expect(response.statusCode).toBe(201);
    const id = Win.parse(response.json()).id;
    const notices = await t.ctx.db.select().from(notifications).where(eq(notifications.kind, "early_win.lead"));
    const forThis = notices.filter((n) => n.link?.includes(`early-win-${id}`));
    expect(forThis.map((n) => n.userId)).toEqual([w.staff.manager.id]);
    expect(forThis[0]?.link).toBe(`/w/acme/partners/${w.partners.a}?tab=relationship#early-win-${id}`);
  });

  it("does not exist for another partner's user (404)", async () => {
    expect((await call(t.app, { method: "GET", url: base(), cookie: cookies.bAdmin })).statusCode).toBe(404);
    expect((await create(cookies.bAdmin, proposal())).statusCode).toBe(404);
  });
});

describe("weekly check-ins", () => {
  it("schedules a check-in meeting every week before the deadline, with both leads, once", async () => {
    const win = Win.parse((await create(cookies.manager, proposal({ title: "Check-in test" }))).json());
    const response = await call(t.app, { method: "POST", url: `${base()}/${win.id}/check-ins`, cookie: cookies.aAdmin, body: { version: win.version, firstAt: "2026-03-05T14:00:00+01:00", location: "Video call" } });
    expect(response.statusCode).toBe(200);
    const scheduled = Win.parse(response.json());
    // Deadline 22 March 10:00 Berlin; 26 March would be after it. Summer time starts 29 March.
    expect(scheduled.checkIns.map((c) => c.startsAt)).toEqual(["2026-03-05T13:00:00.000Z", "2026-03-12T13:00:00.000Z", "2026-03-19T13:00:00.000Z"]);
    const meetings = await t.ctx.db.select().from(partnerMeetings).where(eq(partnerMeetings.earlyWinId, win.id));
    expect(meetings.every((m) => m.kind === "check_in" && m.partnerId === w.partners.a)).toBe(true);
    expect(meetings[0]?.attendeeUserIds).toEqual([w.staff.manager.id, w.partnerUsers.aAdmin.id]);
    const timers = await t.ctx.db.select().from(relationshipTimers).where(inArray(relationshipTimers.subjectId, meetings.map((m) => m.id)));
    expect(timers.length).toBe(6);

    const again = await call(t.app, { method: "POST", url: `${base()}/${win.id}/check-ins`, cookie: cookies.manager, body: { version: scheduled.version, firstAt: "2026-03-05T14:00:00+01:00" } });
    expect(Win.parse(again.json()).checkIns).toHaveLength(3);
    const stale = await call(t.app, { method: "POST", url: `${base()}/${win.id}/check-ins`, cookie: cookies.manager, body: { version: win.version } });
    expect(stale.statusCode).toBe(409);
  });

  it("by default starts a week after the early win was agreed, and refuses a first check-in after the deadline", async () => {
    const win = Win.parse((await create(cookies.manager, proposal({ title: "Default check-ins" }))).json());
    const late = await call(t.app, { method: "POST", url: `${base()}/${win.id}/check-ins`, cookie: cookies.manager, body: { version: win.version, firstAt: "2026-03-30T10:00:00Z" } });
    expect(late.statusCode).toBe(400);
    expect(Errors.parse(late.json()).errors[0]?.path).toBe("body.firstAt");
    const response = await call(t.app, { method: "POST", url: `${base()}/${win.id}/check-ins`, cookie: cookies.manager, body: { version: win.version } });
    expect(Win.parse(response.json()).checkIns.map((c) => c.startsAt)).toEqual(["2026-03-10T09:00:00.000Z", "2026-03-17T09:00:00.000Z"]);
  });

  it("cancels the check-ins after a deadline moved in", async () => {
    const win = Win.parse((await create(cookies.manager, proposal({ title: "Moved deadline" }))).json());
    const scheduled = Win.parse((await call(t.app, { method: "POST", url: `${base()}/${win.id}/check-ins`, cookie: cookies.manager, body: { version: win.version } })).json());
    const moved = await call(t.app, { method: "PUT", url: `${base()}/${win.id}`, cookie: cookies.aAdmin, body: { version: scheduled.version, deadline: "2026-03-15T09:00:00Z" } });
    expect(moved.statusCode).toBe(200);
    expect(Win.parse(moved.json()).checkIns.map((c) => c.cancelled)).toEqual([false, true]);
    const tooLate = await call(t.app, { method: "PUT", url: `${base()}/${win.id}`, cookie: cookies.aAdmin, body: { version: scheduled.version + 1, deadline: "2026-05-01T09:00:00Z" } });
    expect(tooLate.statusCode).toBe(400);
  });
});

describe("completing an early win", () => {
  it("announces it to both teams by bell and email, cancels the check-ins ahead and drafts the case study", async () => {
    const win = Win.parse((await create(cookies.manager, proposal({ title: "Announced win" }))).json());
    const scheduled = Win.parse((await call(t.app, { method: "POST", url: `${base()}/${win.id}/check-ins`, cookie: cookies.manager, body: { version: win.version } })).json());
    t.clock.freeze(new Date("2026-03-12T12:00:00Z"));
    const response = await call(t.app, { method: "POST", url: `${base()}/${win.id}/complete`, cookie: cookies.aAdmin, body: { version: scheduled.version, outcome: "52 registrations, 3 demos booked.", lessons: "Start promotion two weeks ahead." } });
    expect(response.statusCode).toBe(200);
    const done = Win.parse(response.json());
    expect(done.status).toBe("done");
    expect(done.checkIns.map((c) => c.cancelled)).toEqual([false, true]);
    expect(done.caseStudy).toContain("# Announced win: Acme Cloud and Alpha Resellers");
    expect(done.caseStudy).toContain("Max Manager led the work at Acme Cloud, Alice Alpha at Alpha Resellers.");
    expect(done.caseStudy).toContain("52 registrations, 3 demos booked.");
    expect(done.caseStudy).toContain("Start promotion two weeks ahead.");

    const notices = await t.ctx.db.select().from(notifications).where(and(eq(notifications.kind, "early_win.completed"), eq(notifications.partnerId, w.partners.a)));
    expect(notices.map((n) => n.userId).sort()).toEqual([w.staff.manager.id, w.partnerUsers.aAdmin.id, w.partnerUsers.aMember.id].sort());
    expect(notices.find((n) => n.userId === w.partnerUsers.aMember.id)?.link).toBe(`/w/acme/portal/relationship#early-win-${win.id}`);
    const emails = await t.ctx.db.select().from(outbox).where(inArray(outbox.toAddress, ["manager@acme.test", "alice@alpha.test", "aaron@alpha.test"]));
    expect(emails.filter((e) => e.subject.includes("Early win done: Announced win"))).toHaveLength(3);
    const timeline = await t.ctx.db.select().from(activity).where(eq(activity.kind, "early_win.completed"));
    expect(timeline.map((row) => row.visibility)).toEqual(["shared"]);

    const again = await call(t.app, { method: "POST", url: `${base()}/${win.id}/complete`, cookie: cookies.manager, body: { version: done.version, outcome: "Twice" } });
    expect(again.statusCode).toBe(409);
    expect((await call(t.app, { method: "PUT", url: `${base()}/${win.id}`, cookie: cookies.manager, body: { version: done.version, title: "Renamed" } })).statusCode).toBe(409);
  });

  it("keeps the case study editable on its version and downloadable as Markdown", async () => {
    const list = (await call(t.app, { method: "GET", url: base(), cookie: cookies.manager })).json();
    const done = Win.parse(list.items.find((item: { status: string }) => item.status === "done"));
    const edited = await call(t.app, { method: "PUT", url: `${base()}/${done.id}/case-study`, cookie: cookies.manager, body: { version: done.version, caseStudy: "# Our first webinar\n\nIt worked." } });
    expect(edited.statusCode).toBe(200);
    expect((await call(t.app, { method: "PUT", url: `${base()}/${done.id}/case-study`, cookie: cookies.aAdmin, body: { version: done.version, caseStudy: "# Stale" } })).statusCode).toBe(409);
    const file = await call(t.app, { method: "GET", url: `${base()}/${done.id}/case-study.md`, cookie: cookies.aMember });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(file.headers["content-disposition"]).toContain('filename="case-study-announced-win.md"');
    expect(file.body).toBe("# Our first webinar\n\nIt worked.");
    expect((await call(t.app, { method: "GET", url: `${base()}/${done.id}/case-study.md`, cookie: cookies.bAdmin })).statusCode).toBe(404);
  });

  it("needs an outcome (400)", async () => {
    const win = Win.parse((await create(cookies.manager, proposal({ title: "No outcome", deadline: "2026-03-30T09:00:00Z" }))).json());
    const response = await call(t.app, { method: "POST", url: `${base()}/${win.id}/complete`, cookie: cookies.manager, body: { version: win.version, outcome: " " } });
    expect(response.statusCode).toBe(400);
    expect(Errors.parse(response.json()).errors[0]?.path).toBe("body.outcome");
  });
});
