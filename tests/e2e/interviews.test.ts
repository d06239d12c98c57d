import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partners } from "../../src/server/db/schema";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { fillScorecard, openInterview } from "./support/recruiting";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

/*
 * R-B3 end to end: a manager schedules an interview of Beta Services with two interviewers; the
 * first submits; the second cannot see the first's scores on the page until submitting too; the
 * manager reads the weighted summary, sends the decision and moves the partner to contracting.
 */

const firstEvidence = "Ran three rollouts for regional banks";

describe("interviews and the decision", () => {
  it("keeps each interviewer's scores to themselves until they submit, then lets the manager decide", async () => {
    const { server, browser } = running;
    const partnerId = server.world.partners.b;
    await server.ctx.db.update(partners).set({ stage: "decision", contactName: "Bea Contact", contactEmail: "bea@beta.test" }).where(eq(partners.id, partnerId));

    // The manager of Beta Services schedules the functional fit interview.
    const manager = await newPage(browser);
    await signInAs(manager.page, server.url, server.world.staff.otherManager.email);
    await expect.poll(() => manager.page.url(), { timeout: 15_000 }).toContain("/w/acme");
    await manager.page.goto(`${server.url}/w/acme/partners/${partnerId}?tab=interviews`);
    await manager.page.getByText("No interviews yet").waitFor();
    await manager.page.getByRole("button", { name: "Schedule an interview" }).click();
    const dialog = manager.page.getByRole("dialog", { name: "Schedule an interview" });
    await dialog.getByRole("combobox", { name: /^Stage/ }).waitFor();
    await dialog.getByLabel(/^Date/).fill("2026-12-01");
    await dialog.getByLabel(/^Start time/).fill("10:00");
    await dialog.getByRole("textbox", { name: /^Place or video link/ }).fill("https://meet.example/beta");
    await dialog.getByLabel(/^Interviewers/).click();
    await manager.page.getByRole("option", { name: "Ann Admin" }).click();
    await manager.page.getByRole("option", { name: "Ivo Interviewer" }).click();
    await manager.page.keyboard.press("Escape");
    await expectNoAxeViolations(manager.page, "schedule dialog");
    await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
    await manager.page.getByText("Interview scheduled; the panel was notified and the candidate was invited.").waitFor();
    await manager.page.getByRole("table", { name: "Interviews of Beta Services" }).waitFor();
    await expectNoAxeViolations(manager.page, "partner interviews tab");
    expect((await server.lastEmailTo("bea@beta.test")).text).toContain("https://meet.example/beta");

    // The first interviewer fills and submits their scorecard.
    const first = await newPage(browser);
    await signInAs(first.page, server.url, server.world.staff.admin.email);
    await expect.poll(() => first.page.url(), { timeout: 15_000 }).toContain("/w/acme");
    await openInterview(first.page, server.url, "Beta Services");
    await first.page.getByText("Other interviewers' scores stay hidden until you submit your own").waitFor();
    await fillScorecard(first.page, "5", firstEvidence, "Strong yes");
    await expectNoAxeViolations(first.page, "scorecard form");
    await first.page.getByRole("button", { name: "Submit scorecard" }).click();
    await first.page.getByText("Scorecard submitted.").waitFor();
    await first.page.getByText(/You submitted this scorecard on/).waitFor();

    // The same admin keeps the kits: the built-in one is there, and the editor passes axe too.
    await first.page.getByRole("link", { name: "Interview kits" }).click();
    await first.page.getByRole("heading", { name: "Partner interviews", level: 2 }).waitFor();
    await first.page.getByText("Certified interviewers only").waitFor();
    await expectNoAxeViolations(first.page, "interview kits");
    await first.page.getByRole("button", { name: "Edit Partner interviews" }).click();
    await first.page.getByRole("dialog", { name: "Edit Partner interviews" }).getByRole("textbox", { name: /^Kit name/ }).waitFor();
    await expectNoAxeViolations(first.page, "kit editor");
    await first.page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

    // The second sees that the first submitted, but not what they wrote, until they submit too.
    const second = await newPage(browser);
    await signInAs(second.page, server.url, server.world.staff.interviewer.email);
    await expect.poll(() => second.page.url(), { timeout: 15_000 }).toContain("/w/acme/interviews");
    await openInterview(second.page, server.url, "Beta Services");
    await second.page.getByText("Other interviewers' scores stay hidden until you submit your own").waitFor();
    await second.page.getByText("Sent on", { exact: false }).or(second.page.getByText("did not come through the application form")).first().waitFor();
    expect(await second.page.locator("body").innerText()).not.toContain(firstEvidence);
    await expectNoAxeViolations(second.page, "interview page before submitting");
    await fillScorecard(second.page, "3", "Some delivery gaps", "Yes");
    await second.page.getByRole("button", { name: "Submit scorecard" }).click();
    await second.page.getByText("Scorecard submitted.").waitFor();
    await second.page.getByText(`${firstEvidence} (Capability)`).waitFor();
    await expectNoAxeViolations(second.page, "interview page after submitting");

    // The manager reads the weighted summary and sends the decision.
    await manager.page.reload();
    await manager.page.getByText("Overall weighted score: 4").waitFor();
    await manager.page.getByText("Every interviewer has submitted.").waitFor();
    await manager.page.getByRole("list", { name: "Mean score per criterion, Functional fit" }).waitFor();
    await manager.page.getByRole("button", { name: "Record the decision" }).click();
    const decide = manager.page.getByRole("dialog", { name: "Decide on Beta Services" });
    await decide.getByText("Yes: we want to partner").click();
    await decide.getByRole("textbox", { name: /^Reason/ }).fill("Strong delivery record in the region");
    await expectNoAxeViolations(manager.page, "decide dialog");
    await decide.getByRole("button", { name: "Record decision" }).click();
    await manager.page.getByText("Decision recorded and sent to the candidate.").waitFor();
    const mail = await server.lastEmailTo("bea@beta.test");
    expect(mail.text).toContain("Strong delivery record in the region");
    await manager.page.getByRole("button", { name: "Move to Contracting" }).click();
    await manager.page.getByText("The partner moved to Contracting.").waitFor();
    await expectNoAxeViolations(manager.page, "decision summary");
    for (const session of [manager, first, second]) await session.context.close();
  }, 180_000);
});
