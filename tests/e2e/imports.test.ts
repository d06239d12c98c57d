import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertStaff } from "../factories/people";
import { testPasswordHash } from "../support/test-app";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });
const sample = readFileSync(new URL("../../src/server/db/seed/samples/airtable-partners.csv", import.meta.url));

/*
 * R-B6 in the browser: a partner manager imports the sample Airtable export. Its one bad row
 * names its owner by a short display name; the report says so, the manager maps owners from the
 * email column instead, runs the dry run again and imports all 25 partners.
 */
describe("importing partners from CSV", () => {
  beforeAll(async () => {
    const { ctx, world } = running.server;
    const hash = await testPasswordHash();
    // The sample's owners are the demo's staff; the test workspace gets the same people.
    await insertStaff(ctx.db, world.acme.id, { name: "Maya Manager", email: "maya@northwind.example" }, "partner_manager", hash);
    await insertStaff(ctx.db, world.acme.id, { name: "Marco Manager", email: "marco@northwind.example" }, "partner_manager", hash);
    await insertStaff(ctx.db, world.acme.id, { name: "Adam Admin", email: "admin@northwind.example" }, "admin", hash);
  });

  it("uploads the sample, reads the report, fixes the mapping and commits", async () => {
    const { url, world } = running.server;
    const { context, page } = await newPage(running.browser);
    try {
      await signInAs(page, url, world.staff.manager.email);
      await page.getByRole("link", { name: "Import partners" }).click();
      await page.getByRole("heading", { name: "Import partners", level: 1 }).waitFor();
      const sampleLink = page.getByRole("link", { name: "Download sample CSV" });
      expect(await sampleLink.getAttribute("href")).toBe("/api/w/acme/imports/sample.csv");
      await expectNoAxeViolations(page, "the import page before a file is chosen");

      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Choose a .csv file" }).click();
      await (await chooser).setFiles({ name: "airtable-partners.csv", mimeType: "text/csv", buffer: sample });
      await page.getByText("airtable-partners.csv: 25 rows, 12 columns, separated by commas.").waitFor();

      // The suggestion is preselected: Owner (the display name) is the owner column.
      await expect.poll(() => page.getByRole("combobox", { name: "Partner field for column Owner", exact: true }).inputValue()).toBe("Owner");
      await expect.poll(() => page.getByRole("combobox", { name: "Partner field for column Owner Email" }).inputValue()).toBe("Leave out");
      await page.getByRole("button", { name: "Run dry run" }).click();
      await expect.poll(() => page.getByTestId("total-withErrors").textContent()).toBe("1");
      expect(await page.getByTestId("total-create").textContent()).toBe("25");
      await page.getByText('1 row has errors').waitFor();
      expect(await page.getByRole("button", { name: "Import 25 partners" }).isDisabled()).toBe(true);
      await expectNoAxeViolations(page, "the dry run report with one bad row");

      // Only the problem: row 17, whose owner is "Maya M.".
      await page.locator("label", { hasText: "Only problems" }).click();
      const badRow = page.locator("tr[data-row='17']");
      await badRow.waitFor();
      expect(await page.locator("tbody tr[data-row]").count()).toBe(1);
      expect(await badRow.textContent()).toContain('Owner: "Maya M." is not an active owner, admin or partner manager');

      // Fix the mapping: owners by their email.
      await page.getByRole("combobox", { name: "Partner field for column Owner", exact: true }).click();
      await page.getByRole("option", { name: "Leave out" }).click();
      await page.getByRole("combobox", { name: "Partner field for column Owner Email" }).click();
      await page.getByRole("option", { name: "Owner", exact: true }).click();
      await page.getByText("You changed the mapping or options since this dry run").waitFor();
      await page.getByRole("button", { name: "Run the dry run again" }).click();
      await expect.poll(() => page.getByTestId("total-withErrors").textContent()).toBe("0");
      await page.getByText("No row has an error or a likely duplicate.").waitFor();

      await page.getByRole("button", { name: "Import 25 partners" }).click();
      await page.getByText("25 created, 0 updated, 0 skipped.").waitFor();
      await expectNoAxeViolations(page, "the import result");

      await page.getByRole("link", { name: "See the partners" }).click();
      await page.getByRole("searchbox", { name: "Search" }).fill("Ashgrove");
      await page.getByRole("link", { name: "Ashgrove Labs" }).waitFor();
    } finally {
      await context.close();
    }
  });
});
