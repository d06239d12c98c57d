import ICAL from "ical.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journeyEvents, journeySteps, notifications, user } from "../../src/server/db/schema";
import { insertJourneyRows } from "../factories/journey-rows";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Meeting steps (issue 4, R-H2): a time and attendees from both sides, and an .ics to download. */

let t: TestApp & { world: World };
let w: World;
let steps: Record<string, string>;
let journeyId = "";
const cookies = { manager: "", manager2: "", viewer: "", aAdmin: "", aMember: "", bAdmin: "" };

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  const inserted = await insertJourneyRows(t.ctx, {
    workspaceId: w.acme.id,
    partnerId: w.partners.a,
    hostUserId: w.staff.manager.id,
    partnerUserId: w.partnerUsers.aAdmin.id,
    startedAt: t.clock.now(),
    template: {
      name: "Meetings test journey",
      description: "Meetings on both sides.",
      phases: [
        {
          key: "welcome",
          name: "Welcome",
          steps: [
            { key: "kickoff", title: "Kickoff call", description: "Meet the team.", kind: "meeting", owner: "host:manager", due: { after: "start", days: 3 }, meetingType: "kickoff", durationMinutes: 45, agenda: ["Introductions", "Goals, first 90 days"] },
            { key: "partner_sync", title: "Partner sync", kind: "meeting", owner: "partner:admin", due: { after: "start", days: 7 }, meetingType: "check_in" },
            { key: "internal_prep", title: "Internal prep", kind: "meeting", owner: "host:manager", visibility: "internal", due: { after: "start", days: 2 }, meetingType: "workshop" },
            { key: "intro", title: "Introduce yourselves", kind: "task", owner: "partner:admin", due: { after: "start", days: 5 } },
          ],
        },
      ],
    },
  });
  steps = inserted.stepIds;
  journeyId = inserted.journeyId;
  Object.assign(cookies, await signInWorld(t.app, w));
});
afterAll(() => t.close());

const stepUrl = (key: string) => `/api/w/acme/partners/${w.partners.a}/journeys/${journeyId}/steps/${steps[key] ?? "missing"}`;

async function versionOf(key: string) {
  const [row] = await t.ctx.db.select({ version: journeySteps.version }).from(journeySteps).where(eq(journeySteps.id, steps[key] ?? ""));
  return row?.version ?? 0;
}

function schedule(cookie: string, key: string, body: object) {
  return call(t.app, { method: "PUT", url: `${stepUrl(key)}/meeting`, cookie, body });
}

