import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBuiltIn } from "../../src/server/modules/templates/builtin";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

// Appended at the end of the built-in reseller template, inside its last phase's step list.
const followUpWithTypo = [
  "      - key: follow_up_call",
  "        title: Follow-up call after the review",
  "        kind: task",
  "        owner: host:manager",
  "        dependsOn: [ninety_day_reviw]",
  "        due: { after: step, step: ninety_day_review, days: 7 }",
  "",
].join("\n");

describe("programs and journey templates in the staff app", () => {
  it("lets an admin see a mistake in a built-in template with its line, fix it, publish a version with a note and find it in the history", async () => {
    const { page, context } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.staff.admin.email);
    // Wherever the workspace opens for an admin, the navigation leads to the template library.
    const toTemplates = page.getByRole("navigation").getByRole("link", { name: "Templates", exact: true });
    await toTemplates.waitFor();
    await toTemplates.click();
    await page.getByRole("heading", { name: "Templates", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Reseller onboarding" }).waitFor();
    await expectNoAxeViolations(page, "template library");

    await page.getByRole("link", { name: "Reseller onboarding" }).click();
    await page.getByRole("heading", { name: /Reseller onboarding/, level: 1 }).waitFor();
    const editor = page.getByRole("textbox", { name: "Template YAML" });
    await editor.waitFor();
    await page.getByText("No problems found.").waitFor();
    await page.getByRole("heading", { name: "Phase 4: Selling together" }).waitFor();
    await expectNoAxeViolations(page, "template editor");

    // The editor lets keyboard users out: Escape, then Tab moves on instead of indenting.
    await editor.click();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".cm-editor") === null)).toBe(true);

    // Introduce a dependency on a step that does not exist.
    const lineOfTypo = readBuiltIn("reseller-onboarding").yaml.split("\n").length + 4;
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText(followUpWithTypo);
    const problem = page.getByRole("button", { name: new RegExp(`^Line ${lineOfTypo}, column 21 — phases\\.3\\.steps\\.5\\.dependsOn\\.0: no step has the key "ninety_day_reviw"; did you mean "ninety_day_review"\\?`) });
    await problem.waitFor();
    await page.getByText("1 problem", { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Publish version" }).isDisabled()).toBe(true);
    await page.getByText("Showing the last valid state; fix the problems to update it.").waitFor();
    await page.locator(".cm-lintRange-error").first().waitFor();
    await expectNoAxeViolations(page, "template editor with a problem");

    // The problem puts the cursor on the misspelt key (column 21); fix it there.
    await problem.click();
    await page.keyboard.press("End");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.insertText("ew]");
    await page.getByText("No problems found.").waitFor();
    // The outline now shows the new step in its phase.
    await page.getByRole("region", { name: "Phase 4: Selling together" }).getByText("Follow-up call after the review", { exact: true }).waitFor();

    await page.getByRole("button", { name: "Publish version" }).click();
    const dialog = page.getByRole("dialog", { name: "Publish version 2" });
    await dialog.waitFor();
    await dialog.getByRole("textbox", { name: /^What changed\?/ }).fill("Adds a follow-up call a week after the ninety-day review");
    await expectNoAxeViolations(page, "publish dialog");
    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByText("Version 2 published.").waitFor();

    // The history opens, newest first, with who published what.
    const history = page.getByRole("table", { name: "Versions of Reseller onboarding" });
    await history.waitFor();
    const rows = history.getByRole("row");
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toMatch(/v2[\s\S]*Adds a follow-up call a week after the ninety-day review[\s\S]*Ann Admin/);
    expect(await rows.nth(2).innerText()).toMatch(/v1[\s\S]*Built-in template as shipped with Accord[\s\S]*Accord \(built-in\)/);
    await page.getByRole("heading", { name: /Reseller onboarding/, level: 1 }).waitFor();
    expect(await page.getByText("Version 2 · published").count()).toBe(1);
    await expectNoAxeViolations(page, "version history");

    // Comparing the two versions names the added step.
    await history.getByRole("button", { name: /Compare with version 1/ }).click();
    await page.getByRole("region", { name: "Steps added" }).getByText("Follow-up call after the review").waitFor();
    await expectNoAxeViolations(page, "version comparison");

    await context.close();
    // Six axe runs and a lazily loaded editor: longer than the project's default on a busy machine.
  }, 240_000);

  it("shows the programs with a template per partner type and lets an admin change a track and a tier requirement", async () => {
    const { page, context } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.staff.admin.email);
    const toPrograms = page.getByRole("navigation").getByRole("link", { name: "Programs" });
    await toPrograms.waitFor();
    await toPrograms.click();
    const tracks = page.getByRole("table", { name: "Tracks of Partner program" });
    await tracks.getByRole("row", { name: /Reseller.*Reseller onboarding/ }).waitFor();
    await expectNoAxeViolations(page, "programs");

    await tracks.getByRole("button", { name: "Change Change the track for Referral partner" }).click();
    const dialog = page.getByRole("dialog", { name: "Track for Referral partner" });
    await dialog.getByRole("combobox", { name: /^Template/ }).click();
    await page.getByRole("option", { name: "Partnership package and governance" }).click();
    await dialog.getByRole("textbox", { name: "Notes for this track" }).fill("Referral partners who co-deliver projects");
    await expectNoAxeViolations(page, "track dialog");
    await dialog.getByRole("button", { name: "Save track" }).click();
    await tracks.getByRole("row", { name: /Referral partner.*Partnership package and governance.*co-deliver projects/ }).waitFor();

    const tiers = page.getByRole("table", { name: "Tier requirements of Partner program" });
    await tiers.getByRole("button", { name: "Edit Edit the requirements of Silver" }).click();
    const tierDialog = page.getByRole("dialog", { name: "Silver in Partner program" });
    await tierDialog.getByRole("textbox", { name: /^Requirements/ }).fill("One certified seller and a first approved deal.");
    await tierDialog.getByRole("button", { name: "Save requirements" }).click();
    await tiers.getByRole("row", { name: /Silver.*One certified seller and a first approved deal\./ }).waitFor();
    await expectNoAxeViolations(page, "programs after changes");

    await context.close();
  }, 240_000);
});
