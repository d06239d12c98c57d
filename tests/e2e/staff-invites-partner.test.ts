import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

describe("a host invites a new partner into its portal", () => {
  it("creates a partner, invites its admin by email, and the admin sees only its own organisation", async () => {
    const staff = await newPage(running.browser);
    const page = staff.page;
    await signInAs(page, running.server.url, running.server.world.staff.owner.email);
    await expect.poll(() => page.url()).toContain("/w/acme/partners");
    await page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
    await expectNoAxeViolations(page, "partners list");

    await page.getByRole("link", { name: "New partner" }).click();
    await page.getByRole("textbox", { name: /^Name/ }).fill("Zenith Digital");
    await page.getByRole("combobox", { name: /^Type/ }).click();
    await page.getByRole("option", { name: "Agency" }).click();
    await expectNoAxeViolations(page, "new partner form");
    await page.getByRole("button", { name: "Add partner" }).click();
    await page.getByRole("heading", { name: "Zenith Digital", level: 1 }).waitFor();
    await expectNoAxeViolations(page, "partner page");

    await page.getByRole("tab", { name: "People" }).click();
    await page.getByRole("textbox", { name: /^Email address/ }).fill("zoe@zenith.test");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByText("Invitation sent to zoe@zenith.test.").waitFor();
    await expectNoAxeViolations(page, "partner people tab");

    const email = await running.server.lastEmailTo("zoe@zenith.test");
    expect(email.subject).toContain("Zenith Digital");
    expect(email.link).toMatch(/\/invite\//);

    const partner = await newPage(running.browser);
    const portal = partner.page;
    await portal.goto(email.link ?? "");
    await portal.getByText("You are invited to the Zenith Digital portal of Acme Cloud.").waitFor();
    await expectNoAxeViolations(portal, "invitation page");
    await portal.getByRole("textbox", { name: /^Your name/ }).fill("Zoe Zenith");
    await portal.getByLabel(/^Choose a password \(optional\)/).fill("zoe-password-2026");
    await portal.getByRole("button", { name: "Accept and continue" }).click();
    await expect.poll(() => portal.url()).toContain("/w/acme/portal");
    await portal.getByRole("heading", { name: "Zenith Digital" }).waitFor();
    await expectNoAxeViolations(portal, "partner portal");

    // The portal shows its own organisation, its colleague (Zoe) and its host contact, nothing else.
    const text = await portal.locator("main").innerText();
    expect(text).toContain("Zoe Zenith");
    expect(text).not.toContain("Alpha Resellers");
    expect(text).not.toContain("Beta Services");

    // The staff app is not reachable for a partner user, and another partner's data answers 404.
    await portal.goto(`${running.server.url}/w/acme/partners`);
    await expect.poll(() => portal.url()).toContain("/w/acme/portal");
    const other = await portal.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, body: await response.text() };
    }, `${running.server.url}/api/w/acme/partners/${running.server.world.partners.a}`);
    expect(other.status).toBe(404);
    expect(other.body).not.toContain("Alpha Resellers");

    // Back on the staff side, the new member shows on the partner's people tab and timeline.
    await page.reload();
    await page.getByRole("tab", { name: "People" }).click();
    await page.getByText("Zoe Zenith").first().waitFor();
    await page.getByRole("tab", { name: "Timeline" }).click();
    await page.getByText("Zoe Zenith joined the portal").waitFor();

    await staff.context.close();
    await partner.context.close();
  });
});
