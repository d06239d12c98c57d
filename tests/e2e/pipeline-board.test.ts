import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

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

/** Waits until no CSS transition runs (a modal fading in would fail axe's contrast check half-way). */
async function settled(page: Page) {
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length)).toBe(0);
}

const column = (page: Page, stage: string) => page.getByRole("region", { name: stage, exact: true });

describe("the pipeline board", () => {
  it("moves a card by keyboard and by its menu, each with a reason, and the partner page shows the history", async () => {
    const { server, browser } = running;
    const { context, page } = await newPage(browser);
    await signInAs(page, server.url, server.world.staff.manager.email);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain("/w/acme");
    const typeId = server.world.acme.typeId;
    for (const [name, stage] of [["Keyboard Kites", "applicant"], ["Menu Makers", "screening"]] as const) {
      const created = await postJson(page, "/api/w/acme/partners", { name, typeId, stage, contactName: "Kim Contact", contactEmail: `kim@${stage}.example` });
      expect(created.status, created.body).toBe(201);
    }

    await page.getByRole("link", { name: "Pipeline" }).click();
    await page.getByRole("heading", { name: "Pipeline", level: 1 }).waitFor();
    await column(page, "Applicant").getByRole("link", { name: "Keyboard Kites" }).waitFor();
    await expectNoAxeViolations(page, "pipeline board");

    // By keyboard: lift with space, one arrow to the right (screening accepts it), drop with space.
    await page.getByRole("button", { name: "Drag Keyboard Kites" }).focus();
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByText(/Picked up Keyboard Kites from Applicant\. It can move to: Screening/).count()).toBeGreaterThan(0);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByText("Keyboard Kites is over Screening.").count()).toBeGreaterThan(0);
    await page.keyboard.press("Space");
    const dialog = page.getByRole("dialog", { name: "Move Keyboard Kites" });
    await dialog.getByText("From Applicant to Screening").waitFor();
    await dialog.getByRole("textbox", { name: /^Reason/ }).fill("Strong references from two clients");
    await settled(page);
    await expectNoAxeViolations(page, "move dialog");
    await dialog.getByRole("button", { name: "Move to Screening" }).click();
    await page.getByText("Keyboard Kites moved to Screening.").waitFor();
    await column(page, "Screening").getByRole("link", { name: "Keyboard Kites" }).waitFor();
    expect(await column(page, "Applicant").getByRole("link", { name: "Keyboard Kites" }).count()).toBe(0);

    // By the menu: only the allowed moves are offered.
    await page.getByRole("button", { name: "Move to… Menu Makers" }).click();
    const menu = page.getByRole("menu");
    await menu.getByRole("menuitem", { name: "Interviewing" }).waitFor();
    expect(await menu.getByRole("menuitem", { name: "Exited" }).count()).toBe(0);
    await settled(page);
    await expectNoAxeViolations(page, "move menu");
    await menu.getByRole("menuitem", { name: "Interviewing" }).click();
    const second = page.getByRole("dialog", { name: "Move Menu Makers" });
    await second.getByRole("textbox", { name: /^Reason/ }).fill("Passed the screening call");
    await second.getByRole("button", { name: "Move to Interviewing" }).click();
    await page.getByText("Menu Makers moved to Interviewing.").waitFor();
    await column(page, "Interviewing").getByRole("link", { name: "Menu Makers" }).waitFor();

    // With the mouse: drag the handle onto the next column; cancelling the reason dialog moves nothing.
    const handle = await page.getByRole("button", { name: "Drag Menu Makers" }).boundingBox();
    const target = await column(page, "Decision").boundingBox();
    if (!handle || !target) throw new Error("the handle or the column is not on screen");
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 40, handle.y + 10, { steps: 5 });
    await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 15 });
    await page.mouse.up();
    const dragged = page.getByRole("dialog", { name: "Move Menu Makers" });
    await dragged.getByText("From Interviewing to Decision").waitFor();
    await dragged.getByRole("button", { name: "Cancel" }).click();
    await dragged.waitFor({ state: "detached" });
    await column(page, "Interviewing").getByRole("link", { name: "Menu Makers" }).waitFor();

    // The table view lists both, with their days in stage.
    await page.locator("label").filter({ hasText: /^Table$/ }).click();
    const table = page.getByRole("table", { name: "Partners in the pipeline" });
    await table.getByRole("row").filter({ hasText: "Keyboard Kites" }).getByText("0 days").waitFor();
    await expectNoAxeViolations(page, "pipeline table");

    // The partner page tells who moved it, when and why.
    await table.getByRole("link", { name: "Keyboard Kites" }).click();
    await page.getByRole("heading", { name: "Keyboard Kites", level: 1 }).waitFor();
    await page.getByText("“Strong references from two clients”").waitFor();
    await page.getByText(/from Applicant, by Max Manager/).waitFor();
    await page.getByText("kim@applicant.example").waitFor();
    await context.close();
  });

  it("shows a viewer the board without anything to move", async () => {
    const { server, browser } = running;
    const { context, page } = await newPage(browser);
    await signInAs(page, server.url, server.world.staff.viewer.email);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain("/w/acme");
    await page.goto(`${server.url}/w/acme/pipeline`);
    await column(page, "Onboarding").getByRole("link", { name: "Alpha Resellers" }).waitFor();
    await page.getByText("You can look at the pipeline; partner managers, admins and owners move partners.").waitFor();
    expect(await page.getByRole("button", { name: /^Drag / }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Move to…/ }).count()).toBe(0);
    await expectNoAxeViolations(page, "read-only board");
    await context.close();
  });
});
