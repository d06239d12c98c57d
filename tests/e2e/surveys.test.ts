import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffRole } from "../../src/domain/access/roles";
import type { Caller } from "../../src/server/plugins/route-kit";
import { answerSurvey } from "../../src/server/modules/surveys/answer";
import { createSurvey } from "../../src/server/modules/surveys/service";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

/*
 * Anonymous surveys (R-F7) in the browser: a manager opens a staff survey with a question builder
 * and answers it after reading the promise of anonymity; results stay hidden until five people
 * answered, then show as bars with figures; a partner user answers a survey in the portal; the
 * manager closes the staff survey.
 */

function staffCaller(userId: string, role: StaffRole): Caller {
  const { world } = running.server;
  return { actor: { kind: "staff", userId, workspaceId: world.acme.id, role }, workspace: { id: world.acme.id, slug: "acme", name: "Acme Cloud" }, audit: { userId, label: userId }, name: "Staff" };
}

async function answerInPage(page: Page, answers: Record<string, string>) {
  for (const [question, value] of Object.entries(answers)) {
    await page.getByRole("radiogroup", { name: question }).getByRole("radio", { name: value, exact: true }).check();
  }
  await page.getByRole("button", { name: "Send my answers" }).click();
  await page.getByText("You have answered this survey. Thank you.").waitFor();
}

describe("anonymous surveys", () => {
  it("opens a survey, answers it anonymously, shows results only from five answers, and closes it", async () => {
    const { server, browser } = running;
    const { staff } = server.world;
    const { page } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInAs(page, server.url, staff.manager.email);
    await expect.poll(() => page.url()).toContain("/w/acme/");

    await page.goto(`${server.url}/w/acme/surveys`);
    await page.getByText("No survey is waiting for your answer.", { exact: false }).waitFor();
    await expectNoAxeViolations(page, "surveys page, empty");

    // The question builder: a rating and a choice.
    await page.getByRole("button", { name: "New survey" }).click();
    await page.getByRole("textbox", { name: /^Title/ }).fill("Team pulse");
    await page.getByRole("textbox", { name: /^Question 1: wording/ }).fill("How manageable is your workload?");
    await page.getByRole("button", { name: "Add a question" }).click();
    await page.getByRole("textbox", { name: /^Question 2: wording/ }).fill("Which part takes the most effort?");
    await page.getByRole("radiogroup", { name: "Question 2: kind" }).getByText("Choice").click();
    await page.getByRole("textbox", { name: /^Question 2: options/ }).fill("Onboarding\nEscalations\nReporting");
    await expectNoAxeViolations(page, "new survey dialog");
    await page.getByRole("button", { name: "Open survey" }).click();

    // The survey page: the promise, the answer form, and results hidden.
    await page.getByRole("heading", { name: "Team pulse", level: 1 }).waitFor();
    await page.getByText("Your answers are anonymous").waitFor();
    await page.getByText("Not enough answers yet (0 of 5)", { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, "survey page with answer form");
    await answerInPage(page, { "How manageable is your workload?": "7", "Which part takes the most effort?": "Onboarding" });
    await page.getByText("1 waiting for a batch of five", { exact: false }).waitFor();

    // Three more colleagues answer: still hidden. The fifth releases the batch.
    const surveyId = page.url().split("/").pop() ?? "";
    const others: [string, StaffRole, number, string][] = [
      [staff.owner.id, "owner", 5, "Reporting"],
      [staff.admin.id, "admin", 6, "Onboarding"],
      [staff.otherManager.id, "partner_manager", 8, "Escalations"],
    ];
    for (const [userId, role, rating, choice] of others) await answerSurvey(server.ctx, staffCaller(userId, role), surveyId, { answers: { q1: rating, q2: choice } });
    await page.reload();
    await page.getByText("4 people answered").waitFor();
    await page.getByText("Not enough answers yet (0 of 5)", { exact: false }).first().waitFor();
    await answerSurvey(server.ctx, staffCaller(staff.viewer.id, "viewer"), surveyId, { answers: { q1: 9, q2: "Onboarding" } });
    await page.reload();
    await page.getByText("5 people answered").waitFor();
    await page.getByText("5 answers · Average 7").waitFor();
    const onboarding = page.getByRole("table", { name: "Answers to “Which part takes the most effort?”" }).getByRole("row", { name: /Onboarding/ });
    expect(await onboarding.innerText()).toContain("3 (60%)");
    await expectNoAxeViolations(page, "survey results");

    // Closing asks first.
    await page.getByRole("button", { name: "Close survey" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Close survey" }).click();
    await page.getByText("Survey closed.").waitFor();
    await page.getByText("Closed", { exact: true }).first().waitFor();
    await page.goto(`${server.url}/w/acme/surveys`);
    await page.getByRole("link", { name: "Team pulse" }).waitFor();
  });

  it("lets a partner user answer a survey in the portal", async () => {
    const { server, browser } = running;
    const survey = await createSurvey(server.ctx, staffCaller(server.world.staff.manager.id, "partner_manager"), {
      title: "Working with Acme",
      intro: "Tell us how onboarding feels.",
      audience: "partners",
      questions: [{ key: "trust", kind: "rating", min: 1, max: 5, text: "How much do you trust our team?" }],
    });
    const { page } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInAs(page, server.url, server.world.partnerUsers.aAdmin.email);
    await expect.poll(() => page.url()).toContain("/w/acme/portal");
    await page.goto(`${server.url}/w/acme/portal/surveys`);
    await page.getByText("Waiting for your answer").waitFor();
    await expectNoAxeViolations(page, "portal surveys");
    await page.getByRole("link", { name: "Answer “Working with Acme”" }).click();
    await expect.poll(() => page.url()).toContain(`/w/acme/portal/surveys/${survey.id}`);
    await page.getByText("Your answers are anonymous").waitFor();
    await expectNoAxeViolations(page, "portal survey answer form");
    await answerInPage(page, { "How much do you trust our team?": "4" });
    await page.getByRole("link", { name: "All surveys" }).click();
    await page.getByText("Answered", { exact: true }).waitFor();
  });
});
