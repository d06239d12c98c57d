import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

/*
 * The partner's side of a journey (issue 4, R-G1): "what's next" first, then the journey with its
 * shared steps only, and the work on each kind a partner does — a task, a form, an upload, a
 * document to acknowledge, a meeting to schedule. Seeded through the API as a person would: a
 * template published by the owner, the journey started by the partner's manager.
 */
const templateYaml = `
name: Portal onboarding
description: The partner's first week, for the browser test.
phases:
  - key: first_week
    name: First week
    steps:
      - key: intro_call_prep
        title: Tell us who joins the intro call
        kind: task
        owner: partner:admin
        due: { after: start, days: 3 }
      - key: company_profile
        title: Company profile
        kind: form
        owner: partner:admin
        due: { after: start, days: 5 }
        fields:
          - { key: sellers, label: People selling, type: number, required: true, help: Full-time equivalents }
          - { key: region, label: Main region, type: choice, choices: [EMEA, Americas, APAC], required: true }
          - { key: has_crm, label: You use a CRM, type: boolean }
      - key: trade_register
        title: Trade register extract
        kind: upload_request
        owner: partner:admin
        due: { after: start, days: 5 }
        accept: [application/pdf, .pdf]
        maxSizeMb: 5
      - key: code_of_conduct
        title: Partner code of conduct
        kind: document_acknowledgement
        owner: partner:admin
        due: { after: start, days: 7 }
        signatureRequired: true
        body: |
          # Code of conduct

          We sell **honestly**, protect customer data and disclose conflicts.

          <script>window.pwned = true</script>
      - key: intro_call
        title: Intro call
        kind: meeting
        owner: partner:admin
        due: { after: start, days: 6 }
        meetingType: kickoff
        durationMinutes: 30
        agenda: [Introductions, Your first ninety days]
      - key: welcome_pack
        title: Send the welcome pack
        kind: task
        owner: host:manager
        due: { after: start, days: 4 }
      - key: credit_check
        title: Internal credit check
        kind: task
        owner: host:manager
        visibility: internal
        due: { after: start, days: 2 }
`;

async function fetchJson(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; text: string }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, { method, headers: body === undefined ? {} : { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      const json: unknown = text.startsWith("{") || text.startsWith("[") ? JSON.parse(text) : null;
      return { status: response.status, json, text };
    },
    { method, path, body },
  );
}

function idOf(value: unknown): string {
  if (typeof value === "object" && value !== null && "id" in value && typeof value.id === "string") return value.id;
  throw new Error(`no id in ${JSON.stringify(value)}`);
}

async function openStep(page: Page, title: string) {
  await page.getByRole("button", { name: `Open step ${title}` }).click();
}

