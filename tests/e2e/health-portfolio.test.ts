import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/health/durations";
import { escalations, quarterlyReviews } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { refreshWorkspaceHealth } from "../../src/server/modules/health/refresh";
import { insertJourney } from "../factories/journeys";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

/** Partner A in trouble: overdue steps on both sides, an escalation open for five days, low ratings. */
async function seedTroubledPartner() {
  const { ctx, world, clock } = running.server;
  const now = clock.now();
  const ws = world.acme.id;
  const partnerId = world.partners.a;
  await insertJourney(ctx.db, {
    workspaceId: ws,
    partnerId,
    startedAt: addDays(now, -40),
    steps: [1, 2, 3, 4].map((n) => ({ key: `overdue_${n}`, visibility: n % 2 ? ("internal" as const) : ("shared" as const), dueAt: addDays(now, -5 * n) })),
  });
  await ctx.db.insert(escalations).values({ id: newId(), workspaceId: ws, partnerId, title: "Missed handover", raisedSide: "partner", raisedAt: addDays(now, -5), raiserPerspective: "Nobody came." });
  await ctx.db.insert(quarterlyReviews).values([
    { id: newId(), workspaceId: ws, partnerId, quarter: "2026-Q3", side: "partner", trust: 3, satisfaction: 4, ratedAt: addDays(now, -2) },
    { id: newId(), workspaceId: ws, partnerId, quarter: "2026-Q3", side: "host", trust: 5, satisfaction: 4, ratedAt: addDays(now, -2) },
  ]);
  await refreshWorkspaceHealth(ctx.db, ws, now);
}

describe("relationship health in the staff app", () => {
  beforeAll(seedTroubledPartner);

  it("lists partners by risk and opens a partner's scorecard and readiness checklist", async () => {
    const { page, context } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.staff.manager.email);
    const toHealth = page.getByRole("navigation").getByRole("link", { name: "Health" });
    await toHealth.waitFor();
    await toHealth.click();
    await page.getByRole("heading", { name: "Relationship health", level: 1 }).waitFor();

    // The table, riskiest first: Alpha is at risk, with its open escalation counted.
    const table = page.getByRole("table", { name: "Partners sorted by risk" });
    const alpha = table.getByRole("row", { name: /Alpha Resellers/ });
    await alpha.waitFor();
    expect(await alpha.textContent()).toContain("At risk");
    expect(await page.getByRole("region", { name: "Partners per band" }).textContent()).toContain("At risk: 1");
    await expectNoAxeViolations(page, "health portfolio");

    // The band bar filters the table.
    await page.getByRole("button", { name: "Healthy: 0" }).click();
    await page.getByText("No partner matches these filters").waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await alpha.waitFor();

    // The name opens the partner's relationship tab with the scorecard and the checklist.
    await alpha.getByRole("link", { name: /Alpha Resellers/ }).click();
    await page.waitForURL(/tab=relationship/);
    const scorecard = page.getByRole("region", { name: "Relationship health" });
    await scorecard.getByRole("img", { name: /Health score \d+ out of 100/ }).waitFor();
    expect(await scorecard.textContent()).toContain("At risk");
    const satisfaction = scorecard.locator('[data-factor="satisfaction"]');
    expect(await satisfaction.textContent()).toMatch(/Partner rates 3\/10, host rates 4\/10/);
    const openIssues = scorecard.locator('[data-factor="open_issues"]');
    expect(await openIssues.textContent()).toContain("1 open issue");
    await scorecard.getByText(/weekly points from/).waitFor();

    const readiness = page.getByRole("region", { name: "Readiness of the trust moments" });
    await readiness.getByRole("group", { name: "Quarterly review" }).waitFor();
    const steady = readiness.locator('[data-question="quarterly_ratings_steady"]');
    expect(await steady.getAttribute("data-answer")).toBe("no");
    expect(await steady.textContent()).toContain("What to do:");
    await expectNoAxeViolations(page, "partner relationship tab with the scorecard");
    await context.close();
  });
});
