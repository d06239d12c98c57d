import ICAL from "ical.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startingAgenda } from "../../src/domain/trust/agenda-guides";
import { sweepAllDue } from "../../src/server/jobs/sweep-timers";
import { activity, auditLog, escalations, journeySteps, notifications, outbox, partnerMeetings, relationshipTimers } from "../../src/server/db/schema";
import { insertPartnerMeeting } from "../../src/server/modules/meetings/insert";
import { newId } from "../../src/server/ids";
import { insertJourneyRows } from "../factories/journey-rows";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Meetings with a partner (issue 6, R-F1): schedule, invite, record, action items as steps, recap. */

let t: TestApp & { world: World };
let w: World;
let journeyId = "";
let stepIds: Record<string, string> = {};
const cookies = { owner: "", manager: "", manager2: "", viewer: "", aAdmin: "", aMember: "", bAdmin: "" };
const start = new Date("2026-05-04T08:00:00Z");
const hours = (n: number) => new Date(start.getTime() + n * 3_600_000);

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  t.clock.set(start);
  const inserted = await insertJourneyRows(t.ctx, {
    workspaceId: w.acme.id,
    partnerId: w.partners.a,
    hostUserId: w.staff.manager.id,
    partnerUserId: w.partnerUsers.aAdmin.id,
    startedAt: t.clock.now(),
    template: {
      name: "Meetings journey",
      description: "A journey for action items.",
      phases: [
        {
          key: "welcome",
          name: "Welcome",
          steps: [
            { key: "sync", title: "Weekly sync", kind: "meeting", owner: "host:manager", due: { after: "start", days: 3 }, meetingType: "check_in", durationMinutes: 30, agenda: ["Progress", "Blockers"] },
            { key: "prep", title: "Host prep", kind: "meeting", owner: "host:manager", visibility: "internal", due: { after: "start", days: 2 }, meetingType: "workshop" },
          ],
        },
      ],
    },
  });
  journeyId = inserted.journeyId;
  stepIds = inserted.stepIds;
  Object.assign(cookies, await signInWorld(t.app, w));
});
afterAll(() => t.close());

const meetingsUrl = (partnerId = w.partners.a) => `/api/w/acme/partners/${partnerId}/meetings`;
const send = (method: "GET" | "POST" | "PUT" | "PATCH", url: string, cookie: string, body?: object) => call(t.app, { method, url, cookie, ...(body ? { body } : {}) });
let meetingId = "";

async function meetingRow(id = meetingId) {
  const [row] = await t.ctx.db.select().from(partnerMeetings).where(eq(partnerMeetings.id, id));
  if (!row) throw new Error("meeting gone");
  return row;
}

