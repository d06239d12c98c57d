import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partners } from "../../src/server/db/schema";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

const newBody = ["Hello {{ contact.name }},", "", "Great news for {{ partner.name }}: you are in, and the whole team is delighted.", "", "{{ decision.reason }}", "", "{{ sender.name }}"].join("\n");

describe("email templates", () => {
  it("lets an admin edit and preview the decision email, and a manager send it from the partner page onto the timeline", async () => {
    const { ctx, world, url } = running.server;
    await ctx.db.update(partners).set({ contactName: "Alice Alpha", contactEmail: "alice@alpha.test" }).where(eq(partners.id, world.partners.a));

    const admin = await newPage(running.browser);
    const page = admin.page;
    await signInAs(page, url, world.staff.admin.email);
    const nav = page.getByRole("navigation").getByRole("link", { name: "Email templates" });
    await nav.waitFor();
    await nav.click();
    await page.getByRole("heading", { name: "Email templates", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Edit Decision: yes" }).waitFor();
    await expectNoAxeViolations(page, "email template list");

    await page.getByRole("link", { name: "Edit Decision: yes" }).click();
    await page.getByRole("heading", { name: "Decision: yes", level: 1 }).waitFor();
    const body = page.getByRole("textbox", { name: /^Text/ });
    await body.waitFor();
    await page.getByRole("region", { name: "Variables" }).getByText("{{ decision.reason }}").waitFor();
    await expectNoAxeViolations(page, "email template editor");

    // A misspelt variable is refused with its name and line.
    await body.fill("Hello {{ contact.name }},\n\n{{ partner.nmae }}");
    await page.getByRole("button", { name: "Save template" }).click();
    await page.getByRole("alert").getByText(/Unknown variable "partner\.nmae" on line 3 of the body/).first().waitFor();

    await body.fill(newBody);
    await page.getByRole("button", { name: "Save template" }).click();
    await page.getByText("Template saved.").waitFor();
    await page.getByText("Built-in, edited").waitFor();

    // Preview with a real partner: its data, in a sandboxed frame.
    await page.getByRole("combobox", { name: "Partner" }).fill("Alpha");
    await page.getByRole("option", { name: "Alpha Resellers" }).click();
    await page.getByRole("button", { name: "Show preview" }).click();
    await page.getByTestId("preview-subject").getByText("Welcome aboard, Alpha Resellers").waitFor();
    const frame = page.frameLocator('iframe[title="Preview of the email"]');
    await frame.getByText("Great news for Alpha Resellers: you are in, and the whole team is delighted.").waitFor();
    expect(await page.locator('iframe[title="Preview of the email"]').getAttribute("sandbox")).toBe("allow-same-origin");
    // axe cannot run inside a frame whose scripts are off (it waits forever): check the page around it.
    await page.getByRole("tab", { name: "Plain text" }).click();
    await page.getByText(/Great news for Alpha Resellers/).waitFor();
    await expectNoAxeViolations(page, "email template preview");
    await admin.context.close();

    // The partner's manager sends it from the partner page.
    const manager = await newPage(running.browser);
    const mPage = manager.page;
    await signInAs(mPage, url, world.staff.manager.email);
    await mPage.waitForURL(/\/w\/acme\//);
    await mPage.goto(`${url}/w/acme/partners/${world.partners.a}`);
    await mPage.getByRole("heading", { name: "Alpha Resellers", level: 1 }).waitFor();
    await mPage.getByRole("button", { name: "Send email" }).click();
    const dialog = mPage.getByRole("dialog", { name: "Send an email to Alpha Resellers" });
    await dialog.waitFor();
    await dialog.getByRole("combobox", { name: /^Template/ }).click();
    await mPage.getByRole("option", { name: "Decision: yes" }).click();
    await dialog.getByRole("textbox", { name: "The reason given with the decision" }).fill("Your references from three customers stood out.");
    await dialog.getByRole("button", { name: "Preview" }).click();
    await dialog.getByText("Alice Alpha <alice@alpha.test>").waitFor();
    await dialog.getByRole("tab", { name: "Plain text" }).click();
    await dialog.getByText(/Your references from three customers stood out\./).waitFor();
    await expectNoAxeViolations(mPage, "send email dialog");
    await dialog.getByRole("button", { name: "Send", exact: true }).click();
    await mPage.getByText("Email “Welcome aboard, Alpha Resellers” sent to alice@alpha.test. It is on the partner's timeline.").waitFor();

    await mPage.getByRole("tab", { name: "Timeline" }).click();
    await mPage.getByText('Email "Welcome aboard, Alpha Resellers" sent to alice@alpha.test').waitFor();
    await expectNoAxeViolations(mPage, "partner timeline with the email");
    const email = await running.server.lastEmailTo("alice@alpha.test");
    expect(email.text).toContain("Your references from three customers stood out.");
    expect(email.text).toContain("Max Manager");
    await manager.context.close();
  });
});
