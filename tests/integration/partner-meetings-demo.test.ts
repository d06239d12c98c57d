import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PartnerMeetingList } from "../../src/domain/meetings/partner-meetings";
import { partners, staffMemberships, user, workspaces } from "../../src/server/db/schema";
import { demoAccounts, demoPassword, loadDemo } from "../../src/server/db/seed/demo";
import { loadDemoMeetings } from "../../src/server/db/seed/demo-meetings";
import type { Caller } from "../../src/server/plugins/route-kit";
import { call, createTestApp, signIn, type TestApp } from "../support/test-app";

/* The demo's meetings (R-F1): Brightpath has a recorded alignment with its recap, a check-in awaiting its recap and a workshop to come. */

let t: TestApp;
let brightpath = "";

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.ctx);
  const [workspace] = await t.ctx.db.select().from(workspaces).where(eq(workspaces.slug, "demo"));
  const [owner] = await t.ctx.db.select({ id: user.id }).from(user).innerJoin(staffMemberships, eq(staffMemberships.userId, user.id)).where(eq(user.email, demoAccounts.owner.email));
  if (!workspace || !owner) throw new Error("no demo workspace");
  const caller: Caller = { actor: { kind: "staff", userId: owner.id, workspaceId: workspace.id, role: "owner" }, workspace, audit: { userId: owner.id, label: demoAccounts.owner.email }, name: demoAccounts.owner.name };
  await loadDemoMeetings(t.ctx, caller);
  // A second load finds the meetings and adds none.
  await loadDemoMeetings(t.ctx, caller);
  const [partner] = await t.ctx.db.select({ id: partners.id }).from(partners).where(eq(partners.name, "Brightpath Consulting"));
  brightpath = partner?.id ?? "";
}, 180_000);
afterAll(() => t.close());

describe("demo meetings", () => {
  it("shows Priya the recorded alignment with its recap, the check-in whose recap is due, and the workshop ahead, without internal notes", async () => {
    const cookie = await signIn(t.app, demoAccounts.partnerAdmin.email, demoPassword);
    const response = await call(t.app, { method: "GET", url: `/api/w/demo/partners/${brightpath}/meetings`, cookie });
    expect(response.statusCode, response.body).toBe(200);
    const all = PartnerMeetingList.parse(response.json());
    // Journey meeting steps, early-win check-ins and resolution meetings are meetings too; these are the ones loaded for this area.
    const own = (m: (typeof all.upcoming)[number]) => m.stepId === null && m.earlyWinId === null && m.escalationId === null;
    const list = { upcoming: all.upcoming.filter(own), past: all.past.filter(own) };
    expect(list.upcoming.map((m) => m.title)).toEqual(["Hands-on workshop: quoting and ordering"]);
    expect(list.past.map((m) => [m.title, m.status, m.recapSentAt !== null])).toEqual([
      ["Weekly check-in", "held", false],
      ["Alignment conversation", "held", true],
    ]);
    const alignment = list.past[1];
    expect(alignment?.actionItems.every((item) => item.stepId !== null)).toBe(true);
    expect(response.body).not.toContain("competitor");
  });
});