describe("scheduling", () => {
  it("starts the agenda from the kind's guide, invites both sides and tells the other attendees", async () => {
    const response = await send("POST", meetingsUrl(), cookies.manager, {
      kind: "alignment",
      title: "Alignment conversation",
      startsAt: hours(2).toISOString(),
      durationMinutes: 60,
      location: "Video call",
      attendeeUserIds: [w.staff.manager.id, w.partnerUsers.aAdmin.id],
    });
    expect(response.statusCode).toBe(201);
    const meeting = response.json();
    meetingId = meeting.id;
    expect(meeting.agenda).toEqual(startingAgenda("alignment"));
    expect(meeting.guide.items.length).toBeGreaterThanOrEqual(4);
    expect(meeting.attendees.map((a: { side: string; email: string }) => [a.side, a.email])).toEqual([
      ["host", "manager@acme.test"],
      ["partner", "alice@alpha.test"],
    ]);
    expect(meeting.recapDueAt).toBe(hours(27).toISOString());
    const notices = await t.ctx.db.select().from(notifications).where(eq(notifications.kind, "meeting.scheduled"));
    expect(notices.map((n) => [n.userId, n.link])).toEqual([[w.partnerUsers.aAdmin.id, `/w/acme/portal/meetings?meeting=${meetingId}`]]);
    const audit = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, meetingId), eq(auditLog.action, "meeting.scheduled")));
    expect(audit).toHaveLength(1);
    const timeline = await t.ctx.db.select().from(activity).where(eq(activity.kind, "meeting.scheduled"));
    expect(timeline.map((a) => a.visibility)).toEqual(["shared"]);
  });

  it("refuses attendees of another partner or workspace and unknown kinds, naming the entry", async () => {
    const bad = await send("POST", meetingsUrl(), cookies.manager, { kind: "alignment", title: "X", startsAt: hours(3).toISOString(), attendeeUserIds: [w.staff.manager.id, w.partnerUsers.bAdmin.id] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: "body.attendeeUserIds.1", message: "is neither staff of this workspace nor a user of this partner" }]);
    const kind = await send("POST", meetingsUrl(), cookies.manager, { kind: "lunch", title: "X", startsAt: hours(3).toISOString(), attendeeUserIds: [w.staff.manager.id] });
    expect(kind.statusCode).toBe(400);
    expect(JSON.stringify(kind.json().errors)).toContain("body.kind");
    const when = await send("POST", meetingsUrl(), cookies.manager, { kind: "check_in", title: "X", startsAt: "tomorrow", attendeeUserIds: [w.staff.manager.id] });
    expect(when.statusCode).toBe(400);
  });

  it("lets partner users schedule with their own people, but not other partners' readers in", async () => {
    const own = await send("POST", meetingsUrl(), cookies.aMember, { kind: "check_in", title: "Partner check-in", startsAt: hours(30).toISOString(), attendeeUserIds: [w.partnerUsers.aMember.id, w.staff.manager.id] });
    expect(own.statusCode).toBe(201);
    expect((await send("POST", meetingsUrl(), cookies.bAdmin, { kind: "check_in", title: "Sneak", startsAt: hours(30).toISOString(), attendeeUserIds: [w.partnerUsers.bAdmin.id] })).statusCode).toBe(404);
    expect((await send("POST", meetingsUrl(), cookies.viewer, { kind: "check_in", title: "Viewer", startsAt: hours(30).toISOString(), attendeeUserIds: [w.staff.manager.id] })).statusCode).toBe(403);
    const people = await send("GET", `/api/w/acme/partners/${w.partners.a}/meeting-people`, cookies.aAdmin);
    expect(people.statusCode).toBe(200);
    const emails = people.json().people.map((p: { email: string }) => p.email);
    expect(emails).toContain("manager@acme.test");
    expect(emails).not.toContain("bob@beta.test");
    expect(emails).not.toContain(w.staff.viewer.email);
  });
});

describe("the invitation", () => {
  it("is an .ics with the summary, UTC times, attendees, SEQUENCE and the agenda", async () => {
    const response = await send("GET", `${meetingsUrl()}/${meetingId}/invite.ics`, cookies.aAdmin);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers["content-disposition"]).toContain('filename="alignment-conversation.ics"');
    const event = new ICAL.Component(ICAL.parse(response.body)).getFirstSubcomponent("vevent");
    if (!event) throw new Error("no VEVENT");
    expect(event.getFirstPropertyValue("summary")).toBe("Alignment conversation");
    expect(event.getFirstPropertyValue("uid")).toBe(`${meetingId}@localhost`);
    expect(event.getFirstPropertyValue("sequence")).toBe(0);
    expect(event.getAllProperties("attendee").map((p) => String(p.getFirstValue()).toLowerCase())).toEqual(["mailto:manager@acme.test", "mailto:alice@alpha.test"]);
    expect(String(event.getFirstPropertyValue("description"))).toContain("- Top objectives");
    expect(response.body).toMatch(/^DTSTART:20260504T100000Z\r$/m);
    expect((await send("GET", `${meetingsUrl()}/${meetingId}/invite.ics`, cookies.bAdmin)).statusCode).toBe(404);
  });

  it("moves with a higher SEQUENCE, replans the recap timers and answers a stale version with 409", async () => {
    const version = (await meetingRow()).version;
    const moved = await send("PATCH", `${meetingsUrl()}/${meetingId}`, cookies.manager, { version, startsAt: hours(3).toISOString(), durationMinutes: 45 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().sequence).toBe(1);
    expect(moved.json().endsAt).toBe(new Date(hours(3).getTime() + 45 * 60_000).toISOString());
    const timers = await t.ctx.db.select().from(relationshipTimers).where(eq(relationshipTimers.subjectId, meetingId));
    expect(timers.find((timer) => timer.kind === "recap.reminder")?.fireAt.toISOString()).toBe(new Date(hours(27).getTime() + 45 * 60_000).toISOString());
    expect((await send("PATCH", `${meetingsUrl()}/${meetingId}`, cookies.manager, { version, title: "Stale" })).statusCode).toBe(409);
    const ics = await send("GET", `${meetingsUrl()}/${meetingId}/invite.ics`, cookies.manager);
    expect(ics.body).toMatch(/^SEQUENCE:1\r$/m);
  });
});

