import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Notification, NotificationList } from "../../src/domain/notifications/schemas";
import { notifications, outbox } from "../../src/server/db/schema";
import { notify } from "../../src/server/modules/notifications/service";
import { journeyStepLink } from "../../src/server/modules/notifications/links";
import { insertJourney } from "../factories/journeys";
import type { World } from "../factories/world";
import { call, createTestWorld, signIn, testOrigin, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let w: World;
let managerCookie: string;
let aliceCookie: string;

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  managerCookie = await signIn(t.app, w.staff.manager.email);
  aliceCookie = await signIn(t.app, w.partnerUsers.aAdmin.email);
});
afterAll(async () => t.close());

let sequence = 0;
/** A notification for someone, written the way other modules write them. */
async function notifyOne(userId: string, title: string, extra: { email?: boolean; stepId?: string; link?: string | null } = {}) {
  const dedupeKey = `test:${++sequence}`;
  await t.ctx.db.transaction((tx) =>
    extra.email
      ? notify(tx, t.clock, { workspaceId: w.acme.id, userIds: [userId], kind: "test.note", title, body: `Body of ${title}`, link: extra.link ?? null, dedupeKey, stepId: extra.stepId, email: true, publicUrl: t.ctx.config.publicUrl })
      : notify(tx, t.clock, { workspaceId: w.acme.id, userIds: [userId], kind: "test.note", title, body: `Body of ${title}`, link: extra.link ?? null, dedupeKey, stepId: extra.stepId }),
  );
  const [row] = await t.ctx.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.dedupeKey, dedupeKey)));
  if (!row) throw new Error("notify wrote nothing");
  return row;
}

const list = async (cookie: string, query = "") => {
  const response = await call(t.app, { method: "GET", url: `/api/w/acme/notifications${query}`, cookie });
  expect(response.statusCode).toBe(200);
  return NotificationList.parse(response.json());
};

describe("notifications API", () => {
  it("lists my own notifications newest first, with the unread count, a page at a time", async () => {
    const before = await list(managerCookie);
    t.clock.set(new Date("2030-01-01T10:00:00Z"));
    await notifyOne(w.staff.manager.id, "First");
    t.clock.set(new Date("2030-01-01T11:00:00Z"));
    await notifyOne(w.staff.manager.id, "Second");
    t.clock.set(new Date("2030-01-01T12:00:00Z"));
    await notifyOne(w.staff.manager.id, "Third");
    await notifyOne(w.staff.otherManager.id, "Not for Max");
    t.clock.set(new Date());

    const page = await list(managerCookie, "?pageSize=2");
    expect(page.items.map((n) => n.title)).toEqual(["Third", "Second"]);
    expect(page).toMatchObject({ total: before.total + 3, unread: before.unread + 3, page: 1, pageSize: 2 });
    expect(page.items[0]).toMatchObject({ kind: "test.note", body: "Body of Third", readAt: null, createdAt: expect.stringMatching(/^2030-01-01T12:00:0/) });
    const next = await list(managerCookie, "?pageSize=2&page=2");
    expect(next.items.map((n) => n.title)).toEqual(["First"]);
  });

  it("marks one read, keeps the first read time, and lists only unread ones when asked", async () => {
    const note = await notifyOne(w.staff.manager.id, "Read me");
    const read = await call(t.app, { method: "POST", url: `/api/w/acme/notifications/${note.id}/read`, cookie: managerCookie });
    expect(read.statusCode).toBe(200);
    const first = Notification.parse(read.json());
    expect(first.readAt).not.toBeNull();
    t.clock.set(new Date(Date.now() + 3_600_000));
    const again = Notification.parse((await call(t.app, { method: "POST", url: `/api/w/acme/notifications/${note.id}/read`, cookie: managerCookie })).json());
    t.clock.set(new Date());
    expect(again.readAt).toBe(first.readAt);
    const unread = await list(managerCookie, "?unread=true&pageSize=200");
    expect(unread.items.map((n) => n.id)).not.toContain(note.id);
    expect(unread.items.every((n) => n.readAt === null)).toBe(true);
    expect(unread.total).toBe(unread.unread);
  });

  it("answers 404 for someone else's notification and leaves it unread", async () => {
    const theirs = await notifyOne(w.staff.otherManager.id, "Mia's own");
    const response = await call(t.app, { method: "POST", url: `/api/w/acme/notifications/${theirs.id}/read`, cookie: managerCookie });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain("Mia's own");
    const [row] = await t.ctx.db.select().from(notifications).where(eq(notifications.id, theirs.id));
    expect(row?.readAt).toBeNull();
    const bad = await call(t.app, { method: "POST", url: "/api/w/acme/notifications/not-an-id/read", cookie: managerCookie });
    expect(bad.statusCode).toBe(400);
  });

  it("marks all of mine read and nobody else's", async () => {
    await notifyOne(w.staff.manager.id, "One more");
    const theirs = await notifyOne(w.staff.otherManager.id, "Stays unread");
    const response = await call(t.app, { method: "POST", url: "/api/w/acme/notifications/read-all", cookie: managerCookie });
    expect(response.statusCode).toBe(200);
    expect(z.object({ updated: z.number() }).parse(response.json()).updated).toBeGreaterThan(0);
    expect((await list(managerCookie)).unread).toBe(0);
    const [row] = await t.ctx.db.select().from(notifications).where(eq(notifications.id, theirs.id));
    expect(row?.readAt).toBeNull();
  });

  it("serves partner users their own notifications with portal links", async () => {
    const link = journeyStepLink("acme", w.partners.a, "4f7c2b1e-0d7a-4c3e-9f1b-2a6d8e5c7b90", "partner");
    await notifyOne(w.partnerUsers.aAdmin.id, "Please upload your logo", { link });
    const page = await list(aliceCookie);
    expect(page.items[0]).toMatchObject({ title: "Please upload your logo", link: "/w/acme/portal/journey?step=4f7c2b1e-0d7a-4c3e-9f1b-2a6d8e5c7b90" });
    expect(page.items.every((n) => n.title !== "Third")).toBe(true);
  });
});

