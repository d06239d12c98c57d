import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PartnerApplication, PublicApplicationForm, PublicPartneringPage } from "../../src/domain/applications/views";
import { outbox, partners } from "../../src/server/db/schema";
import { demoAccounts, demoPassword, loadDemo } from "../../src/server/db/seed/demo";
import { call, createTestApp, signIn, type TestApp } from "../support/test-app";

/* The demo shows the public form and partnering page working, with applications that came through it. */

let t: TestApp;
let cookie = "";

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.ctx);
  cookie = await signIn(t.app, demoAccounts.admin.email, demoPassword);
}, 180_000);
afterAll(() => t.close());

describe("demo applications", () => {
  it("has an open form with its own questions and a published partnering page, linked to each other", async () => {
    const form = PublicApplicationForm.parse((await call(t.app, { method: "GET", url: "/api/public/w/demo/programs/partner-program/application-form" })).json());
    expect(form.questions.map((q) => q.kind).sort()).toEqual(["choice", "file", "long_text", "long_text", "number", "url"]);
    expect(form.partneringPage).toBe(true);
    const page = PublicPartneringPage.parse((await call(t.app, { method: "GET", url: "/api/public/w/demo/programs/partner-program/partnering-page" })).json());
    expect(page.formOpen).toBe(true);
    expect(page.content.process.length).toBeGreaterThanOrEqual(4);
    expect(page.content.culture.map((document) => document.kind)).toEqual(["vision", "mission", "values", "client_experience"]);
  });

  it("has two applicants that applied through the form, each with a confirmation email", async () => {
    for (const [name, email] of [["Lumen Advisory", "farah@lumenadvisory.example"], ["Cobaltgate Systems", "jun@cobaltgate.example"]] as const) {
      const [partner] = await t.ctx.db.select({ id: partners.id, stage: partners.stage }).from(partners).where(eq(partners.name, name));
      expect(partner?.stage).toBe("applicant");
      const seen = PartnerApplication.parse((await call(t.app, { method: "GET", url: `/api/w/demo/partners/${partner?.id ?? ""}/application`, cookie })).json());
      expect(seen.application?.contactEmail).toBe(email);
      expect(await t.ctx.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.toAddress, email))).toHaveLength(1);
    }
  });
});