describe("recording the meeting", () => {
  const item = (id: string, title: string, side: "host" | "partner", userId: string, dueAt: Date) => ({ id, title, owner: { side, userId }, dueAt: dueAt.toISOString() });
  const hostItemId = "0195f000-0000-7000-8000-000000000001";
  const partnerItemId = "0195f000-0000-7000-8000-000000000002";

  it("keeps internal notes from partner users and refuses to mark a meeting held before it starts", async () => {
    const version = (await meetingRow()).version;
    expect((await send("PUT", `${meetingsUrl()}/${meetingId}/record`, cookies.aAdmin, { version, notes: "x", internalNotes: "peek" })).statusCode).toBe(403);
    expect((await send("PUT", `${meetingsUrl()}/${meetingId}/record`, cookies.manager, { version, notes: "x" })).statusCode).toBe(409);
  });

  it("refuses action items due before the end or owned by someone outside that side, naming them", async () => {
    t.clock.set(hours(4));
    const version = (await meetingRow()).version;
    const early = await send("PUT", `${meetingsUrl()}/${meetingId}/record`, cookies.manager, { version, actionItems: [item(hostItemId, "Too early", "host", w.staff.manager.id, hours(1))] });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors.map((e: { path: string }) => e.path)).toEqual(["body.actionItems.0.dueAt"]);
    const stranger = await send("PUT", `${meetingsUrl()}/${meetingId}/record`, cookies.manager, { version, actionItems: [item(partnerItemId, "Wrong side", "partner", w.partnerUsers.bAdmin.id, hours(48))] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors).toEqual([{ path: "body.actionItems.0.owner.userId", message: "is not an active user of this partner" }]);
    expect((await meetingRow()).version).toBe(version);
  });

  it("marks it held and turns each action item into one shared journey step owned by the named person", async () => {
    const version = (await meetingRow()).version;
    const response = await send("PUT", `${meetingsUrl()}/${meetingId}/record`, cookies.manager, {
      version,
      notes: "Both sides want faster lead hand-offs.",
      internalNotes: "Their budget is tight this quarter.",
      decisions: ["Weekly check-ins on Tuesdays"],
      actionItems: [item(hostItemId, "Share the lead hand-off checklist", "host", w.staff.manager.id, hours(72)), item(partnerItemId, "Name a sales contact", "partner", w.partnerUsers.aAdmin.id, hours(96))],
    });
    expect(response.statusCode).toBe(200);
    const { meeting, actionItemsOnJourney } = response.json();
    expect(actionItemsOnJourney).toBe(true);
    expect(meeting.status).toBe("held");
    expect(meeting.internalNotes).toBe("Their budget is tight this quarter.");
    const partnerStep = meeting.actionItems[1].stepId;
    const [step] = await t.ctx.db.select().from(journeySteps).where(eq(journeySteps.id, partnerStep));
    expect(step).toMatchObject({ journeyId, title: "Name a sales contact", ownerRole: "partner:admin", ownerUserId: w.partnerUsers.aAdmin.id, visibility: "shared", status: "open" });
    expect(step?.dueAt?.toISOString()).toBe(hours(96).toISOString());
    const portal = await send("GET", `${meetingsUrl()}/${meetingId}`, cookies.aAdmin);
    expect(portal.json().notes).toBe("Both sides want faster lead hand-offs.");
    expect(portal.json()).not.toHaveProperty("internalNotes");
    expect(portal.body).not.toContain("budget is tight");
  });

  it("updates the same steps when saved again and skips the step of an item taken out", async () => {
    const before = await meetingRow();
    const stepsBefore = (await t.ctx.db.select().from(journeySteps).where(eq(journeySteps.journeyId, journeyId))).length;
    const response = await send("PUT", `${meetingsUrl()}/${meetingId}/record`, cookies.aAdmin, {
      version: before.version,
      notes: before.notes,
      decisions: ["Weekly check-ins on Tuesdays"],
      actionItems: [item(partnerItemId, "Name a sales contact and a deputy", "partner", w.partnerUsers.aAdmin.id, hours(100))],
    });
    expect(response.statusCode).toBe(200);
    const steps = await t.ctx.db.select().from(journeySteps).where(eq(journeySteps.journeyId, journeyId));
    expect(steps).toHaveLength(stepsBefore);
    const byTitle = new Map(steps.map((step) => [step.title, step]));
    expect(byTitle.get("Name a sales contact and a deputy")?.dueAt?.toISOString()).toBe(hours(100).toISOString());
    expect(byTitle.get("Share the lead hand-off checklist")?.status).toBe("skipped");
    expect((await meetingRow()).internalNotes).toBe("Their budget is tight this quarter.");
  });
});