describe("a partner works on its onboarding journey in the portal", () => {
  it("sees what's next, then completes a task, a form, an upload, a document acknowledgement and a meeting", async () => {
    const { server, browser } = running;
    const partnerId = server.world.partners.a;

    // The owner publishes the template; the partner's manager starts the journey.
    const owner = await newPage(browser);
    await signInAs(owner.page, server.url, server.world.staff.owner.email);
    await expect.poll(() => owner.page.url()).toContain("/w/acme/");
    const template = await fetchJson(owner.page, "POST", "/api/w/acme/templates", { key: "portal-onboarding", yaml: templateYaml });
    expect(template.status, template.text).toBe(201);
    const started = await fetchJson(owner.page, "POST", `/api/w/acme/partners/${partnerId}/journeys`, { templateId: idOf(template.json) });
    expect(started.status, started.text).toBe(201);
    await owner.context.close();

    const { context, page } = await newPage(browser);
    // A missing element fails within seconds, naming it, instead of running into the test's timeout.
    page.setDefaultTimeout(15_000);
    await signInAs(page, server.url, server.world.partnerUsers.aAdmin.email);
    await expect.poll(() => page.url()).toContain("/w/acme/portal");

    // What's next comes first: the partner's own steps, and what the host is working on.
    const whatsNext = page.getByRole("heading", { name: "What's next", level: 2 });
    await whatsNext.waitFor();
    await page.getByRole("link", { name: "Company profile" }).waitFor();
    await page.getByText("Send the welcome pack").waitFor();
    expect(await page.locator("main").innerText()).not.toContain("Internal credit check");
    const headings = await page.locator("main h2").allInnerTexts();
    expect(headings[0]).toBe("What's next");
    await expectNoAxeViolations(page, "portal front page with what's next");

    await page.getByRole("link", { name: "See the whole journey" }).click();
    await page.getByRole("heading", { name: "Your onboarding journey", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "First week", level: 2 }).waitFor();
    const journeyText = await page.locator("main").innerText();
    expect(journeyText).toContain("Max Manager at Acme Cloud");
    expect(journeyText).not.toContain("Internal credit check");
    await expectNoAxeViolations(page, "portal journey page");

    // A task.
    await openStep(page, "Tell us who joins the intro call");
    await page.getByRole("textbox", { name: /^Note/ }).fill("Alice and Bo will join.");
    await expectNoAxeViolations(page, "task step");
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.getByText("Nothing more to do here: this step is done.").waitFor();
    await page.getByText("Alice and Bo will join.").waitFor();

    // A form: a missing required answer is named on its field, then the answers go through.
    await openStep(page, "Company profile");
    await page.getByRole("button", { name: "Submit answers" }).click();
    await page.getByText("Please fill this in").first().waitFor();
    await page.getByRole("textbox", { name: /^People selling/ }).fill("12");
    await page.getByRole("radio", { name: "EMEA" }).check();
    await page.getByRole("radio", { name: "Yes" }).check();
    await expectNoAxeViolations(page, "form step");
    await page.getByRole("button", { name: "Submit answers" }).click();
    await page.getByRole("table", { name: "Answers" }).waitFor();
    const answers = await page.getByRole("table", { name: "Answers" }).innerText();
    expect(answers).toContain("12");
    expect(answers).toContain("EMEA");

    // An upload: a wrong type is refused in place, a PDF goes up with a progress bar, then the step is done.
    await openStep(page, "Trade register extract");
    await page.getByText("Accepted types: application/pdf, .pdf.", { exact: false }).waitFor();
    const fileInput = page.locator(`#step-panel-${await stepIdOf(page, "Trade register extract")} input[type=file]`);
    await fileInput.setInputFiles({ name: "virus.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") });
    await page.getByText("virus.exe is not one of the accepted types").waitFor();
    await fileInput.setInputFiles({ name: "trade-register.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% trade register\n") });
    const progress = page.getByRole("progressbar", { name: /trade-register\.pdf/ });
    await progress.waitFor();
    await expect.poll(() => progress.getAttribute("aria-valuenow")).toBe("100");
    await page.getByRole("link", { name: "trade-register.pdf" }).waitFor();
    await expectNoAxeViolations(page, "upload step");
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.locator(`#step-panel-${await stepIdOf(page, "Trade register extract")}`).getByText("Nothing more to do here: this step is done.").waitFor();

    // A document: the markdown is shown (its script as text, never run), acknowledged with a typed name.
    await openStep(page, "Partner code of conduct");
    const documentRegion = page.getByRole("region", { name: "Document" });
    await documentRegion.getByRole("heading", { name: "Code of conduct" }).waitFor();
    expect(await documentRegion.locator("strong").innerText()).toBe("honestly");
    expect(await page.evaluate(() => "pwned" in window)).toBe(false);
    await page.getByRole("checkbox", { name: "I have read and acknowledge this document" }).check();
    await page.getByRole("textbox", { name: /^Your full name/ }).fill("Alice Alpha");
    await expectNoAxeViolations(page, "document acknowledgement step");
    await page.getByRole("button", { name: "Acknowledge" }).click();
    await page.getByText(/Acknowledged by Alice Alpha on .* · Signed as “Alice Alpha”/).waitFor();

    // A meeting: scheduled with someone of the host, offered as a calendar file, then marked held.
    await openStep(page, "Intro call");
    await page.getByText("Your first ninety days").waitFor();
    await page.getByLabel(/^Date and time/).fill("2026-12-01T10:00");
    await page.getByRole("checkbox", { name: "Max Manager (Acme Cloud)" }).check();
    await page.getByRole("textbox", { name: "Location or video link" }).fill("Video call");
    await page.getByRole("button", { name: "Schedule meeting" }).click();
    const calendarLink = page.getByRole("link", { name: "Add to calendar (.ics)" });
    await calendarLink.waitFor();
    await expectNoAxeViolations(page, "meeting step");
    const ics = await page.evaluate(async (href) => (await fetch(href)).text(), (await calendarLink.getAttribute("href")) ?? "");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("SUMMARY:Intro call");
    await page.getByRole("textbox", { name: /^Meeting notes/ }).fill("Agreed on weekly calls.");
    await page.getByRole("button", { name: "Mark as held" }).click();
    await page.getByText("Agreed on weekly calls.").waitFor();

    // Back on the front page, nothing of the partner's waits any more; progress moved.
    await page.getByRole("link", { name: "Acme Cloud" }).first().click();
    await page.getByText("Nothing waits for you right now.").waitFor();
    // The partner's count covers the steps it can see: the host's internal check is not in it.
    await page.getByText(/5 of 6 steps done/).waitFor();
    await expectNoAxeViolations(page, "portal front page after the work");
    await context.close();
  }, 300_000);
});

/** The id of a step card on the journey page, read from its anchor. */
async function stepIdOf(page: Page, title: string): Promise<string> {
  const card = page.locator("[id^=step-]").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
  const id = await card.first().getAttribute("id");
  if (!id) throw new Error(`no step card for ${title}`);
  return id.replace(/^step-/, "");
}
