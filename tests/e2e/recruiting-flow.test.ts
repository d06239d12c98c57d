import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { fillApplication, fillScorecard, openAcmeProgram, openInterview } from "./support/recruiting";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

/*
 * Issue 5 from end to end, the way the people involved would do it: a prospect applies through
 * the public form; the owner moves the applicant through screening on the board; two interviewers
 * score it (the second sees nothing of the first's before submitting); the decision is sent; the
 * partner moves into onboarding and its journey starts.
 */

const candidate = "Brightwave Consulting";
const firstEvidence = "Rolled out our platform for four retailers";
const column = (page: Page, stage: string) => page.getByRole("region", { name: stage, exact: true });

/** Moves the candidate on the board by its "Move to…" menu, giving a reason. */
async function moveOnBoard(page: Page, url: string, to: string, reason: string) {
  await page.goto(`${url}/w/acme/pipeline`);
  await page.getByRole("heading", { name: "Pipeline", level: 1 }).waitFor();
  await page.getByRole("button", { name: `Move to… ${candidate}` }).click();
  await page.getByRole("menu").getByRole("menuitem", { name: to }).click();
  const dialog = page.getByRole("dialog", { name: `Move ${candidate}` });
  await dialog.getByRole("textbox", { name: /^Reason/ }).fill(reason);
  await dialog.getByRole("button", { name: `Move to ${to}` }).click();
  await page.getByText(`${candidate} moved to ${to}.`).waitFor();
  await column(page, to).getByRole("link", { name: candidate }).waitFor();
}

