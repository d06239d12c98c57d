import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EscalationList, LessonsLog } from "../../src/domain/escalations/contracts";
import { QuarterlyReviews } from "../../src/domain/reviews/contracts";
import { escalations, partners, user, workspaces } from "../../src/server/db/schema";
import { demoAccounts, demoPassword, loadDemo } from "../../src/server/db/seed/demo";
import { loadDemoEscalations } from "../../src/server/db/seed/demo-escalations";
import type { Caller } from "../../src/server/plugins/route-kit";
import { call, createTestApp, signIn, type TestApp } from "../support/test-app";

/* The demo shows a resolved misunderstanding in the lessons log, one waiting for its meeting, and a review drop. */

let t: TestApp;
let owner: Caller;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.ctx);
  const [workspace] = await t.ctx.db.select().from(workspaces).where(eq(workspaces.slug, "demo"));
  const [person] = await t.ctx.db.select().from(user).where(eq(user.email, demoAccounts.owner.email));
  if (!workspace || !person) throw new Error("demo not loaded");
  owner = { actor: { kind: "staff", userId: person.id, workspaceId: workspace.id, role: "owner" }, workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name }, audit: { userId: person.id, label: person.email }, name: person.name };
  await loadDemoEscalations(t.ctx, owner);
}, 180_000);
afterAll(() => t.close());

async function partnerId(name: string) {
  const [row] = await t.ctx.db.select({ id: partners.id }).from(partners).where(and(eq(partners.workspaceId, owner.workspace.id), eq(partners.name, name)));
  return row?.id ?? "";
}

describe("demo escalations and reviews", () => {
  it("gives Brightpath a lesson both sides read and an open misunderstanding with its meeting", async () => {
    const priya = await signIn(t.app, demoAccounts.partnerAdmin.email, demoPassword);
    const brightpath = await partnerId("Brightpath Consulting");
    const list = EscalationList.parse((await call(t.app, { method: "GET", url: `/api/w/demo/partners/${brightpath}/escalations`, cookie: priya })).json());
    expect(list.escalations.map((e) => e.status).sort()).toEqual(["open", "resolved"]);
    expect(list.escalations.find((e) => e.status === "open")?.meetings).toHaveLength(1);
    const lessons = LessonsLog.parse((await call(t.app, { method: "GET", url: `/api/w/demo/partners/${brightpath}/lessons`, cookie: priya })).json());
    expect(lessons).toHaveLength(1);
  });

  it("gives Harborstone three quarters of reviews and an investigation for the partner side's drop", async () => {
    const admin = await signIn(t.app, demoAccounts.admin.email, demoPassword);
    const harborstone = await partnerId("Harborstone Services");
    const reviews = QuarterlyReviews.parse((await call(t.app, { method: "GET", url: `/api/w/demo/partners/${harborstone}/reviews`, cookie: admin })).json());
    expect(reviews.quarters).toHaveLength(3);
    expect(reviews.quarters[0]?.partner?.investigation?.reasons).toEqual(["The partner side's trust score dropped by 2 from 8 to 6."]);
  });

  it("is loaded once", async () => {
    const before = await t.ctx.db.select().from(escalations).where(eq(escalations.workspaceId, owner.workspace.id));
    await loadDemoEscalations(t.ctx, owner);
    expect(await t.ctx.db.select().from(escalations).where(eq(escalations.workspaceId, owner.workspace.id))).toHaveLength(before.length);
  });
});