describe("scheduling a meeting step", () => {
  it("stores the time, place and attendees in the step, bumps its version and tells the attendees", async () => {
    const version = await versionOf("kickoff");
    const response = await schedule(cookies.manager, "kickoff", { version, startsAt: "2026-03-10T15:00:00+01:00", location: "Video call", attendeeUserIds: [w.staff.manager.id, w.partnerUsers.aAdmin.id] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      stepVersion: version + 1,
      meeting: {
        startsAt: "2026-03-10T14:00:00.000Z",
        endsAt: "2026-03-10T14:45:00.000Z",
        durationMinutes: 45,
        location: "Video call",
        organizer: { userId: w.staff.manager.id, name: "Max Manager", email: "manager@acme.test" },
        attendees: [
          { userId: w.staff.manager.id, name: "Max Manager", email: "manager@acme.test" },
          { userId: w.partnerUsers.aAdmin.id, name: "Alice Alpha", email: "alice@alpha.test" },
        ],
        sequence: 0,
        scheduledAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    });
    const [row] = await t.ctx.db.select().from(journeySteps).where(eq(journeySteps.id, steps.kickoff ?? ""));
    expect(row?.result).toEqual({ meeting: response.json().meeting });
    const events = await t.ctx.db.select().from(journeyEvents).where(and(eq(journeyEvents.stepId, steps.kickoff ?? ""), eq(journeyEvents.type, "meeting.scheduled")));
    expect(events).toHaveLength(1);
    const notices = await t.ctx.db.select().from(notifications).where(eq(notifications.stepId, steps.kickoff ?? ""));
    expect(notices.map((n) => [n.userId, n.link])).toEqual([[w.partnerUsers.aAdmin.id, `/w/acme/portal/journey?step=${steps.kickoff}`]]);
  });

  it("answers a stale version with 409 and keeps the meeting", async () => {
    const stale = await schedule(cookies.manager, "kickoff", { version: 1, startsAt: "2026-04-01T10:00:00Z", attendeeUserIds: [w.staff.manager.id] });
    expect(stale.statusCode).toBe(409);
    const ics = await call(t.app, { method: "GET", url: `${stepUrl("kickoff")}/meeting.ics`, cookie: cookies.manager });
    expect(ics.body).toContain("DTSTART:20260310T140000Z");
  });

  it("invites people of the host and of this partner only, naming the entry at fault", async () => {
    const version = await versionOf("kickoff");
    for (const stranger of [w.partnerUsers.bAdmin.id, "no-such-user", await globexOwnerId()]) {
      const response = await schedule(cookies.manager, "kickoff", { version, startsAt: "2026-03-11T10:00:00Z", attendeeUserIds: [w.staff.manager.id, stranger] });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ path: "body.attendeeUserIds.1", message: "is neither staff of this workspace nor a user of this partner" }]);
    }
    const empty = await schedule(cookies.manager, "kickoff", { version, startsAt: "2026-03-11T10:00:00Z", attendeeUserIds: [] });
    expect(empty.statusCode).toBe(400);
    const badTime = await schedule(cookies.manager, "kickoff", { version, startsAt: "next tuesday", attendeeUserIds: [w.staff.manager.id] });
    expect(badTime.statusCode).toBe(400);
    expect(await versionOf("kickoff")).toBe(version);
  });

  it("lets partner users schedule their own meeting steps only, and nobody schedule a task", async () => {
    const partnerSync = await schedule(cookies.aAdmin, "partner_sync", { version: await versionOf("partner_sync"), startsAt: "2026-03-12T09:00:00Z", attendeeUserIds: [w.partnerUsers.aAdmin.id, w.partnerUsers.aMember.id, w.staff.manager.id] });
    expect(partnerSync.statusCode).toBe(200);
    expect(partnerSync.json().meeting.durationMinutes).toBe(60);
    expect((await schedule(cookies.aMember, "partner_sync", { version: await versionOf("partner_sync"), startsAt: "2026-03-12T09:00:00Z", attendeeUserIds: [w.partnerUsers.aMember.id] })).statusCode).toBe(403);
    expect((await schedule(cookies.aAdmin, "kickoff", { version: await versionOf("kickoff"), startsAt: "2026-03-12T09:00:00Z", attendeeUserIds: [w.partnerUsers.aAdmin.id] })).statusCode).toBe(403);
    expect((await schedule(cookies.aAdmin, "internal_prep", { version: 1, startsAt: "2026-03-12T09:00:00Z", attendeeUserIds: [w.partnerUsers.aAdmin.id] })).statusCode).toBe(404);
    expect((await schedule(cookies.bAdmin, "partner_sync", { version: 1, startsAt: "2026-03-12T09:00:00Z", attendeeUserIds: [w.partnerUsers.bAdmin.id] })).statusCode).toBe(404);
    expect((await schedule(cookies.manager2, "kickoff", { version: await versionOf("kickoff"), startsAt: "2026-03-12T09:00:00Z", attendeeUserIds: [w.staff.manager.id] })).statusCode).toBe(403);
    expect((await schedule(cookies.viewer, "kickoff", { version: await versionOf("kickoff"), startsAt: "2026-03-12T09:00:00Z", attendeeUserIds: [w.staff.manager.id] })).statusCode).toBe(403);
    expect((await schedule(cookies.manager, "intro", { version: await versionOf("intro"), startsAt: "2026-03-12T09:00:00Z", attendeeUserIds: [w.staff.manager.id] })).statusCode).toBe(400);
  });

  it("keeps a held meeting as it was once the step is done", async () => {
    await t.ctx.db.update(journeySteps).set({ status: "done" }).where(eq(journeySteps.id, steps.partner_sync ?? ""));
    const response = await schedule(cookies.aAdmin, "partner_sync", { version: await versionOf("partner_sync"), startsAt: "2026-03-20T09:00:00Z", attendeeUserIds: [w.partnerUsers.aAdmin.id] });
    expect(response.statusCode).toBe(409);
    await t.ctx.db.update(journeySteps).set({ status: "open" }).where(eq(journeySteps.id, steps.partner_sync ?? ""));
  });
});

