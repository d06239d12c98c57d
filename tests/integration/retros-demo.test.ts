import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TemplateInsights } from "../../src/domain/retros/contracts";
import { retroInsights, staffMemberships, workspaces } from "../../src/server/db/schema";
import { demoAccounts, demoPassword, loadDemo } from "../../src/server/db/seed/demo";
import { loadDemoRetros } from "../../src/server/db/seed/demo-retros";
import type { Caller } from "../../src/server/plugins/route-kit";
import { call, createTestApp, signIn, type TestApp } from "../support/test-app";

/* The demo's retrospective insights show on the template the partners' journeys ran on. */

let t: TestApp;
let owner: Caller;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.ctx);
  const [workspace] = await t.ctx.db.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).where(eq(workspaces.slug, "demo"));
  const [membership] = await t.ctx.db.select({ userId: staffMemberships.userId }).from(staffMemberships).where(eq(staffMemberships.role, "owner"));
  if (!workspace || !membership) throw new Error("the demo has no workspace owner");
  owner = { actor: { kind: "staff", userId: membership.userId, workspaceId: workspace.id, role: "owner" }, workspace, audit: { userId: membership.userId, label: demoAccounts.owner.email }, name: demoAccounts.owner.name };
  await loadDemoRetros(t.ctx, owner);
}, 180_000);
afterAll(() => t.close());

describe("demo retrospective insights", () => {
  it("records open and addressed insights on the journeys' template versions, once", async () => {
    const rows = await t.ctx.db.select().from(retroInsights);
    expect(rows.length).toBe(3);
    expect(rows.filter((row) => row.status === "addressed")).toHaveLength(1);
    await loadDemoRetros(t.ctx, owner);
    expect(await t.ctx.db.select().from(retroInsights)).toHaveLength(3);

    const cookie = await signIn(t.app, demoAccounts.manager.email, demoPassword);
    const templateId = rows[0]?.templateId ?? "";
    const view = TemplateInsights.parse((await call(t.app, { method: "GET", url: `/api/w/demo/templates/${templateId}/insights`, cookie })).json());
    expect(view.versions.flatMap((entry) => entry.changeRequests).length).toBeGreaterThan(0);
  });
});
