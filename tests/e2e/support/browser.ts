import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { chromiumArgs, findChromium } from "../../support/chromium";
import { testPassword } from "../../support/test-app";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("browser tests need Chromium (see README)");
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** A fresh context per person, so cookies never mix. axe needs pages from a context. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the real sign-in page, as a person would. */
export async function signInAs(page: Page, baseUrl: string, email: string, password = testPassword) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole("textbox", { name: /^Email/ }).fill(email);
  // Mantine marks required fields with " *" in the label; "Show password" is the toggle.
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Fails the test with the rule ids and targets of every axe violation on the page. */
export async function expectNoAxeViolations(page: Page, where: string) {
  // A drawer or modal still fading in blends its colours with the overlay, and axe would judge
  // the contrast of a frame no one reads: let running transitions finish first (endless ones,
  // such as a loader's spin, never finish and are not waited for).
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity), undefined, { timeout: 5_000 });
  const result = await new AxeBuilder({ page }).analyze();
  const violations = result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join(" | ")}`);
  expect(violations, `axe violations on ${where}`).toEqual([]);
}
