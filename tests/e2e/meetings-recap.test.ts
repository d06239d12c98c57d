import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepAllDue } from "../../src/server/jobs/sweep-timers";
import { insertJourneyRows } from "../factories/journey-rows";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

/*
 * The story (R-F1): the partner's manager schedules the alignment meeting with the
 * partner's admin; the partner downloads the invitation; the manager records notes with an action
 * item the partner owns; 24 hours after the meeting the recap reminder rings the manager's bell;
 * the partner finds the action item on its journey in the portal.
 */

const pad = (n: number) => String(n).padStart(2, "0");
/** The browser runs in UTC like the server here, so inputs are filled in UTC. */
const dateInput = (at: Date) => `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
const timeInput = (at: Date) => `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
const icsTime = (at: Date) => at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

describe("meetings with a partner", () => {
  it("schedules the alignment meeting, hands out the invitation, records an action item and reminds about the recap", async () => {
    const { server, browser } = running;
    const partnerId = server.world.partners.a;
    await insertJourneyRows(server.ctx, {
      workspaceId: server.world.acme.id,
      partnerId,
      hostUserId: server.world.staff.manager.id,
      partnerUserId: server.world.partnerUsers.aAdmin.id,
      startedAt: server.clock.now(),
      template: {
        name: "Trust first",
        description: "The first weeks together.",
        phases: [{ key: "week_one", name: "Week one", steps: [{ key: "profile", title: "Tell us about your team", kind: "task", owner: "partner:admin", due: { after: "start", days: 5 } }] }],
      },
    });
    // The meeting began an hour ago (rounded to the minute), so it can be recorded right away.
    const startsAt = new Date(Math.floor((server.clock.now().getTime() - 3_600_000) / 60_000) * 60_000);
    const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
    const due = new Date(startsAt.getTime() + 4 * 24 * 3_600_000);

    // The manager schedules it from the partner's Meetings tab.
    const staff = await newPage(browser);
    const page = staff.page;
    page.setDefaultTimeout(15_000);
    await signInAs(page, server.url, server.world.staff.manager.email);
    await expect.poll(() => page.url()).toContain("/w/acme/");
    await page.goto(`${server.url}/w/acme/partners/${partnerId}?tab=meetings`);
    await page.getByRole("heading", { name: "Meetings", level: 2 }).waitFor();
    await page.getByText("No meeting is planned. Schedule one to agree on the next steps together.").waitFor();
    await expectNoAxeViolations(page, "partner meetings tab, empty");

    await page.getByRole("button", { name: "Schedule meeting" }).click();
    const dialog = page.getByRole("dialog", { name: "Schedule a meeting" });
    await dialog.getByText("Understand what each side wants from the partnership").waitFor();
    expect(await dialog.getByRole("textbox", { name: "Agenda" }).inputValue()).toContain("Top objectives");
    await dialog.getByRole("textbox", { name: /^Title/ }).fill("Alignment conversation");
    await dialog.getByLabel(/^Date/).fill(dateInput(startsAt));
    await dialog.getByLabel(/^Start time/).fill(timeInput(startsAt));
    await dialog.getByRole("textbox", { name: /^Place or video link/ }).fill("Video call");
    await dialog.getByLabel(/^Attendees/).click();
    await page.getByRole("option", { name: "Alice Alpha" }).click();
    await page.keyboard.press("Escape");
    await expectNoAxeViolations(page, "schedule meeting dialog");
    await dialog.getByRole("button", { name: "Schedule and invite" }).click();
    await dialog.waitFor({ state: "detached" });

    // The meeting opens beside the list.
    const drawer = page.getByRole("dialog", { name: "Meeting" });
    await drawer.getByRole("heading", { name: "Alignment conversation", level: 2 }).waitFor();
    await expect.poll(() => page.url()).toContain("meeting=");
    const meetingId = new URL(page.url()).searchParams.get("meeting") ?? "";
    await expectNoAxeViolations(page, "meeting drawer, scheduled");

    // The partner's admin downloads the invitation from the portal.
    const partner = await newPage(browser);
    const portal = partner.page;
    portal.setDefaultTimeout(15_000);
    await signInAs(portal, server.url, server.world.partnerUsers.aAdmin.email);
    await expect.poll(() => portal.url()).toContain("/w/acme/portal");
    await portal.goto(`${server.url}/w/acme/portal/meetings`);
    await portal.getByRole("heading", { name: "Meetings", level: 1 }).waitFor();
    await portal.getByRole("button", { name: "Open Alignment conversation" }).click();
    const portalDrawer = portal.getByRole("dialog", { name: "Meeting" });
    await portalDrawer.getByRole("heading", { name: "Alignment conversation" }).waitFor();
    expect(await portalDrawer.getByLabel("Internal notes").count()).toBe(0);
    await expectNoAxeViolations(portal, "portal meeting drawer");
    const [download] = await Promise.all([portal.waitForEvent("download"), portalDrawer.getByRole("link", { name: "Download invitation (.ics)" }).click()]);
    const ics = await readFile(await download.path(), "utf8");
    expect(ics).toMatch(/^SUMMARY:Alignment conversation\r$/m);
    expect(ics).toMatch(new RegExp(`^DTSTART:${icsTime(startsAt)}\\r$`, "m"));
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
    expect(event?.getAllProperties("attendee").map((p) => String(p.getFirstValue()).toLowerCase())).toEqual(["mailto:alice@alpha.test"]);
    expect(ics).toContain("Top objectives");

    // The manager records the notes with an action item the partner's admin owns.
    await drawer.getByRole("textbox", { name: /^Notes/ }).fill("Both sides want faster lead hand-offs.");
    await drawer.getByRole("textbox", { name: /^Internal notes/ }).fill("Budget is tight this quarter.");
    await drawer.getByRole("textbox", { name: /^Decisions/ }).fill("Weekly check-ins on Tuesdays");
    await drawer.getByRole("button", { name: "Add action item" }).click();
    const item = drawer.getByRole("group", { name: "Action item 1" });
    await item.getByRole("textbox", { name: /^What needs doing/ }).fill("Send the reseller contact list");
    await item.getByRole("combobox", { name: /^Owner/ }).click();
    await page.getByRole("option", { name: "Alice Alpha" }).click();
    await item.getByLabel(/^Due/).fill(dateInput(due));
    await drawer.getByRole("button", { name: "Mark held & save" }).click();
    await page.getByText("Meeting recorded. Action items are on the journey.").waitFor();
    await drawer.getByText(/The recap is due by/).waitFor();
    await expectNoAxeViolations(page, "meeting drawer, recorded");

    // A day after the meeting ends, the recap reminder rings the manager's bell.
    server.clock.set(new Date(endsAt.getTime() + 24 * 3_600_000 + 60_000));
    await sweepAllDue(server.ctx);
    await page.goto(`${server.url}/w/acme/partners/${partnerId}?tab=meetings&meeting=${meetingId}`);
    await page.getByRole("dialog", { name: "Meeting" }).getByText(/The recap was due by/).waitFor();
    await page.keyboard.press("Escape");
    const bell = page.getByRole("button", { name: /^Notifications, \d+ unread$/ });
    await bell.click();
    const notices = page.getByRole("dialog", { name: "Notifications" });
    await notices.getByText("Recap due: Alignment conversation").waitFor();
    await expectNoAxeViolations(page, "bell with the recap reminder");
    await staff.context.close();

    // The partner finds its action item on the journey in the portal.
    await portal.goto(`${server.url}/w/acme/portal/journey`);
    await portal.getByText("Send the reseller contact list").first().waitFor();
    await expectNoAxeViolations(portal, "portal journey with the action item");
    await partner.context.close();
  });
});
