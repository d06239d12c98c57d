import { and, eq, inArray, isNull, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dayMs } from "../../src/domain/notifications/timer-plan";
import { journeys, journeySteps, journeyTimers, notifications, outbox, partners } from "../../src/server/db/schema";
import { sweepAllDue, sweepDueTimers } from "../../src/server/jobs/sweep-timers";
import { scheduleStepTimers, scheduleTimersForSteps } from "../../src/server/modules/notifications/timers";
import { insertJourney, type StepSpec } from "../factories/journeys";
import type { World } from "../factories/world";
import { createTestWorld, testOrigin, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let w: World;
/** Every test starts from its own moment, far from the others, so their timers never meet. */
let base: Date;
let epoch = Date.parse("2027-01-04T09:00:00Z");

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
});
afterAll(async () => t.close());
beforeEach(async () => {
  epoch += 365 * dayMs;
  base = new Date(epoch);
  t.clock.set(base);
  // What earlier tests left unfired is long due now: clear it so each test sees only its own.
  await sweepAllDue(t.ctx);
});

const at = (days: number) => new Date(base.getTime() + days * dayMs);
const sweep = (limit?: number) => sweepDueTimers(t.ctx, { limit });

/** A journey for partner A (owned by Max Manager) with its timers planned at `base`. */
async function journeyWith(steps: StepSpec[], partnerId = w.partners.a) {
  const journey = await insertJourney(t.ctx.db, { workspaceId: w.acme.id, partnerId, steps });
  await t.ctx.db.transaction((tx) => scheduleTimersForSteps(tx, journey.steps.map((s) => ({ workspaceId: w.acme.id, stepId: s.id, dueAt: s.dueAt })), base));
  return journey;
}

const timersOf = (stepId: string) => t.ctx.db.select().from(journeyTimers).where(eq(journeyTimers.stepId, stepId)).orderBy(journeyTimers.fireAt);
const noticesOfStep = (stepId: string) => t.ctx.db.select().from(notifications).where(eq(notifications.stepId, stepId)).orderBy(notifications.createdAt);

