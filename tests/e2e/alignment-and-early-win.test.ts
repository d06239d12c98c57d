import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

/*
 * The alignment moment and the early win (issue 6, R-F2 … R-F4) from both sides: staff and the
 * partner answer the preferences survey, keep the alignment record together (a stale edit shows
 * what the other side changed and keeps one's own words), and agree, check in on and finish an
 * early win that both teams hear of.
 */

async function pick(page: Page, label: RegExp, option: string) {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function answerSurvey(page: Page, frequency: string, channel: string) {
  await pick(page, /^Meeting frequency/, frequency);
  await pick(page, /^Learning style/, "Hands-on");
  await pick(page, /^Preferred channel/, channel);
  await page.getByRole("button", { name: "Save my answers" }).click();
  await page.getByText("Your answers are saved.").waitFor();
}

describe("alignment and the early win, on both sides", () => {
  it("answers the survey, keeps the record together through a conflict, and announces a finished early win", async () => {
    const { server, browser } = running;
    const partnerId = server.world.partners.a;

    const staff = await newPage(browser);
    const manager = staff.page;
    manager.setDefaultTimeout(15_000);
    await signInAs(manager, server.url, server.world.staff.manager.email);
    await expect.poll(() => manager.url()).toContain("/w/acme/");
    await manager.goto(`${server.url}/w/acme/partners/${partnerId}?tab=relationship`);
    await manager.getByRole("heading", { name: "Alignment record", level: 2 }).waitFor();
    await manager.getByText("Nobody has answered yet.", { exact: false }).waitFor();
    await manager.getByText("Discussion guide of the alignment conversation").waitFor();
    await expectNoAxeViolations(manager, "staff relationship tab");

    // The preferences survey, host side.
    await answerSurvey(manager, "Weekly", "Video call");
    await manager.getByText("Answered: 1 on the host side, 0 on the partner side.").waitFor();

    // The alignment record: the manager writes the objectives.
    await manager.getByRole("button", { name: "Edit the record" }).click();
    await manager.getByRole("textbox", { name: /^Top objectives/ }).fill("First deal in 60 days\nTwo certified consultants");
    await expectNoAxeViolations(manager, "alignment record form");
    await manager.getByRole("button", { name: "Save changes" }).click();
    await manager.getByText("Version 1, last changed by Max Manager.").waitFor();

    // The partner answers and edits in the portal.
    const portal = await newPage(browser);
    const partner = portal.page;
    partner.setDefaultTimeout(15_000);
    await signInAs(partner, server.url, server.world.partnerUsers.aAdmin.email);
    await expect.poll(() => partner.url()).toContain("/w/acme/portal");
    await partner.goto(`${server.url}/w/acme/portal/relationship`);
    await partner.getByText("First deal in 60 days", { exact: true }).waitFor();
    await answerSurvey(partner, "Every two weeks", "Video call");
    await partner.getByText("Answered: 1 on the host side, 1 on the partner side.").waitFor();
    expect(await partner.getByRole("group", { name: "Summary of both sides' answers" }).innerText()).toContain("Video call (host 1, partner 1)");
    await expectNoAxeViolations(partner, "portal relationship page");

    // The manager opens the form on version 1 while the partner saves version 2 first.
    await manager.getByRole("button", { name: "Edit the record" }).click();
    await partner.getByRole("button", { name: "Edit the record" }).click();
    await partner.getByRole("textbox", { name: /^Concerns/ }).fill("Slow answers on pricing");
    await partner.getByRole("button", { name: "Save changes" }).click();
    await partner.getByText("Version 2, last changed by Alice Alpha.").waitFor();

    await manager.getByRole("textbox", { name: /^What success looks like/ }).fill("Three joint customers live by summer");
    await manager.getByRole("button", { name: "Save changes" }).click();
    const conflict = manager.getByRole("alert").filter({ hasText: "Someone saved the record before you" });
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain("Alice Alpha (partner side) changed it in version 2");
    await expectNoAxeViolations(manager, "alignment conflict");
    await conflict.getByRole("button", { name: "Load the latest version" }).click();
    await expect.poll(() => manager.getByRole("textbox", { name: /^Concerns/ }).inputValue()).toBe("Slow answers on pricing");
    expect(await manager.getByRole("textbox", { name: /^What success looks like/ }).inputValue()).toBe("Three joint customers live by summer");
    await manager.getByRole("button", { name: "Save changes" }).click();
    await manager.getByText("Version 3, last changed by Max Manager.").waitFor();
    await manager.getByText(/History \(3 changes\)/).click();
    await manager.getByText(/Version 2: Alice Alpha \(partner side\), .* changed Concerns from “\(empty\)” to “Slow answers on pricing”/).waitFor();

    // The early win: agreed by the manager with a lead on each side, due in two weeks.
    await manager.getByRole("button", { name: "Agree an early win" }).click();
    await manager.getByRole("textbox", { name: /^What will both sides achieve/ }).fill("First joint webinar");
    await manager.getByRole("textbox", { name: /^Success measure/ }).fill("40 registrations");
    await pick(manager, /^Lead on the host side/, "Max Manager");
    await pick(manager, /^Lead on the partner side/, "Alice Alpha");
    const inTwoWeeks = new Date(server.clock.now().getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
    await manager.getByLabel(/^Deadline date/).fill(inTwoWeeks);
    await expectNoAxeViolations(manager, "early win dialog");
    await manager.getByRole("button", { name: "Agree early win" }).click();
    const win = manager.getByRole("region", { name: "First joint webinar" });
    await win.getByText("Leads: Max Manager (host) and Alice Alpha (partner)").waitFor();

    await win.getByRole("button", { name: "Schedule weekly check-ins" }).click();
    await manager.getByRole("button", { name: "Schedule check-ins" }).click();
    await win.getByText(/^\d+ weekly check-ins?:$/).waitFor();

    await win.getByRole("button", { name: "Mark done" }).click();
    await manager.getByRole("textbox", { name: /^Outcome/ }).fill("52 registrations and three demos booked.");
    await manager.getByRole("button", { name: "Mark done and announce" }).click();
    await win.getByText("Done", { exact: true }).waitFor();
    // The toast fades out over the page; closing it first keeps axe judging the page, not the fade.
    const toast = manager.getByRole("alert").filter({ hasText: "Early win done; both teams were told." });
    await toast.getByRole("button", { name: "Close" }).click();
    await toast.waitFor({ state: "detached" });
    await win.getByText("Case study", { exact: true }).click();
    expect(await win.getByRole("textbox", { name: /^Case study/ }).inputValue()).toContain("# First joint webinar: Acme Cloud and Alpha Resellers");
    await expectNoAxeViolations(manager, "finished early win with case study");

    // The partner's team hears of it, and sees it done in the portal.
    const email = await server.lastEmailTo(server.world.partnerUsers.aMember.email);
    expect(email.subject).toContain("Early win done: First joint webinar");
    await partner.reload();
    await partner.getByRole("region", { name: "First joint webinar" }).getByText("Done on", { exact: false }).waitFor();
    await expect.poll(async () => (await partner.getByRole("link", { name: "Download the case study (.md)" }).count()) > 0).toBe(true);

    await staff.context.close();
    await portal.context.close();
  });
});