describe("the recap", () => {
  it("reminds the organizer 24 hours after the end, then goes out to every attendee with shared content only", async () => {
    const meeting = await meetingRow();
    t.clock.set(new Date(meeting.endsAt.getTime() + 24 * 3_600_000 + 60_000));
    await sweepAllDue(t.ctx);
    const reminders = await t.ctx.db.select().from(notifications).where(eq(notifications.kind, "recap.reminder"));
    expect(reminders.map((n) => [n.userId, n.link])).toEqual([[w.staff.manager.id, `/w/acme/partners/${w.partners.a}?tab=meetings&meeting=${meetingId}`]]);
    const overdue = await send("GET", `${meetingsUrl()}/${meetingId}`, cookies.manager);
    expect(overdue.json().recapOverdue).toBe(true);

    const response = await send("POST", `${meetingsUrl()}/${meetingId}/recap`, cookies.manager, { version: meeting.version });
    expect(response.statusCode).toBe(200);
    expect(response.json().recipients).toBe(2);
    expect(response.json().meeting.recapSentAt).not.toBeNull();
    const emails = await t.ctx.db.select().from(outbox).where(eq(outbox.subject, "Recap: Alignment conversation (2026-05-04 11:00 UTC)"));
    expect(emails.map((e) => e.toAddress).sort()).toEqual(["alice@alpha.test", "manager@acme.test"]);
    for (const email of emails) {
      expect(email.textBody).toContain("Both sides want faster lead hand-offs.");
      expect(email.textBody).toContain("Weekly check-ins on Tuesdays");
      expect(email.textBody).toContain("Name a sales contact and a deputy — Alice Alpha");
      expect(email.textBody).not.toContain("budget");
      expect(email.htmlBody).not.toContain("budget");
    }
    const pending = await t.ctx.db.select().from(relationshipTimers).where(and(eq(relationshipTimers.subjectId, meetingId)));
    expect(pending.filter((timer) => timer.firedAt === null)).toEqual([]);
  });

  it("needs the meeting held first and a current version", async () => {
    const list = await send("GET", meetingsUrl(), cookies.manager);
    const upcoming = list.json().upcoming[0];
    expect((await send("POST", `${meetingsUrl()}/${upcoming.id}/recap`, cookies.manager, { version: upcoming.version })).statusCode).toBe(409);
    expect((await send("POST", `${meetingsUrl()}/${meetingId}/recap`, cookies.manager, { version: 1 })).statusCode).toBe(409);
  });
});

