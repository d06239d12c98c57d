import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { OutboxPage } from "../../src/domain/audit/schemas";
import { hiddenSecretText } from "../../src/server/modules/email/outbox-view";
import type { World } from "../factories/world";
import { call, createTestWorld, signIn, type TestApp } from "../support/test-app";

type WorldApp = TestApp & { world: World };

async function requestReset(t: WorldApp, email: string) {
  const response = await call(t.app, { method: "POST", url: "/api/auth/request-password-reset", body: { email } });
  expect(response.statusCode).toBe(200);
}

async function outboxAs(t: WorldApp, cookie: string) {
  return OutboxPage.parse((await call(t.app, { method: "GET", url: "/api/w/acme/outbox", cookie })).json()).items;
}

const resetOf = (items: z.infer<typeof OutboxPage>["items"], to: string) => items.find((m) => m.to === to && m.subject === "Reset your Accord password");

describe("the Outbox of a demo installation without SMTP", () => {
  let t: WorldApp;
  beforeAll(async () => {
    t = await createTestWorld({ DEMO: "1" });
  });
  afterAll(() => t.close());

  it("shows a member's password-reset email with its link, since it is the only mailbox", async () => {
    await requestReset(t, t.world.staff.viewer.email);
    const items = await outboxAs(t, await signIn(t.app, t.world.staff.admin.email));
    expect(resetOf(items, t.world.staff.viewer.email)?.text).toContain("/reset-password?token=");
  });

  it("does not list the sign-in emails of another workspace's people", async () => {
    await requestReset(t, t.world.globex.ownerEmail);
    const items = await outboxAs(t, await signIn(t.app, t.world.staff.admin.email));
    expect(items.map((m) => m.to)).not.toContain(t.world.globex.ownerEmail);
  });
});

describe("the Outbox of a real installation", () => {
  let t: WorldApp;
  beforeAll(async () => {
    t = await createTestWorld({ DEMO: "0" });
  });
  afterAll(() => t.close());

  it("never shows an admin another person's reset link", async () => {
    await requestReset(t, t.world.staff.owner.email);
    const items = await outboxAs(t, await signIn(t.app, t.world.staff.admin.email));
    const reset = resetOf(items, t.world.staff.owner.email);
    expect(reset?.text).toBe(hiddenSecretText);
    expect(JSON.stringify(items)).not.toContain("token=");
  });

  it("hides sign-in links too, even from the owner", async () => {
    const asked = await call(t.app, { method: "POST", url: "/api/auth/sign-in/magic-link", body: { email: t.world.staff.viewer.email, callbackURL: "/" } });
    expect(asked.statusCode).toBe(200);
    const items = await outboxAs(t, await signIn(t.app, t.world.staff.owner.email));
    const link = items.find((m) => m.to === t.world.staff.viewer.email && m.subject === "Your sign-in link for Accord");
    expect(link?.text).toBe(hiddenSecretText);
  });
});
