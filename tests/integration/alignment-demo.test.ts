import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlignmentView, EarlyWinList, PreferencesView } from "../../src/domain/alignment/contracts";
import { staffMemberships, user, workspaces } from "../../src/server/db/schema";
import { demoAccounts, demoPassword, loadDemo } from "../../src/server/db/seed/demo";
import { loadDemoAlignment } from "../../src/server/db/seed/demo-alignment";
import type { Caller } from "../../src/server/plugins/route-kit";
import { call, createTestApp, signIn, type TestApp } from "../support/test-app";

/* The demo shows the alignment moment and the early win with something in them (loaded the way the lead will wire it). */

let t: TestApp;
let cookie = "";
let partnerIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.ctx);
  const [workspace] = await t.ctx.db.select().from(workspaces).where(eq(workspaces.slug, "demo"));
  const [owner] = await t.ctx.db.select({ id: user.id }).from(user).innerJoin(staffMemberships, eq(staffMemberships.userId, user.id)).where(eq(user.email, demoAccounts.owner.email));
  if (!workspace || !owner) throw new Error("the demo has no workspace or owner");
  const caller: Caller = { actor: { kind: "staff", userId: owner.id, workspaceId: workspace.id, role: "owner" }, workspace, audit: { userId: owner.id, label: demoAccounts.owner.email }, name: demoAccounts.owner.name };
  await loadDemoAlignment(t.ctx, caller);
  // A second load leaves what is there alone.
  await loadDemoAlignment(t.ctx, caller);
  cookie = await signIn(t.app, demoAccounts.manager.email, demoPassword);
  const list = (await call(t.app, { method: "GET", url: "/api/w/demo/partners?q=Brightpath", cookie })).json();
  const other = (await call(t.app, { method: "GET", url: "/api/w/demo/partners?q=Harborstone", cookie })).json();
  partnerIds = { brightpath: list.items[0].id, harborstone: other.items[0].id };
}, 180_000);
afterAll(() => t.close());

const get = async (partner: string, what: string) => (await call(t.app, { method: "GET", url: `/api/w/demo/partners/${partnerIds[partner] ?? ""}/${what}`, cookie })).json();

describe("demo alignment data", () => {
  it("has both sides' preferences and an alignment record with a history at Brightpath", async () => {
    const preferences = PreferencesView.parse(await get("brightpath", "preferences"));
    expect(preferences.summary.answered).toEqual({ host: 1, partner: 2 });
    expect(preferences.summary.commonHours?.minutes).toBe(420);
    const record = AlignmentView.parse(await get("brightpath", "alignment"));
    expect(record.version).toBe(2);
    expect(new Set(record.history.map((entry) => entry.side))).toEqual(new Set(["host", "partner"]));
  });

  it("has a running early win with check-ins at Brightpath and a finished one with a case study at Harborstone", async () => {
    const running = EarlyWinList.parse(await get("brightpath", "early-wins"));
    expect(running.items).toHaveLength(1);
    expect(running.items[0]?.status).not.toBe("done");
    const finished = EarlyWinList.parse(await get("harborstone", "early-wins"));
    expect(finished.items[0]?.status).toBe("done");
    expect(finished.items[0]?.caseStudy).toContain("Shared runbook for the Oslo service desk");
  });
});
