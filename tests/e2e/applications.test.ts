import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationForms } from "../../src/server/db/schema";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { fillApplication, openAcmeProgram } from "./support/recruiting";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

describe("a prospect applies through the public form", () => {
  it("reads how partnering works, applies signed out, fixes a mistake, and staff sees the applicant", async () => {
    await openAcmeProgram(running.server);
    const { url } = running.server;
    const prospect = await newPage(running.browser);
    const page = prospect.page;

    // The public pages sit beside the signed-in workspace pages: those still want a sign-in.
    await page.goto(`${url}/w/acme/partners`);
    await expect.poll(() => page.url()).toContain("/sign-in");
    await page.goto(`${url}/w/acme/partnering/partner-program`);
    await page.getByRole("heading", { name: "Grow with Acme Cloud", level: 1 }).waitFor();
    expect(page.url()).toContain("/w/acme/partnering/partner-program");
    await page.getByText("Answer clients within one working day").waitFor();
    await expectNoAxeViolations(page, "partnering page");

    await page.getByRole("link", { name: "Apply to Partner program" }).click();
    await page.getByRole("heading", { name: "Apply to Partner program", level: 1 }).waitFor();
    expect(page.url()).toContain("/w/acme/apply/partner-program");
    await page.getByRole("link", { name: "How partnering with Acme Cloud works" }).waitFor();

    await fillApplication(page, { organisation: "Brightwave Consulting", website: "brightwave.example", name: "Dana Diaz", email: "dana@brightwave" });
    const email = page.getByRole("textbox", { name: /^Your email address/ });
    await expectNoAxeViolations(page, "application form");

    await page.getByRole("button", { name: "Send my application" }).click();
    await page.getByText("Enter an email address such as name@example.com").waitFor();
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    await page.getByText("Please correct the field marked below.").waitFor();
    await expectNoAxeViolations(page, "application form with an error");

    await email.fill("dana@brightwave.example");
    await page.getByRole("button", { name: "Send my application" }).click();
    await page.getByRole("heading", { name: "Thank you — your application has arrived" }).waitFor();
    await page.getByText("We have sent a confirmation to dana@brightwave.example.", { exact: false }).waitFor();
    await expectNoAxeViolations(page, "application received");
    const confirmation = await running.server.lastEmailTo("dana@brightwave.example");
    expect(confirmation.text).toContain("Dana");

    const staff = await newPage(running.browser);
    const desk = staff.page;
    await signInAs(desk, url, running.server.world.staff.owner.email);
    await expect.poll(() => desk.url()).toContain("/w/acme/partners");
    await desk.getByRole("link", { name: "Brightwave Consulting" }).click();
    await desk.getByRole("heading", { name: "Brightwave Consulting", level: 1 }).waitFor();
    await desk.getByRole("heading", { name: "Application" }).waitFor();
    await desk.getByText("We have looked after the same clients for ten years.").waitFor();
    await expectNoAxeViolations(desk, "partner page with its application");

    await desk.goto(`${url}/w/acme/programs`);
    await desk.getByRole("link", { name: "Recruiting for Partner program" }).click();
    await desk.getByRole("heading", { name: "Recruiting: Partner program", level: 1 }).waitFor();
    await desk.getByRole("textbox", { name: /^Question/ }).first().waitFor();
    await expectNoAxeViolations(desk, "recruiting page");

    // The editor: a new question, moved up one place by its button, saved.
    await desk.getByRole("button", { name: "Add question" }).click();
    await desk.getByRole("textbox", { name: /^Question/ }).nth(3).fill("Which regions do you cover?");
    await desk.getByRole("button", { name: "Move up: Which regions do you cover?" }).click();
    await desk.getByRole("button", { name: "Save" }).click();
    await desk.getByText("Saved.").waitFor();
    const [saved] = await running.server.ctx.db.select({ questions: applicationForms.questions }).from(applicationForms).where(eq(applicationForms.workspaceId, running.server.world.acme.id));
    expect(Array.isArray(saved?.questions) ? saved.questions.map((q: { label: string }) => q.label) : []).toEqual([
      "Why would our clients enjoy working with you?",
      "Which clients do you serve?",
      "Which regions do you cover?",
      "How many people work with you?",
    ]);

    await prospect.context.close();
    await staff.context.close();
  });
});
