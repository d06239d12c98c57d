import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journeyTemplates, journeyTemplateVersions } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { insertPartnerMeeting } from "../../src/server/modules/meetings/insert";
import { insertJourneyRows } from "../factories/journey-rows";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

/* R-H2 and R-F10 in the browser: a partner user subscribes to their calendar; a manager records a retro insight. */

const running = useServerAndBrowser({ beforeAll, afterAll });
let templateId = "";

beforeAll(async () => {
  const { ctx, world, clock } = running.server;
  const rows = await insertJourneyRows(ctx, {
    workspaceId: world.acme.id,
    partnerId: world.partners.a,
    hostUserId: world.staff.manager.id,
    partnerUserId: world.partnerUsers.aAdmin.id,
    startedAt: clock.now(),
    template: { name: "Alpha onboarding", description: "The journey Alpha went through.", phases: [{ key: "start", name: "Start", steps: [{ key: "kickoff", title: "Kickoff", kind: "task", owner: "host:manager", due: { after: "start", days: 3 } }] }] },
  });
  templateId = rows.templateId;
  await ctx.db.transaction((tx) =>
    insertPartnerMeeting(tx, {
      workspaceId: world.acme.id,
      partnerId: world.partners.a,
      kind: "alignment",
      title: "Alignment with Alpha",
      startsAt: new Date(clock.now().getTime() + 3 * 86_400_000),
      durationMinutes: 60,
      location: "Video call",
      agenda: ["Top objectives", "Definition of success"],
      organizerUserId: world.staff.manager.id,
      attendeeUserIds: [world.staff.manager.id, world.partnerUsers.aAdmin.id],
      createdBy: world.staff.manager.id,
      now: clock.now(),
    }),
  );
});

async function fetchFeed(url: string) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
}

describe("the calendar feed", () => {
  it("lets a partner user turn it on from the user menu, subscribe, and replace the address", async () => {
    const { page, context } = await newPage(running.browser);
    await signInAs(page, running.server.url, running.server.world.partnerUsers.aAdmin.email);
    await page.getByRole("button", { name: "Account menu for Alice Alpha" }).click();
    await page.getByRole("menuitem", { name: "Calendar feed" }).click();
    await page.getByRole("heading", { name: "Calendar feed", level: 1 }).waitFor();
    expect(page.url()).toContain("/w/acme/portal/calendar");
    await page.getByText("Your feed is off.", { exact: false }).waitFor();
    await expectNoAxeViolations(page, "calendar feed page (off)");

    await page.getByRole("button", { name: "Turn on calendar feed" }).click();
    const shown = page.getByTestId("calendar-feed-url");
    await shown.waitFor();
    const first = (await shown.innerText()).trim();
    expect(first).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await page.getByRole("button", { name: "Copy address" }).waitFor();
    await expectNoAxeViolations(page, "calendar feed page (address shown)");

    const feed = await fetchFeed(first);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain("text/calendar");
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.summary)).toEqual(["Alignment with Alpha (Alpha Resellers)"]);
    expect(events[0]?.description).toContain("- Top objectives");

    // A new address: confirmed first, then the old one stops working.
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("button", { name: "Get a new address" }).click();
    const dialog = page.getByRole("dialog", { name: "Get a new feed address?" });
    await dialog.waitFor();
    await expectNoAxeViolations(page, "regenerate confirmation");
    await dialog.getByRole("button", { name: "Get a new address" }).click();
    await page.getByTestId("calendar-feed-url").waitFor();
    const second = (await page.getByTestId("calendar-feed-url").innerText()).trim();
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    await context.close();
  });
});

describe("retrospective insights", () => {
  it("lets a manager record an insight on a version and shows it answered on the next one", async () => {
    const { ctx, world, clock } = running.server;
    const { page, context } = await newPage(running.browser);
    await signInAs(page, running.server.url, world.staff.manager.email);
    await page.getByRole("navigation").waitFor();
    await page.goto(`${running.server.url}/w/acme/templates/${templateId}?view=insights`);
    await page.getByRole("tab", { name: "Retrospective insights" }).waitFor();
    await page.getByText("No insights yet.", { exact: false }).waitFor();
    await expectNoAxeViolations(page, "template insights (empty)");

    await page.getByRole("textbox", { name: /^What should change/ }).fill("Kickoff came too late; plan it for day one.");
    await page.getByRole("button", { name: "Record insight" }).click();
    const v1 = page.getByRole("region", { name: "Version 1" });
    await v1.getByText("Kickoff came too late; plan it for day one.", { exact: true }).waitFor();
    await expectNoAxeViolations(page, "template insights (one recorded)");

    // Version 2 is published: it answers what version 1 was asked to change.
    const [first] = await ctx.db.select().from(journeyTemplateVersions).where(eq(journeyTemplateVersions.templateId, templateId));
    await ctx.db.insert(journeyTemplateVersions).values({ id: newId(), workspaceId: world.acme.id, templateId, version: 2, document: first?.document ?? {}, yaml: first?.yaml ?? "", changeNote: "Kickoff on day one", createdAt: clock.now() });
    await ctx.db.update(journeyTemplates).set({ latestVersion: 2 }).where(eq(journeyTemplates.id, templateId));
    await page.reload();
    const v2 = page.getByRole("region", { name: "Version 2" });
    await v2.getByText("Answered by this version").waitFor();
    await v2.getByText("Kickoff came too late; plan it for day one.", { exact: true }).waitFor();
    await v2.getByRole("button", { name: /^Mark addressed/ }).click();
    await v2.getByText("Addressed", { exact: true }).waitFor();
    await expectNoAxeViolations(page, "template insights (answered)");
    await context.close();
  });
});