describe("cancelling and journey meeting steps", () => {
  it("cancels a meeting, drops its recap timers and tells the attendees", async () => {
    const upcoming = (await send("GET", meetingsUrl(), cookies.manager)).json().upcoming[0];
    const response = await send("POST", `${meetingsUrl()}/${upcoming.id}/cancel`, cookies.manager, { version: upcoming.version });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe("cancelled");
    expect(await t.ctx.db.select().from(relationshipTimers).where(eq(relationshipTimers.subjectId, upcoming.id))).toEqual([]);
    const notices = await t.ctx.db.select().from(notifications).where(eq(notifications.kind, "meeting.cancelled"));
    expect(notices.length).toBeGreaterThan(0);
  });

  it("lists a scheduled journey meeting step as a meeting, moved on its step only; internal ones stay with staff", async () => {
    const stepUrl = (key: string) => `/api/w/acme/partners/${w.partners.a}/journeys/${journeyId}/steps/${stepIds[key] ?? ""}`;
    const version = async (key: string) => (await t.ctx.db.select().from(journeySteps).where(eq(journeySteps.id, stepIds[key] ?? "")))[0]?.version ?? 0;
    for (const key of ["sync", "prep"]) {
      const scheduled = await send("PUT", `${stepUrl(key)}/meeting`, cookies.manager, { version: await version(key), startsAt: hours(200).toISOString(), attendeeUserIds: [w.staff.manager.id] });
      expect(scheduled.statusCode).toBe(200);
    }
    const staff = (await send("GET", `${meetingsUrl()}?kind=check_in`, cookies.manager)).json();
    const sync = staff.upcoming.find((m: { stepId: string | null }) => m.stepId === stepIds.sync);
    expect(sync).toMatchObject({ title: "Weekly sync", kind: "check_in", agenda: ["Progress", "Blockers"], durationMinutes: 30, sequence: 0 });
    const all = (await send("GET", meetingsUrl(), cookies.manager)).json();
    expect(all.upcoming.some((m: { stepId: string | null }) => m.stepId === stepIds.prep)).toBe(true);
    const partner = (await send("GET", meetingsUrl(), cookies.aAdmin)).json();
    expect(partner.upcoming.some((m: { stepId: string | null }) => m.stepId === stepIds.prep)).toBe(false);
    const moved = await send("PUT", `${stepUrl("sync")}/meeting`, cookies.manager, { version: await version("sync"), startsAt: hours(220).toISOString(), attendeeUserIds: [w.staff.manager.id, w.partnerUsers.aAdmin.id] });
    expect(moved.statusCode).toBe(200);
    const after = await meetingRow(sync.id);
    expect(after.sequence).toBe(1);
    expect(after.startsAt.toISOString()).toBe(hours(220).toISOString());
    const stepIcs = await send("GET", `${stepUrl("sync")}/meeting.ics`, cookies.aAdmin);
    const meetingIcs = await send("GET", `${meetingsUrl()}/${sync.id}/invite.ics`, cookies.aAdmin);
    const uid = (body: string) => body.match(/^UID:(.*)\r$/m)?.[1];
    expect(uid(meetingIcs.body)).toBe(uid(stepIcs.body));
    expect((await send("PATCH", `${meetingsUrl()}/${sync.id}`, cookies.manager, { version: after.version, title: "Renamed" })).statusCode).toBe(409);
  });

  it("answers 404 to other partners' users and other workspaces", async () => {
    expect((await send("GET", meetingsUrl(), cookies.bAdmin)).statusCode).toBe(404);
    expect((await send("GET", `${meetingsUrl(w.partners.b)}/${meetingId}`, cookies.owner)).statusCode).toBe(404);
    expect((await send("GET", `${meetingsUrl()}/${meetingId}`, cookies.bAdmin)).statusCode).toBe(404);
  });
});

describe("the resolution meeting of an escalation", () => {
  it("marks the escalation's meeting held when it is recorded held, once", async () => {
    const escalationId = newId();
    const raisedAt = t.clock.now();
    await t.ctx.db.insert(escalations).values({ id: escalationId, workspaceId: w.acme.id, partnerId: w.partners.a, title: "Leads went to the wrong region", raisedSide: "partner", raisedAt, raiserPerspective: "Three leads were outside our region." });
    const { id } = await t.ctx.db.transaction((tx) =>
      insertPartnerMeeting(tx, { workspaceId: w.acme.id, partnerId: w.partners.a, kind: "resolution", title: "Resolution: leads", startsAt: new Date(raisedAt.getTime() - 3_600_000), durationMinutes: 30, location: null, agenda: startingAgenda("resolution"), organizerUserId: w.staff.manager.id, attendeeUserIds: [w.staff.manager.id, w.partnerUsers.aAdmin.id], escalationId, createdBy: w.staff.manager.id, now: raisedAt }),
    );
    const saved = await send("PUT", `${meetingsUrl()}/${id}/record`, cookies.aAdmin, { version: 1, notes: "We agreed to route by postcode." });
    expect(saved.statusCode).toBe(200);
    const [escalation] = await t.ctx.db.select().from(escalations).where(eq(escalations.id, escalationId));
    expect(escalation?.meetingHeldAt?.toISOString()).toBe(saved.json().meeting.heldAt);
  });
});