async function globexOwnerId() {
  const [row] = await t.ctx.db.select({ id: user.id }).from(user).where(eq(user.email, w.globex.ownerEmail));
  return row?.id ?? "";
}

describe("the meeting's calendar file", () => {
  it("is an invitation with a stable UID, the organizer, the attendees and UTC times", async () => {
    const response = await call(t.app, { method: "GET", url: `${stepUrl("kickoff")}/meeting.ics`, cookie: cookies.aMember });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers["content-disposition"]).toContain('filename="kickoff.ics"');
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = calendar.getFirstSubcomponent("vevent");
    if (!event) throw new Error("no VEVENT in the calendar");
    expect(event.getFirstPropertyValue("uid")).toBe(`${steps.kickoff}@localhost`);
    expect(event.getFirstPropertyValue("sequence")).toBe(0);
    expect(event.getFirstPropertyValue("summary")).toBe("Kickoff call");
    expect(event.getFirstPropertyValue("location")).toBe("Video call");
    expect(String(event.getFirstPropertyValue("organizer"))).toBe("mailto:manager@acme.test");
    expect(event.getAllProperties("attendee").map((p) => String(p.getFirstValue()).toLowerCase())).toEqual(["mailto:manager@acme.test", "mailto:alice@alpha.test"]);
    expect(String(event.getFirstPropertyValue("description"))).toContain("- Goals, first 90 days");
    expect(String(event.getFirstPropertyValue("description"))).toContain(`/w/acme/portal/journey?step=${steps.kickoff}`);
    expect(response.body).toMatch(/^DTSTART:20260310T140000Z\r$/m);
    expect(response.body).toMatch(/^DTEND:20260310T144500Z\r$/m);
  });

  it("keeps its UID and raises SEQUENCE when the meeting moves", async () => {
    const before = await call(t.app, { method: "GET", url: `${stepUrl("kickoff")}/meeting.ics`, cookie: cookies.manager });
    const moved = await schedule(cookies.manager, "kickoff", { version: await versionOf("kickoff"), startsAt: "2026-03-11T08:30:00Z", durationMinutes: 30, attendeeUserIds: [w.staff.manager.id, w.partnerUsers.aAdmin.id, w.partnerUsers.aMember.id] });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().meeting.sequence).toBe(1);
    const after = await call(t.app, { method: "GET", url: `${stepUrl("kickoff")}/meeting.ics`, cookie: cookies.manager });
    const uid = (body: string) => body.match(/^UID:(.*)\r$/m)?.[1];
    expect(uid(after.body)).toBe(uid(before.body));
    expect(after.body).toMatch(/^SEQUENCE:1\r$/m);
    expect(after.body).toMatch(/^DTSTART:20260311T083000Z\r$/m);
    expect(after.body).toMatch(/^DTEND:20260311T090000Z\r$/m);
    const notices = await t.ctx.db.select().from(notifications).where(and(eq(notifications.stepId, steps.kickoff ?? ""), eq(notifications.kind, "meeting.rescheduled")));
    expect(notices.map((n) => n.userId).sort()).toEqual([w.partnerUsers.aAdmin.id, w.partnerUsers.aMember.id].sort());
  });

  it("is 409 before a time is set and 404 for steps the caller cannot see or that are no meeting", async () => {
    const unscheduled = await call(t.app, { method: "GET", url: `${stepUrl("internal_prep")}/meeting.ics`, cookie: cookies.viewer });
    expect(unscheduled.statusCode).toBe(409);
    expect((await call(t.app, { method: "GET", url: `${stepUrl("internal_prep")}/meeting.ics`, cookie: cookies.aAdmin })).statusCode).toBe(404);
    expect((await call(t.app, { method: "GET", url: `${stepUrl("intro")}/meeting.ics`, cookie: cookies.aAdmin })).statusCode).toBe(404);
    expect((await call(t.app, { method: "GET", url: `${stepUrl("kickoff")}/meeting.ics`, cookie: cookies.bAdmin })).statusCode).toBe(404);
  });
});
