import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultKitStages } from "../../src/domain/interviews/default-kit";
import type { InterviewKitStage } from "../../src/domain/interviews/kit";
import { builtInKitId, ensureDefaultKit } from "../../src/server/modules/interviews/kits";
import { insertHeldInterviews } from "../factories/calibration-rows";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });
const [functional] = defaultKitStages as [InterviewKitStage];
const scores = (level: number) => ({ capability: level, delivery_track_record: level, commercial_fit: level });

/**
 * Four functional interviews in which Mia scores a point above Max, Ivo and Olga. (With two
 * colleagues only, each of them would sit exactly 0.5 below their panel and be flagged low too.)
 */
async function seedInterviews() {
  const { ctx, world, clock } = running.server;
  await ensureDefaultKit(ctx.db, clock, world.acme.id);
  const { otherManager, manager, interviewer, owner } = world.staff;
  await insertHeldInterviews(ctx.db, {
    workspaceId: world.acme.id,
    kitId: builtInKitId(world.acme.id),
    createdBy: world.staff.owner.id,
    now: clock.now(),
    interviews: [2, 3, 4, 3].map((level, n) => ({
      partnerId: n % 2 ? world.partners.a : world.partners.b,
      stage: functional,
      startsAt: new Date(Date.UTC(2026, 9, 1 + n, 9)),
      panel: [
        { userId: otherManager.id, scores: scores(level + 1), recommendation: "yes" as const },
        { userId: manager.id, scores: scores(level), recommendation: level >= 3 ? ("yes" as const) : ("no" as const) },
        { userId: interviewer.id, scores: scores(level), recommendation: level >= 3 ? ("yes" as const) : ("no" as const) },
        { userId: owner.id, scores: scores(level), recommendation: level >= 3 ? ("yes" as const) : ("no" as const) },
      ],
    })),
  });
}

describe("calibration in the staff app", () => {
  beforeAll(seedInterviews);

  it("shows an admin who scores high, keeps a retro note and certifies a culture interviewer", async () => {
    const { page, context } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.staff.admin.email);
    const toCalibration = page.getByRole("navigation").getByRole("link", { name: "Calibration" });
    await toCalibration.waitFor();
    await toCalibration.click();
    await page.getByRole("heading", { name: "Calibration", level: 1 }).waitFor();

    // The chart: Mia's card says "Scores high" in words, and her overall figure is written beside the bar.
    const mia = page.getByRole("region", { name: "Mia Manager" });
    await mia.getByText("Scores high", { exact: true }).waitFor();
    expect(await mia.getByRole("list").getByRole("listitem").first().innerText()).toContain("+1.00 (12)");
    // The table says the same in numbers: Mia's overall row, flagged; Max's is not.
    const miaOverall = page.getByRole("row", { name: /Mia Manager All criteria 12/ });
    expect(await miaOverall.textContent()).toMatch(/\+1\.00.*Scores high/);
    expect(await page.getByRole("row", { name: /Max Manager All criteria/ }).textContent()).not.toContain("Scores");
    await expectNoAxeViolations(page, "calibration page");

    // Narrow to the functional stage: the URL keeps the filter and the figures stay.
    await page.getByRole("combobox", { name: "Interview stage" }).click();
    await page.getByRole("option", { name: "Functional fit" }).click();
    await page.waitForURL(/stageKey=functional_fit/);
    await mia.getByText("Scores high", { exact: true }).waitFor();

    // A retro note, saved with the filters it was written under.
    await page.getByRole("textbox", { name: /^Note/ }).fill("Mia reads capability generously; agree on what a 3 looks like.");
    await page.getByRole("button", { name: "Add note" }).click();
    const notes = page.getByRole("list", { name: "Retro notes, newest first" });
    await notes.getByText("Mia reads capability generously; agree on what a 3 looks like.").waitFor();
    expect(await notes.innerText()).toMatch(/Ann Admin, .* · stage Functional fit/);

    // Certified culture interviewers: certify Ivo with a note, then see him listed.
    await page.getByRole("link", { name: "Certified culture interviewers" }).click();
    await page.getByRole("heading", { name: "Certified culture interviewers", level: 1 }).waitFor();
    await page.getByText("Nobody is certified yet").waitFor();
    await page.getByRole("combobox", { name: /^Staff member/ }).click();
    await page.getByRole("option", { name: "Ivo Interviewer (Interviewer)" }).click();
    await page.getByRole("textbox", { name: /^Note/ }).fill("Shadowed three culture interviews");
    await page.getByRole("button", { name: "Certify" }).click();
    const row = page.getByRole("row", { name: /Ivo Interviewer/ });
    await row.waitFor();
    expect(await row.innerText()).toContain("Shadowed three culture interviews");
    expect(await row.innerText()).toContain("Ann Admin");
    // The picker starts empty again, and no longer offers Ivo.
    expect(await page.getByRole("combobox", { name: /^Staff member/ }).inputValue()).toBe("");
    await expectNoAxeViolations(page, "certified culture interviewers");

    // Removing asks first, then the list is empty again.
    await page.getByRole("button", { name: "Remove the certification of Ivo Interviewer" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
    await page.getByText("Nobody is certified yet").waitFor();
    await context.close();
  });

  it("tells someone with no scored interviews how to get figures, and hides the page from viewers", async () => {
    const { page, context } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.staff.manager.email);
    await page.waitForURL(/\/w\/acme\//);
    await page.goto(`${running.server.url}/w/acme/calibration?from=2030-01-01`);
    await page.getByText("No scored interviews match").waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("region", { name: "Mia Manager" }).waitFor();
    // A partner manager reads the notes but does not write them.
    expect(await page.getByRole("button", { name: "Add note" }).count()).toBe(0);
    await context.close();

    const viewer = await newPage(running.browser);
    await signInAs(viewer.page, running.server.url, running.server.world.staff.viewer.email);
    await viewer.page.getByRole("navigation").getByRole("link", { name: "Partners" }).waitFor();
    expect(await viewer.page.getByRole("navigation").getByRole("link", { name: "Calibration" }).count()).toBe(0);
    await viewer.context.close();
  });
});
