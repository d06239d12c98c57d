import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Journey } from "../../src/domain/journeys/contracts";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

/*
 * A short template of plain tasks, so that the test is about the journey screens and not about
 * any one step kind: completing the welcome pack early moves the setup call (it counts from it),
 * the merchandise step may be skipped, the launch review is required.
 */
const quickStartYaml = `
name: Quick start
description: A short onboarding for the browser test.
phases:
  - key: kickoff
    name: Kickoff
    steps:
      - key: welcome_pack
        title: Send the welcome pack
        kind: task
        owner: host:manager
        due: { after: start, days: 5 }
      - key: setup_call
        title: Prepare the setup call notes
        kind: task
        owner: host:manager
        dependsOn: [welcome_pack]
        due: { after: step, step: welcome_pack, days: 3 }
      - key: merchandise
        title: Send branded merchandise
        kind: task
        owner: host:manager
        due: { after: start, days: 10 }
  - key: launch
    name: Launch
    steps:
      - key: launch_review
        title: Review the launch
        kind: task
        owner: host:manager
        required: true
        due: { after: start, days: 30 }
`;

/** Two plain tasks; version 2 adds a training step. */
function shortStartYaml(withTraining: boolean): string {
  const training = withTraining
    ? `
      - key: training
        title: Book the product training
        kind: task
        owner: host:manager
        due: { after: start, days: 14 }`
    : "";
  return `
name: Short start
description: Two steps, and in version 2 a third.
phases:
  - key: start
    name: Getting started
    steps:
      - key: kickoff
        title: Hold the kickoff
        kind: task
        owner: host:manager
        due: { after: start, days: 3 }
      - key: go_live
        title: Go live
        kind: task
        owner: host:manager
        required: true
        due: { after: start, days: 21 }${training}
`;
}

/** Seeds through the API as the signed-in page's user would: same origin, same cookies. */
async function postJson(page: Page, path: string, body: unknown): Promise<{ status: number; body: string }> {
  return page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      return { status: response.status, body: await response.text() };
    },
    { path, body },
  );
}

