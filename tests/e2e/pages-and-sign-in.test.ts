import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPassword } from "../support/test-app";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

describe("every page is usable and accessible", () => {
  it("reaches each staff page from the navigation with no axe violation", async () => {
    const { context, page } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.staff.owner.email);
    await page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
    for (const [link, heading] of [
      ["People", "People"],
      ["Audit log", "Audit log"],
      ["Outbox", "Outbox"],
      ["API tokens", "API tokens"],
    ] as const) {
      await page.getByRole("navigation").getByRole("link", { name: link }).click();
      await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
      await expectNoAxeViolations(page, heading);
    }
    await context.close();
  });

  it("shows a partner user its portal, and keyboard users can reach the main content first", async () => {
    const { context, page } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.partnerUsers.aAdmin.email);
    await expect.poll(() => page.url()).toContain("/w/acme/portal");
    await page.getByRole("heading", { name: "Alpha Resellers" }).waitFor();
    await expectNoAxeViolations(page, "portal");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused.toLowerCase()).toContain("skip");

    // A partner admin invites colleagues as members: there is no role to choose.
    expect(await page.getByRole("combobox", { name: /^Role/ }).count()).toBe(0);
    await page.getByRole("textbox", { name: /^Email address/ }).fill("ada@alpha.test");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByText("Invitation sent to ada@alpha.test.").waitFor();
    await page.getByRole("button", { name: "Withdraw the invitation for ada@alpha.test" }).waitFor();
    const email = await running.server.lastEmailTo("ada@alpha.test");
    expect(email.subject).toContain("Alpha Resellers");
    await context.close();
  });

  it("keeps a viewer to reading: no New partner button, no administration pages", async () => {
    const { context, page } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.staff.viewer.email);
    await page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "New partner" }).count()).toBe(0);
    expect(await page.getByRole("navigation").getByRole("link", { name: "Audit log" }).count()).toBe(0);
    await context.close();
  });
});

describe("signing in without a password", () => {
  it("signs in with a link emailed from the sign-in page", async () => {
    const { context, page } = await newPage(running.browser);
    await page.goto(`${running.server.url}/sign-in`);
    await page.getByRole("heading", { name: "Sign in to Accord" }).waitFor();
    await expectNoAxeViolations(page, "sign-in page");
    await page.getByRole("textbox", { name: /^Email/ }).fill(running.server.world.staff.manager.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByText(`If ${running.server.world.staff.manager.email} has an Accord account, a sign-in link is on its way.`, { exact: false }).waitFor();
    const email = await running.server.lastEmailTo(running.server.world.staff.manager.email);
    expect(email.subject).toBe("Your sign-in link for Accord");
    await page.goto(email.link ?? "");
    await page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
    await context.close();
  });

  it("resets a forgotten password through the emailed link", async () => {
    const { context, page } = await newPage(running.browser);
    await page.goto(`${running.server.url}/sign-in`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { name: "Reset your password" }).waitFor();
    await expectNoAxeViolations(page, "forgot-password page");
    await page.getByRole("textbox", { name: /^Email/ }).fill(running.server.world.staff.viewer.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByText("a link to reset the password is on its way", { exact: false }).waitFor();

    const email = await running.server.lastEmailTo(running.server.world.staff.viewer.email);
    await page.goto(email.link ?? "");
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await expectNoAxeViolations(page, "reset-password page");
    await page.getByLabel(/^New password/).fill("brand-new-password-1");
    await page.getByLabel(/^Confirm password/).fill("brand-new-password-1");
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.getByText("Your password is changed", { exact: false }).waitFor();

    await signInAs(page, running.server.url, running.server.world.staff.viewer.email, testPassword);
    await page.getByText(/Invalid email or password/i).waitFor();
    await signInAs(page, running.server.url, running.server.world.staff.viewer.email, "brand-new-password-1");
    await page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
    await context.close();
  });
});