describe("recruiting a partner from application to onboarding", () => {
  it("takes a prospect's application through screening, two fair interviews and the decision into a started journey", async () => {
    const { server, browser } = running;
    await openAcmeProgram(server);

    // A prospect applies, signed out.
    const prospect = await newPage(browser);
    await prospect.page.goto(`${server.url}/w/acme/apply/partner-program`);
    await prospect.page.getByRole("heading", { name: "Apply to Partner program", level: 1 }).waitFor();
    await fillApplication(prospect.page, { organisation: candidate, website: "brightwave.example", name: "Dana Diaz", email: "dana@brightwave.example" });
    await prospect.page.getByRole("button", { name: "Send my application" }).click();
    await prospect.page.getByRole("heading", { name: "Thank you — your application has arrived" }).waitFor();
    expect((await server.lastEmailTo("dana@brightwave.example")).text).toContain("Dana");
    await prospect.context.close();

    // The owner finds the applicant on the board and moves it through screening.
    const owner = await newPage(browser);
    await signInAs(owner.page, server.url, server.world.staff.owner.email);
    await expect.poll(() => owner.page.url(), { timeout: 15_000 }).toContain("/w/acme");
    await owner.page.goto(`${server.url}/w/acme/pipeline`);
    await column(owner.page, "Applicant").getByRole("link", { name: candidate }).waitFor();
    await expectNoAxeViolations(owner.page, "board with the new applicant");
    await moveOnBoard(owner.page, server.url, "Screening", "Clear answers and a fitting client base");
    await moveOnBoard(owner.page, server.url, "Interviewing", "Screening call went well");

    // The owner schedules the functional fit interview with two interviewers.
    await column(owner.page, "Interviewing").getByRole("link", { name: candidate }).click();
    await owner.page.getByRole("heading", { name: candidate, level: 1 }).waitFor();
    await owner.page.getByRole("tab", { name: "Interviews" }).click();
    await owner.page.getByRole("button", { name: "Schedule an interview" }).click();
    const schedule = owner.page.getByRole("dialog", { name: "Schedule an interview" });
    await schedule.getByRole("combobox", { name: /^Stage/ }).waitFor();
    await schedule.getByLabel(/^Date/).fill("2026-12-02");
    await schedule.getByLabel(/^Start time/).fill("14:00");
    await schedule.getByRole("textbox", { name: /^Place or video link/ }).fill("https://meet.example/brightwave");
    await schedule.getByLabel(/^Interviewers/).click();
    await owner.page.getByRole("option", { name: "Ann Admin" }).click();
    await owner.page.getByRole("option", { name: "Ivo Interviewer" }).click();
    await owner.page.keyboard.press("Escape");
    await schedule.getByRole("button", { name: "Schedule", exact: true }).click();
    await owner.page.getByText("Interview scheduled; the panel was notified and the candidate was invited.").waitFor();
    expect((await server.lastEmailTo("dana@brightwave.example")).text).toContain("https://meet.example/brightwave");

    // The first interviewer submits; the second sees that, but not the scores, until submitting too.
    const first = await newPage(browser);
    await signInAs(first.page, server.url, server.world.staff.admin.email);
    await expect.poll(() => first.page.url(), { timeout: 15_000 }).toContain("/w/acme");
    await openInterview(first.page, server.url, candidate);
    await first.page.getByText("We have looked after the same clients for ten years.").waitFor();
    await fillScorecard(first.page, "4", firstEvidence, "Yes");
    await first.page.getByRole("button", { name: "Submit scorecard" }).click();
    await first.page.getByText("Scorecard submitted.").waitFor();

    const second = await newPage(browser);
    await signInAs(second.page, server.url, server.world.staff.interviewer.email);
    await expect.poll(() => second.page.url(), { timeout: 15_000 }).toContain("/w/acme/interviews");
    await openInterview(second.page, server.url, candidate);
    await second.page.getByText("Other interviewers' scores stay hidden until you submit your own").waitFor();
    expect(await second.page.locator("body").innerText()).not.toContain(firstEvidence);
    await fillScorecard(second.page, "5", "Knows the enterprise buyers", "Strong yes");
    await second.page.getByRole("button", { name: "Submit scorecard" }).click();
    await second.page.getByText("Scorecard submitted.").waitFor();
    await second.page.getByText(`${firstEvidence} (Capability)`).waitFor();

    // The owner reads the summary, sends the decision and moves the partner to contracting.
    await owner.page.reload();
    await owner.page.getByText("Every interviewer has submitted.").waitFor();
    await owner.page.getByText("Overall weighted score: 4.5").waitFor();
    await owner.page.getByRole("button", { name: "Record the decision" }).click();
    const decide = owner.page.getByRole("dialog", { name: `Decide on ${candidate}` });
    await decide.getByText("Yes: we want to partner").click();
    await decide.getByRole("textbox", { name: /^Reason/ }).fill("Both interviewers saw a strong enterprise fit");
    await decide.getByRole("button", { name: "Record decision" }).click();
    await owner.page.getByText("Decision recorded and sent to the candidate.").waitFor();
    expect((await server.lastEmailTo("dana@brightwave.example")).text).toContain("Both interviewers saw a strong enterprise fit");
    await owner.page.getByRole("button", { name: "Move to Contracting" }).click();
    await owner.page.getByText("The partner moved to Contracting.").waitFor();

    // Into onboarding: the journey of its track starts and its contact is welcomed.
    await moveOnBoard(owner.page, server.url, "Onboarding", "Contract signed");
    await owner.page.getByText("Its onboarding journey has started.").waitFor();
    expect((await server.lastEmailTo("dana@brightwave.example")).subject).toBe("Your onboarding with Acme Cloud starts now");
    await column(owner.page, "Onboarding").getByRole("link", { name: candidate }).click();
    await owner.page.getByRole("heading", { name: candidate, level: 1 }).waitFor();
    await owner.page.getByRole("tab", { name: /Journey/ }).click();
    // With a journey running, the tab opens it rather than offering to start one.
    await owner.page.getByRole("link", { name: "Open the journey" }).click();
    await owner.page.getByRole("heading", { name: `Journey of ${candidate}`, level: 1 }).waitFor();
    expect(await owner.page.getByText("No journey yet").count()).toBe(0);
    await expectNoAxeViolations(owner.page, "the new partner's journey");
    for (const session of [owner, first, second]) await session.context.close();
  }, 240_000);
});