/** A date input's value some days from now (the zone does not matter this far from midnight). */
function dateInput(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

async function getJson(page: Page, path: string): Promise<unknown> {
  return page.evaluate(async (path) => (await fetch(path)).json(), path);
}

async function openStep(page: Page, title: string) {
  await page.getByRole("button", { name: title, exact: true }).first().click();
  await page.getByRole("dialog", { name: title }).waitFor();
}

async function closeDrawer(page: Page) {
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

describe("a partner manager runs a partner's journey", () => {
  it("starts it, completes a task after seeing the shift, reschedules and skips steps, then finds the work and the cohort", async () => {
    const { server, browser } = running;
    const partnerId = server.world.partners.a;

    const owner = await newPage(browser);
    await signInAs(owner.page, server.url, server.world.staff.owner.email);
    await expect.poll(() => owner.page.url(), { timeout: 15_000 }).toContain("/w/acme");
    const created = await postJson(owner.page, "/api/w/acme/templates", { key: "quick-start", yaml: quickStartYaml });
    expect(created.status, created.body).toBe(201);
    await owner.context.close();

    const { context, page } = await newPage(browser);
    await signInAs(page, server.url, server.world.staff.manager.email);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain("/w/acme");

    // The partner page leads to the journey; with none yet, the page offers to start one.
    await page.goto(`${server.url}/w/acme/partners/${partnerId}?tab=journey`);
    await page.getByRole("link", { name: "Go to the journey page" }).click();
    await page.getByRole("heading", { name: "Journey of Alpha Resellers", level: 1 }).waitFor();
    await page.getByText("No journey yet").waitFor();
    await expectNoAxeViolations(page, "journey page without a journey");

    await page.getByRole("button", { name: "Start a journey" }).click();
    await page.getByRole("combobox", { name: /^Template/ }).click();
    await page.getByRole("option", { name: "Quick start (version 1)" }).click();
    await page.getByRole("button", { name: /Adjust steps for this partner/ }).click();
    await page.getByRole("checkbox", { name: "Send branded merchandise" }).waitFor();
    await expectNoAxeViolations(page, "start journey dialog");
    await page.getByRole("button", { name: "Start the journey" }).click();
    await page.getByText("The “Quick start” journey started for Alpha Resellers.").waitFor();
    await page.getByRole("heading", { name: "Quick start", level: 2 }).waitFor();
    await page.getByRole("heading", { name: "1. Kickoff" }).waitFor();
    await expectNoAxeViolations(page, "journey phases");

    // Completing the welcome pack five days early moves the setup call, and the dialog says so first.
    await openStep(page, "Send the welcome pack");
    await expectNoAxeViolations(page, "step drawer");
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.getByText("Completing it now moves 1 due date").waitFor();
    await expect.poll(() => page.getByRole("listitem").filter({ hasText: "Prepare the setup call notes:" }).count()).toBe(1);
    await expectNoAxeViolations(page, "completion preview");
    await page.getByRole("button", { name: "Confirm: mark as done" }).click();
    await page.getByText("“Send the welcome pack” is done.").waitFor();
    await closeDrawer(page);

    // A new date by hand, with the reason.
    await openStep(page, "Prepare the setup call notes");
    await page.getByRole("button", { name: "Reschedule" }).click();
    const reschedule = page.getByRole("dialog", { name: "Reschedule “Prepare the setup call notes”" });
    await reschedule.getByLabel(/^Date/).fill(dateInput(40));
    await reschedule.getByLabel(/^Time \(Europe\/Berlin\)/).fill("10:30");
    await reschedule.getByRole("textbox", { name: /^Reason/ }).fill("The partner's team is on holiday");
    await expectNoAxeViolations(page, "reschedule dialog");
    await reschedule.getByRole("button", { name: "Reschedule", exact: true }).click();
    await page.getByText(/“Prepare the setup call notes” is now due/).waitFor();
    await page.getByText("Set by hand: stays put when other steps move.").waitFor();
    await closeDrawer(page);

    // The optional step can be skipped; the required one offers no skip.
    await openStep(page, "Review the launch");
    await page.getByText("A required step cannot be skipped.").waitFor();
    expect(await page.getByRole("button", { name: "Skip" }).count()).toBe(0);
    await closeDrawer(page);
    await openStep(page, "Send branded merchandise");
    await page.getByRole("button", { name: "Skip" }).click();
    await page.getByRole("textbox", { name: /^Reason/ }).fill("Merchandise is out of stock this quarter");
    await page.getByRole("button", { name: "Skip this step" }).click();
    await page.getByText("“Send branded merchandise” was skipped.").waitFor();
    await closeDrawer(page);

    // Timeline and history tell the same story.
    await page.getByRole("tab", { name: "Timeline" }).click();
    await page.getByRole("img", { name: /Timeline of 4 steps/ }).waitFor();
    await expectNoAxeViolations(page, "journey timeline");
    // A segmented control's radios are visually hidden; a person clicks the label.
    await page.locator("label").filter({ hasText: /^Table$/ }).click();
    await page.getByRole("table", { name: "Timeline of the journey's steps" }).waitFor();
    await page.getByRole("tab", { name: "History" }).click();
    await page.getByText("“The partner's team is on holiday”").waitFor();
    await page.getByText(/^Due .+ → .+/).waitFor();
    await page.getByText("“Merchandise is out of stock this quarter”").waitFor();
    await expectNoAxeViolations(page, "journey history");

    // My work lists what is open for this manager, linking back to the step; the launch phase has
    // not opened yet (the setup call is still open), so its review is not work yet.
    await page.getByRole("link", { name: "My work" }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain("/w/acme/work");
    await page.getByRole("heading", { name: "My work", level: 1 }).waitFor();
    const later = page.getByRole("region", { name: "Later" });
    await later.getByRole("link", { name: "Prepare the setup call notes" }).waitFor();
    expect(await page.getByRole("link", { name: "Review the launch" }).count()).toBe(0);
    await expectNoAxeViolations(page, "my work");
    await page.getByRole("link", { name: "Prepare the setup call notes" }).click();
    await page.getByRole("dialog", { name: "Prepare the setup call notes" }).waitFor();
    await closeDrawer(page);

    // The cohort page shows the journey with its status and figures.
    await page.getByRole("link", { name: "Journeys", exact: true }).click();
    await page.getByRole("heading", { name: "Journeys", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Alpha Resellers" }).waitFor();
    await expectNoAxeViolations(page, "journeys cohort");

    await context.close();
    // One long story with an axe scan on every screen: more than the browser project's default.
  }, 240_000);

  it("upgrades a journey after showing the difference, adds and reassigns a step, and cancels it", async () => {
    const { server, browser } = running;
    const partnerId = server.world.partners.b;
    const { context, page } = await newPage(browser);
    await signInAs(page, server.url, server.world.staff.owner.email);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain("/w/acme");

    // The owner owns no step: My work says so; a filter that matches nothing says so too.
    await page.getByRole("navigation").getByRole("link", { name: "My work" }).click();
    await page.getByText("Nothing waiting for you").waitFor();
    await expectNoAxeViolations(page, "my work, empty");
    await page.goto(`${server.url}/w/acme/journeys?status=done`);
    await page.getByText("No journey matches").waitFor();
    await expectNoAxeViolations(page, "journeys cohort, no match");

    // Seeded through the API: a template, a journey of Beta Services on its version 1, then version 2.
    const created = await postJson(page, "/api/w/acme/templates", { key: "short-start", yaml: shortStartYaml(false) });
    expect(created.status, created.body).toBe(201);
    const templateId = z.object({ id: z.string() }).parse(JSON.parse(created.body)).id;
    const started = await postJson(page, `/api/w/acme/partners/${partnerId}/journeys`, { templateId });
    expect(started.status, started.body).toBe(201);
    const journeyId = Journey.parse(JSON.parse(started.body)).id;
    const published = await postJson(page, `/api/w/acme/templates/${templateId}/versions`, { yaml: shortStartYaml(true), changeNote: "Training before go-live", baseVersion: 1 });
    expect(published.status, published.body).toBe(201);

    await page.goto(`${server.url}/w/acme/partners/${partnerId}/journey`);
    await page.getByText("Version 2 available").waitFor();
    await page.getByRole("button", { name: "Review the upgrade" }).click();
    const upgrade = page.getByRole("dialog", { name: "Upgrade to template version 2" });
    await upgrade.getByText("1 step added").waitFor();
    await upgrade.getByText("Book the product training").waitFor();
    await expectNoAxeViolations(page, "upgrade preview");
    await upgrade.getByRole("button", { name: "Upgrade to version 2" }).click();
    await page.getByText("The journey now follows template version 2.").waitFor();
    await page.getByText("Template version 2", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Book the product training" }).waitFor();

    // An ad-hoc step for this partner only, then given to someone else.
    await page.getByRole("button", { name: "Add a step" }).click();
    const add = page.getByRole("dialog", { name: "Add a step to this journey" });
    await add.getByRole("textbox", { name: /^Title/ }).fill("Check the partner's references");
    await add.getByLabel(/^Date/).fill(dateInput(10));
    await expectNoAxeViolations(page, "add step dialog");
    await add.getByRole("button", { name: "Add the step" }).click();
    await page.getByText("“Check the partner's references” was added.").waitFor();
    await openStep(page, "Check the partner's references");
    await page.getByText("Added for this partner").first().waitFor();
    await page.getByRole("button", { name: "Reassign" }).click();
    const reassign = page.getByRole("dialog", { name: "Reassign “Check the partner's references”" });
    await reassign.getByRole("combobox", { name: /^New owner/ }).click();
    await page.getByRole("option", { name: "Ann Admin (admin@acme.test)" }).click();
    await expectNoAxeViolations(page, "reassign dialog");
    await reassign.getByRole("button", { name: "Reassign" }).click();
    await page.getByText("“Check the partner's references” is now with Ann Admin.").waitFor();
    await closeDrawer(page);

    // Someone else changes the step while the dialog is open: the answer is a 409, said plainly,
    // and after a reload the same change goes through.
    await openStep(page, "Hold the kickoff");
    await page.getByRole("button", { name: "Reschedule" }).click();
    const reschedule = page.getByRole("dialog", { name: "Reschedule “Hold the kickoff”" });
    await reschedule.getByLabel(/^Date/).fill(dateInput(12));
    await reschedule.getByRole("textbox", { name: /^Reason/ }).fill("The kickoff needs the partner's CEO");
    const journey = await getJson(page, `/api/w/acme/partners/${partnerId}/journeys/${journeyId}`);
    const kickoff = Journey.parse(journey).steps.find((step) => step.key === "kickoff");
    if (!kickoff) throw new Error("the kickoff step is missing");
    const meanwhile = await postJson(page, `/api/w/acme/partners/${partnerId}/journeys/${journeyId}/steps/${kickoff.id}/reassign`, { version: kickoff.version, userId: server.world.staff.admin.id });
    expect(meanwhile.status, meanwhile.body).toBe(200);
    await reschedule.getByRole("button", { name: "Reschedule", exact: true }).click();
    await reschedule.getByText("Someone else changed this journey").waitFor();
    await expectNoAxeViolations(page, "conflict message");
    await reschedule.getByRole("button", { name: "Reload the journey" }).click();
    await reschedule.getByRole("button", { name: "Reschedule", exact: true }).click();
    await page.getByText(/“Hold the kickoff” is now due/).waitFor();
    await closeDrawer(page);

    // Cancelling asks why; afterwards a new journey may be started.
    await page.getByRole("button", { name: "Cancel journey" }).click();
    await page.getByRole("textbox", { name: /^Reason/ }).fill("The partnership is on hold");
    await page.getByRole("button", { name: "Cancel the journey" }).click();
    await page.getByText("The journey was cancelled.").waitFor();
    await page.getByRole("button", { name: "Start a journey" }).waitFor();
    await page.getByRole("tab", { name: "History" }).click();
    await page.getByText("“The partnership is on hold”").waitFor();
    await page.getByText("Template version 1 → 2").waitFor();

    await context.close();
  }, 180_000);
});
