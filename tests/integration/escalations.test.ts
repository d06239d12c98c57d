import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EscalationList, EscalationView, LessonsLog } from "../../src/domain/escalations/contracts";
import { MS_PER_HOUR } from "../../src/domain/trust/side";
import { auditLog, notifications, partnerEvents, partnerMeetings, relationshipTimers } from "../../src/server/db/schema";
import { markEscalationMeetingHeld } from "../../src/server/modules/escalations/meeting-held";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Misunderstandings and escalations (R-F5): either side raises, both perspectives, a meeting within 48 h, a lesson. */

let t: TestApp & { world: World };
let w: World;
const cookies = { owner: "", manager: "", manager2: "", viewer: "", aAdmin: "", aMember: "", bAdmin: "" };
const start = new Date("2031-05-05T08:00:00Z");

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  t.clock.set(start);
  Object.assign(cookies, await signInWorld(t.app, w));
});
afterAll(() => t.close());

const base = () => `/api/w/acme/partners/${w.partners.a}/escalations`;

async function raise(cookie: string, summary: string, perspective = "The kickoff date moved without anyone telling us.") {
  const response = await call(t.app, { method: "POST", url: base(), cookie, body: { summary, perspective } });
  expect(response.statusCode, response.body).toBe(201);
  return EscalationView.parse(response.json());
}

const noticesOf = async (dedupeKey: string) => t.ctx.db.select({ userId: notifications.userId, link: notifications.link }).from(notifications).where(eq(notifications.dedupeKey, dedupeKey));

