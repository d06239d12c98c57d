import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import { chromiumArgs, findChromium } from "../tests/support/chromium";
import { demoAccounts, demoPassword } from "../src/server/db/seed/demo";

/*
 * `npx tsx scripts/screenshots.ts`: starts the demo on a throwaway embedded database and saves
 * the README's screenshots to docs/screenshots/ (needs a built web app and Chromium).
 */
const port = 3950;
const base = `http://127.0.0.1:${port}`;
const dataDir = ".tmp/screenshots-data";

async function waitForReady() {
  for (let i = 0; i < 360; i++) {
    const ready = await fetch(`${base}/api/ready`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the demo server did not become ready");
}

async function signIn(page: Page, email: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByRole("textbox", { name: /^Email/ }).fill(email);
  await page.getByLabel(/^Password/).fill(demoPassword);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/w\/demo/);
}

async function shoot(page: Page, path: string, file: string, waitFor: string) {
  await page.goto(`${base}${path}`);
  await page.getByText(waitFor).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `docs/screenshots/${file}` });
  console.log(`saved docs/screenshots/${file}`);
}

async function main() {
  rmSync(dataDir, { recursive: true, force: true });
  const server = spawn("npx", ["tsx", "src/server/main.ts"], { env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO: "1", LOG_LEVEL: "warn", PUBLIC_URL: base }, stdio: "inherit", detached: true });
  try {
    await waitForReady();
    const executablePath = findChromium();
    if (!executablePath) throw new Error("screenshots need Chromium");
    const browser = await chromium.launch({ executablePath, args: chromiumArgs });
    const staff = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await signIn(staff, demoAccounts.manager.email);
    const brightpath = await staff.evaluate(async () => {
      const list = (await (await fetch("/api/w/demo/partners?q=brightpath")).json()) as { items: { id: string }[] };
      return list.items[0]?.id ?? "";
    });
    await shoot(staff, `/w/demo/partners/${brightpath}/journey`, "journey.png", "Reseller onboarding");
    await shoot(staff, "/w/demo/work", "my-work.png", "My work");
    await shoot(staff, "/w/demo/journeys", "cohort.png", "Journeys");
    // Meetings, trust and relationship health (issue 6).
    await shoot(staff, `/w/demo/partners/${brightpath}?tab=relationship`, "relationship.png", "Readiness of the trust moments");
    await shoot(staff, `/w/demo/partners/${brightpath}?tab=meetings`, "meetings.png", "Alignment conversation");
    await shoot(staff, "/w/demo/health", "health-portfolio.png", "Harborstone Services");
    const admin = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await signIn(admin, demoAccounts.owner.email);
    await shoot(admin, "/w/demo/templates", "templates.png", "Reseller onboarding");
    // Recruitment and vetting (issue 5): the board, a candidate's interviews and decision summary, calibration.
    await shoot(admin, "/w/demo/pipeline", "pipeline.png", "Applicant");
    const deciding = await admin.evaluate(async () => {
      const board = (await (await fetch("/api/w/demo/pipeline/board")).json()) as { columns: { stage: string; cards: { id: string }[] }[] };
      return board.columns.find((column) => column.stage === "decision")?.cards[0]?.id ?? "";
    });
    await shoot(admin, `/w/demo/partners/${deciding}?tab=interviews`, "decision-summary.png", "Overall weighted score");
    await shoot(admin, "/w/demo/calibration", "calibration.png", "Difference from the panel");
    const pulse = await admin.evaluate(async () => {
      const list = (await (await fetch("/api/w/demo/surveys")).json()) as { id: string; title: string }[];
      return list.find((survey) => survey.title === "Partner programme pulse")?.id ?? "";
    });
    await shoot(admin, `/w/demo/surveys/${pulse}`, "survey-results.png", "Results");
    const prospect = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await shoot(prospect, "/w/demo/apply/partner-program", "application-form.png", "Which clients do you serve today?");
    const portal = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await signIn(portal, demoAccounts.partnerAdmin.email);
    await shoot(portal, "/w/demo/portal", "partner-portal.png", "What's next");
    await shoot(portal, "/w/demo/portal/relationship", "portal-relationship.png", "Alignment record");
    await browser.close();
  } finally {
    // npx starts tsx, which starts node: end the whole process group, not only npx.
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