describe("notify()", () => {
  it("notifies each person once per key, however often a change is retried", async () => {
    const input = { workspaceId: w.acme.id, userIds: [w.staff.admin.id, w.staff.admin.id, w.staff.viewer.id], kind: "step.assigned", title: "You own a step", body: "", link: null, dedupeKey: "assigned:retry" };
    expect(await t.ctx.db.transaction((tx) => notify(tx, t.clock, input))).toEqual({ created: 2 });
    expect(await t.ctx.db.transaction((tx) => notify(tx, t.clock, input))).toEqual({ created: 0 });
    expect(await t.ctx.db.transaction((tx) => notify(tx, t.clock, { ...input, userIds: [] }))).toEqual({ created: 0 });
    const rows = await t.ctx.db.select().from(notifications).where(eq(notifications.dedupeKey, "assigned:retry"));
    expect(rows).toHaveLength(2);
  });

  it("sends the email twin only when asked, once, with a full link", async () => {
    const link = journeyStepLink("acme", w.partners.a, "0b5e8d2c-6f3a-4d1e-8c7b-9a2f4e6d1c35", "staff");
    await notifyOne(w.staff.viewer.id, "Without email");
    await notifyOne(w.staff.viewer.id, "Alpha completed Upload your logo", { email: true, link });
    const mails = await t.ctx.db.select().from(outbox).where(and(eq(outbox.toAddress, w.staff.viewer.email), like(outbox.dedupeKey, "notification:%")));
    expect(mails.map((m) => m.subject)).toEqual(["Alpha completed Upload your logo"]);
    expect(mails[0]?.textBody).toContain(`${testOrigin}/w/acme/partners/${w.partners.a}/journey?step=0b5e8d2c-6f3a-4d1e-8c7b-9a2f4e6d1c35`);
    expect(mails[0]?.dedupeKey).toMatch(new RegExp(`^notification:${w.staff.viewer.id}:test:`));
  });

  it("never tells a partner user about an internal step, even when asked to", async () => {
    const journey = await insertJourney(t.ctx.db, { workspaceId: w.acme.id, partnerId: w.partners.a, steps: [{ key: "credit_check", visibility: "internal", ownerUserId: w.staff.manager.id }] });
    const stepId = journey.steps[0]?.id;
    const result = await t.ctx.db.transaction((tx) =>
      notify(tx, t.clock, { workspaceId: w.acme.id, userIds: [w.partnerUsers.aMember.id, w.staff.manager.id], kind: "step.assigned", title: "Credit check", body: "", link: null, dedupeKey: "internal:guard", stepId }),
    );
    expect(result).toEqual({ created: 1 });
    const rows = await t.ctx.db.select({ userId: notifications.userId }).from(notifications).where(eq(notifications.dedupeKey, "internal:guard"));
    expect(rows).toEqual([{ userId: w.staff.manager.id }]);
  });
});