describe("raising a misunderstanding", () => {
  it("lets a partner user raise one, records the partner event, plans timers and tells the host side", async () => {
    const raised = await raise(cookies.aMember, "Kickoff moved silently");
    expect(raised).toMatchObject({ raisedSide: "partner", status: "open", raiserPerspective: "The kickoff date moved without anyone telling us.", otherPerspective: "", answeredAt: null });
    expect(raised.meetingDueBy).toBe(new Date(Date.parse(raised.raisedAt) + 48 * MS_PER_HOUR).toISOString());

    const events = await t.ctx.db.select().from(partnerEvents).where(and(eq(partnerEvents.partnerId, w.partners.a), eq(partnerEvents.name, "misunderstanding_raised")));
    expect(events).toHaveLength(1);
    const timers = await t.ctx.db.select({ kind: relationshipTimers.kind }).from(relationshipTimers).where(eq(relationshipTimers.subjectId, raised.id));
    expect(timers.map((timer) => timer.kind).sort()).toEqual(["resolution.escalation", "resolution.reminder"]);

    const told = await noticesOf(`escalation:${raised.id}:raised`);
    expect(told.map((notice) => notice.userId)).toEqual([w.staff.manager.id]);
    expect(told[0]?.link).toBe(`/w/acme/partners/${w.partners.a}?tab=relationship#escalation-${raised.id}`);
    const audit = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, "escalation.raised"), eq(auditLog.entityId, raised.id)));
    expect(audit).toHaveLength(1);
  });

  it("lets staff raise one and tells the partner's users through the portal link", async () => {
    const raised = await raise(cookies.manager, "Invoices late", "Our invoices were paid three weeks late.");
    expect(raised.raisedSide).toBe("host");
    const told = await noticesOf(`escalation:${raised.id}:raised`);
    expect(told.map((notice) => notice.userId).sort()).toEqual([w.partnerUsers.aAdmin.id, w.partnerUsers.aMember.id].sort());
    expect(told[0]?.link).toBe(`/w/acme/portal/relationship#escalation-${raised.id}`);
  });

  it("needs a summary and the raiser's perspective (400 naming the field)", async () => {
    const response = await call(t.app, { method: "POST", url: base(), cookie: cookies.aAdmin, body: { summary: "No perspective", perspective: "  " } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: "body.perspective" })]);
  });

  it("keeps another partner's escalations from partner users (404) and lets readers only read", async () => {
    expect((await call(t.app, { method: "GET", url: base(), cookie: cookies.bAdmin })).statusCode).toBe(404);
    expect((await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/lessons`, cookie: cookies.bAdmin })).statusCode).toBe(404);
    expect((await call(t.app, { method: "POST", url: base(), cookie: cookies.bAdmin, body: { summary: "x", perspective: "y" } })).statusCode).toBe(404);
    expect((await call(t.app, { method: "GET", url: base(), cookie: cookies.viewer })).statusCode).toBe(200);
    expect((await call(t.app, { method: "POST", url: base(), cookie: cookies.viewer, body: { summary: "x", perspective: "y" } })).statusCode).toBe(403);
    expect((await call(t.app, { method: "POST", url: base(), cookie: cookies.manager2, body: { summary: "x", perspective: "y" } })).statusCode).toBe(403);
  });
});

describe("the 48-hour resolution meeting", () => {
  it("reminds at 24 hours and escalates at 48 hours through the test clock", async () => {
    const raisedAt = t.clock.now();
    const raised = await raise(cookies.aAdmin, "Support tickets unanswered");
    const setClock = (hours: number) => call(t.app, { method: "POST", url: "/api/w/acme/test/clock", cookie: cookies.owner, body: { now: new Date(raisedAt.getTime() + hours * MS_PER_HOUR + 60_000).toISOString() } });

    expect((await setClock(23)).statusCode).toBe(200);
    expect(await noticesOf(`resolution.reminder:${raised.id}`)).toEqual([]);
    expect((await setClock(24)).statusCode).toBe(200);
    const reminded = await noticesOf(`resolution.reminder:${raised.id}`);
    expect(reminded.map((notice) => notice.userId).sort()).toEqual([w.staff.manager.id, w.partnerUsers.aAdmin.id].sort());
    expect(await noticesOf(`resolution.escalation:${raised.id}`)).toEqual([]);

    const beforeDeadline = EscalationList.parse((await call(t.app, { method: "GET", url: base(), cookie: cookies.aAdmin })).json());
    expect(beforeDeadline.escalations.find((e) => e.id === raised.id)?.status).toBe("open");

    expect((await setClock(48)).statusCode).toBe(200);
    expect((await noticesOf(`resolution.escalation:${raised.id}`)).map((notice) => notice.userId)).toEqual([w.staff.manager.id]);
    const list = EscalationList.parse((await call(t.app, { method: "GET", url: base(), cookie: cookies.aAdmin })).json());
    expect(list.escalations.find((e) => e.id === raised.id)?.status).toBe("meeting_overdue");
  });

  it("stops both timers once the resolution meeting is held", async () => {
    const raisedAt = t.clock.now();
    const raised = await raise(cookies.aAdmin, "Portal access confusion");
    const scheduled = await call(t.app, { method: "POST", url: `${base()}/${raised.id}/meeting`, cookie: cookies.manager, body: { startsAt: new Date(raisedAt.getTime() + 3 * MS_PER_HOUR).toISOString(), durationMinutes: 30 } });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const view = EscalationView.parse(scheduled.json());
    const meeting = view.meetings[0];
    expect(meeting?.title).toBe("Resolution: Portal access confusion");
    const [row] = await t.ctx.db.select().from(partnerMeetings).where(eq(partnerMeetings.id, meeting?.id ?? ""));
    expect(row).toMatchObject({ kind: "resolution", escalationId: raised.id });
    expect(row?.attendeeUserIds).toEqual(expect.arrayContaining([w.staff.manager.id, w.partnerUsers.aAdmin.id]));

    await t.ctx.db.transaction((tx) => markEscalationMeetingHeld(tx, raised.id, new Date(raisedAt.getTime() + 4 * MS_PER_HOUR)));
    expect((await call(t.app, { method: "POST", url: "/api/w/acme/test/clock", cookie: cookies.owner, body: { now: new Date(raisedAt.getTime() + 49 * MS_PER_HOUR).toISOString() } })).statusCode).toBe(200);
    expect(await noticesOf(`resolution.reminder:${raised.id}`)).toEqual([]);
    expect(await noticesOf(`resolution.escalation:${raised.id}`)).toEqual([]);
    const list = EscalationList.parse((await call(t.app, { method: "GET", url: base(), cookie: cookies.manager })).json());
    expect(list.escalations.find((e) => e.id === raised.id)).toMatchObject({ status: "open", meetingHeldInTime: true });
  });

  it("refuses attendees who are neither staff nor this partner's users", async () => {
    const raised = await raise(cookies.aAdmin, "Wrong attendee");
    const response = await call(t.app, { method: "POST", url: `${base()}/${raised.id}/meeting`, cookie: cookies.manager, body: { startsAt: t.clock.now().toISOString(), durationMinutes: 30, attendeeUserIds: [w.partnerUsers.bAdmin.id] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: "body.attendeeUserIds.0" })]);
  });
});

describe("perspectives and resolving", () => {
  it("records the other side's answer once, resolves only with every part, and feeds the lessons log", async () => {
    const raised = await raise(cookies.aAdmin, "Training slots cancelled");
    const answered = await call(t.app, { method: "PUT", url: `${base()}/${raised.id}/perspective`, cookie: cookies.manager, body: { version: raised.version, perspective: "Our trainer fell ill; we should have called." } });
    expect(answered.statusCode, answered.body).toBe(200);
    const afterAnswer = EscalationView.parse(answered.json());
    expect(afterAnswer).toMatchObject({ otherPerspective: "Our trainer fell ill; we should have called.", answeredAt: expect.any(String) });
    expect((await noticesOf(`escalation:${raised.id}:answered`)).map((n) => n.userId)).toEqual([w.partnerUsers.aAdmin.id]);

    const stale = await call(t.app, { method: "PUT", url: `${base()}/${raised.id}/perspective`, cookie: cookies.aAdmin, body: { version: raised.version, perspective: "Edited" } });
    expect(stale.statusCode).toBe(409);

    const notReady = await call(t.app, { method: "POST", url: `${base()}/${raised.id}/resolve`, cookie: cookies.aAdmin, body: { version: afterAnswer.version, agreedAction: "" } });
    expect(notReady.statusCode).toBe(400);
    expect(notReady.json().errors.map((e: { path: string }) => e.path)).toEqual(["meeting", "body.agreedAction", "body.lessonLearned"]);

    await t.ctx.db.transaction((tx) => markEscalationMeetingHeld(tx, raised.id, t.clock.now()));
    const stillMissing = await call(t.app, { method: "POST", url: `${base()}/${raised.id}/resolve`, cookie: cookies.aAdmin, body: { version: afterAnswer.version, agreedAction: "Call the partner the same day a slot moves." } });
    expect(stillMissing.json().errors.map((e: { path: string }) => e.path)).toEqual(["body.lessonLearned"]);

    const resolved = await call(t.app, {
      method: "POST",
      url: `${base()}/${raised.id}/resolve`,
      cookie: cookies.aAdmin,
      body: { version: afterAnswer.version, agreedAction: "Call the partner the same day a slot moves.", lessonLearned: "A phone call beats a calendar update." },
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(EscalationView.parse(resolved.json())).toMatchObject({ status: "resolved", resolvedBy: { userId: w.partnerUsers.aAdmin.id } });
    const again = await call(t.app, { method: "POST", url: `${base()}/${raised.id}/resolve`, cookie: cookies.manager, body: { version: afterAnswer.version + 1, agreedAction: "x", lessonLearned: "y" } });
    expect(again.statusCode).toBe(409);

    for (const cookie of [cookies.aMember, cookies.viewer]) {
      const lessons = LessonsLog.parse((await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/lessons`, cookie })).json());
      expect(lessons.find((lesson) => lesson.escalationId === raised.id)).toMatchObject({
        summary: "Training slots cancelled",
        perspectives: { partner: "The kickoff date moved without anyone telling us.", host: "Our trainer fell ill; we should have called." },
        lessonLearned: "A phone call beats a calendar update.",
        meetingHeldInTime: true,
      });
    }
  });
});