describe("timer sweep", () => {
  it("sends each reminder, overdue notice and escalation exactly once while two sweeps run at the same time", async () => {
    const specs = Array.from({ length: 12 }, (_, i) => ({ key: `step_${i}`, title: `Step ${i}`, ownerUserId: w.partnerUsers.aAdmin.id, dueAt: at(5 + (i % 3)) }));
    const journey = await journeyWith(specs);
    const stepIds = journey.steps.map((s) => s.id);
    const planned = await t.ctx.db.select().from(journeyTimers).where(inArray(journeyTimers.stepId, stepIds));
    expect(planned).toHaveLength(36);

    t.clock.set(at(30));
    // Small batches make the two sweeps take turns claiming rows.
    const [first, second] = await Promise.all([sweepAllDue(t.ctx, { limit: 5 }), sweepAllDue(t.ctx, { limit: 5 })]);
    const firedIds = [...first, ...second].map((f) => f.timerId);
    expect(firedIds).toHaveLength(36);
    expect(new Set(firedIds).size).toBe(36);
    expect(await sweepAllDue(t.ctx)).toEqual([]);

    const rows = await t.ctx.db.select().from(notifications).where(inArray(notifications.stepId, stepIds));
    // 12 reminders + 12 overdue notices to the owner, 12 escalations to the owning manager.
    expect(rows).toHaveLength(36);
    expect(rows.filter((n) => n.userId === w.partnerUsers.aAdmin.id)).toHaveLength(24);
    expect(rows.filter((n) => n.userId === w.staff.manager.id && n.kind === "step.escalation")).toHaveLength(12);
    const mails = await t.ctx.db.select().from(outbox).where(inArray(outbox.dedupeKey, rows.map((n) => `notification:${n.userId}:${n.dedupeKey}`)));
    expect(mails).toHaveLength(36);
    const fired = await t.ctx.db.select().from(journeyTimers).where(and(inArray(journeyTimers.stepId, stepIds), isNull(journeyTimers.firedAt)));
    expect(fired).toEqual([]);
  });

  it("reminds the owner two days before, tells them when it is overdue and escalates to the owning manager three days late", async () => {
    const journey = await journeyWith([{ key: "sign", title: "Sign the agreement", ownerUserId: w.partnerUsers.aAdmin.id, dueAt: at(10) }]);
    const step = journey.steps[0];
    if (!step) throw new Error("no step");

    t.clock.set(at(7.9));
    expect(await sweep()).toEqual([]);
    t.clock.set(at(8));
    const [reminder] = await sweep();
    expect(reminder).toMatchObject({ kind: "reminder", stepId: step.id, notifiedUserIds: [w.partnerUsers.aAdmin.id], skipped: null });
    t.clock.set(at(10));
    expect((await sweep()).map((f) => f.kind)).toEqual(["overdue"]);
    t.clock.set(at(13));
    expect((await sweep()).map((f) => [f.kind, f.notifiedUserIds])).toEqual([["escalation", [w.staff.manager.id]]]);

    const notes = await noticesOfStep(step.id);
    expect(notes.map((n) => [n.kind, n.userId])).toEqual([
      ["step.reminder", w.partnerUsers.aAdmin.id],
      ["step.overdue", w.partnerUsers.aAdmin.id],
      ["step.escalation", w.staff.manager.id],
    ]);
    expect(notes[0]?.title).toMatch(/^Sign the agreement is due /);
    expect(notes[0]?.link).toBe(`/w/acme/portal/journey?step=${step.id}`);
    expect(notes[2]).toMatchObject({ title: "Sign the agreement for Alpha Resellers is late by 3 days", link: `/w/acme/partners/${w.partners.a}/journey?step=${step.id}`, partnerId: w.partners.a, journeyId: journey.id });
    expect(notes[2]?.body).toContain("Alice Alpha owns it");
  });

  it("writes each notice's email into the outbox with a dedupe key, the notice's words and a full link", async () => {
    const journey = await journeyWith([{ key: "kickoff", title: "Kick-off call", ownerUserId: w.staff.manager.id, visibility: "internal", dueAt: at(1) }]);
    const step = journey.steps[0];
    if (!step) throw new Error("no step");
    t.clock.set(at(1));
    await sweep();
    const dedupeKey = `notification:${w.staff.manager.id}:timer:${step.id}:overdue:${at(1).toISOString()}`;
    const [mail] = await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey));
    expect(mail).toMatchObject({ toAddress: w.staff.manager.email, subject: "Kick-off call is overdue", status: "pending", workspaceId: w.acme.id });
    expect(mail?.textBody).toContain(`${testOrigin}/w/acme/partners/${w.partners.a}/journey?step=${step.id}`);
    expect(mail?.htmlBody).toContain("Kick-off call is overdue");
  });

  it("lets the timers of done and skipped steps and of cancelled journeys pass without telling anyone", async () => {
    const journey = await journeyWith([
      { key: "done_step", ownerUserId: w.staff.manager.id, dueAt: at(3) },
      { key: "skipped_step", ownerUserId: w.staff.manager.id, dueAt: at(3) },
    ]);
    const cancelled = await journeyWith([{ key: "in_cancelled", ownerUserId: w.staff.manager.id, dueAt: at(3) }]);
    const [done, skipped] = journey.steps;
    if (!done || !skipped) throw new Error("no steps");
    await t.ctx.db.update(journeySteps).set({ status: "done" }).where(eq(journeySteps.id, done.id));
    await t.ctx.db.update(journeySteps).set({ status: "skipped" }).where(eq(journeySteps.id, skipped.id));
    await t.ctx.db.update(journeys).set({ cancelledAt: at(0.5) }).where(eq(journeys.id, cancelled.id));

    t.clock.set(at(10));
    const fired = await sweepAllDue(t.ctx);
    expect(fired).toHaveLength(9);
    expect(new Set(fired.filter((f) => f.stepId !== cancelled.steps[0]?.id).map((f) => f.skipped))).toEqual(new Set(["step_closed"]));
    expect(new Set(fired.filter((f) => f.stepId === cancelled.steps[0]?.id).map((f) => f.skipped))).toEqual(new Set(["journey_cancelled"]));
    expect(fired.every((f) => f.notifiedUserIds.length === 0)).toBe(true);
    for (const s of [done, skipped, ...cancelled.steps]) expect(await noticesOfStep(s.id)).toEqual([]);
    // Marked fired all the same: the next sweep does not look at them again.
    expect(await sweepAllDue(t.ctx)).toEqual([]);
  });

  it("replaces a rescheduled step's unfired timers and keeps what was already sent", async () => {
    const journey = await journeyWith([{ key: "upload", ownerUserId: w.partnerUsers.aMember.id, dueAt: at(4) }]);
    const step = journey.steps[0];
    if (!step) throw new Error("no step");
    t.clock.set(at(2));
    expect((await sweep()).map((f) => f.kind)).toEqual(["reminder"]);

    await t.ctx.db.update(journeySteps).set({ dueAt: at(9) }).where(eq(journeySteps.id, step.id));
    await t.ctx.db.transaction((tx) => scheduleStepTimers(tx, { workspaceId: w.acme.id, stepId: step.id, dueAt: at(9), now: at(2) }));
    const timers = await timersOf(step.id);
    expect(timers.map((tm) => [tm.kind, tm.dueAt.toISOString(), tm.firedAt !== null])).toEqual([
      ["reminder", at(4).toISOString(), true],
      ["reminder", at(9).toISOString(), false],
      ["overdue", at(9).toISOString(), false],
      ["escalation", at(9).toISOString(), false],
    ]);

    t.clock.set(at(5));
    expect(await sweep()).toEqual([]);
    t.clock.set(at(12));
    expect((await sweepAllDue(t.ctx)).map((f) => f.kind)).toEqual(["reminder", "overdue", "escalation"]);
  });

  it("does not remind twice when a step moves back to a date it was already reminded about", async () => {
    const journey = await journeyWith([{ key: "form", ownerUserId: w.partnerUsers.aMember.id, dueAt: at(4) }]);
    const step = journey.steps[0];
    if (!step) throw new Error("no step");
    t.clock.set(at(2.5));
    await sweep();
    const move = (dueAt: Date) => t.ctx.db.transaction(async (tx) => {
      await tx.update(journeySteps).set({ dueAt }).where(eq(journeySteps.id, step.id));
      await scheduleStepTimers(tx, { workspaceId: w.acme.id, stepId: step.id, dueAt, now: at(1) });
    });
    await move(at(6));
    await move(at(4));
    t.clock.set(at(3));
    expect(await sweep()).toEqual([]);
    expect((await noticesOfStep(step.id)).map((n) => n.kind)).toEqual(["step.reminder"]);
  });

  it("removes the unfired timers of a step that no longer has a due date", async () => {
    const journey = await journeyWith([{ key: "nodate", ownerUserId: w.staff.manager.id, dueAt: at(4) }]);
    const step = journey.steps[0];
    if (!step) throw new Error("no step");
    expect(await timersOf(step.id)).toHaveLength(3);
    await t.ctx.db.transaction((tx) => scheduleStepTimers(tx, { workspaceId: w.acme.id, stepId: step.id, dueAt: null, now: base }));
    expect(await timersOf(step.id)).toEqual([]);
  });

  it("escalates to the workspace's owners and admins when the partner has no owning manager", async () => {
    await t.ctx.db.update(partners).set({ ownerUserId: null }).where(eq(partners.id, w.partners.b));
    try {
      const journey = await journeyWith([{ key: "orphan", ownerUserId: w.partnerUsers.bAdmin.id, dueAt: at(1) }], w.partners.b);
      t.clock.set(at(4));
      const fired = await sweepAllDue(t.ctx);
      const escalation = fired.find((f) => f.kind === "escalation");
      expect(new Set(escalation?.notifiedUserIds)).toEqual(new Set([w.staff.owner.id, w.staff.admin.id]));
      expect(fired.find((f) => f.kind === "overdue")?.notifiedUserIds).toEqual([w.partnerUsers.bAdmin.id]);
      expect(journey.steps).toHaveLength(1);
    } finally {
      await t.ctx.db.update(partners).set({ ownerUserId: w.staff.otherManager.id }).where(eq(partners.id, w.partners.b));
    }
  });

  it("never tells a partner user about an internal step: the owning manager hears instead", async () => {
    const journey = await journeyWith([{ key: "internal_review", title: "Internal credit check", ownerUserId: w.partnerUsers.aAdmin.id, visibility: "internal", dueAt: at(1) }]);
    const step = journey.steps[0];
    if (!step) throw new Error("no step");
    t.clock.set(at(1));
    await sweepAllDue(t.ctx);
    const notes = await noticesOfStep(step.id);
    expect(notes.map((n) => n.userId)).toEqual([w.staff.manager.id]);
    expect(notes[0]?.link).toBe(`/w/acme/partners/${w.partners.a}/journey?step=${step.id}`);
    const partnerMail = await t.ctx.db.select().from(outbox).where(and(eq(outbox.toAddress, w.partnerUsers.aAdmin.email), like(outbox.subject, "Internal credit check%")));
    expect(partnerMail).toEqual([]);
  });

  it("does not fire a timer left behind by a date that moved without rescheduling", async () => {
    const journey = await journeyWith([{ key: "moved", ownerUserId: w.staff.manager.id, dueAt: at(2) }]);
    const step = journey.steps[0];
    if (!step) throw new Error("no step");
    await t.ctx.db.update(journeySteps).set({ dueAt: at(20) }).where(eq(journeySteps.id, step.id));
    t.clock.set(at(5));
    const fired = await sweepAllDue(t.ctx);
    expect(fired.map((f) => f.skipped)).toEqual(["rescheduled", "rescheduled"]);
    expect(await noticesOfStep(step.id)).toEqual([]);
  });
});
