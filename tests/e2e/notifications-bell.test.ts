import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notify } from "../../src/server/modules/notifications/service";
import { expectNoAxeViolations, newPage, signInAs } from "./support/browser";
import { useServerAndBrowser } from "./support/server";

const running = useServerAndBrowser({ beforeAll, afterAll });

describe("the notification bell", () => {
  it("shows the unread count, opens the list, marks one read by opening it and the rest with 'mark all read'", async () => {
    const { ctx, world, clock, url } = running.server;
    const say = (title: string, link: string | null, dedupeKey: string) =>
      ctx.db.transaction((tx) => notify(tx, clock, { workspaceId: world.acme.id, userIds: [world.staff.manager.id], kind: "step.overdue", title, body: "Alpha Resellers · Reseller onboarding.", link, dedupeKey }));
    await say("Sign the reseller agreement is overdue", null, "e2e:1");
    await say("Kick-off call is due tomorrow", `/w/acme/partners/${world.partners.a}`, "e2e:2");

    const { page } = await newPage(running.browser);
    await signInAs(page, url, world.staff.manager.email);
    const bell = page.getByRole("button", { name: "Notifications, 2 unread" });
    await bell.waitFor();
    await bell.click();
    const dialog = page.getByRole("dialog", { name: "Notifications" });
    await dialog.waitFor();
    const items = dialog.getByRole("list", { name: "Newest notifications" }).getByRole("listitem");
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => items.first().innerText()).toContain("Kick-off call is due tomorrow");
    await expectNoAxeViolations(page, "notification bell, open");

    await dialog.getByRole("button", { name: /Kick-off call is due tomorrow/ }).click();
    await expect.poll(() => page.url()).toContain(`/w/acme/partners/${world.partners.a}`);
    await page.getByRole("button", { name: "Notifications, 1 unread" }).waitFor();

    await page.getByRole("button", { name: "Notifications, 1 unread" }).click();
    await page.getByRole("button", { name: "Mark all read" }).click();
    await page.getByRole("button", { name: "Notifications, none unread" }).waitFor();
  });

  it("says so when there is nothing, in the partner portal too", async () => {
    const { world, url } = running.server;
    const { page } = await newPage(running.browser);
    await signInAs(page, url, world.partnerUsers.aMember.email);
    await expect.poll(() => page.url()).toContain("/w/acme/portal");
    await page.getByRole("button", { name: "Notifications, none unread" }).click();
    await page.getByRole("dialog", { name: "Notifications" }).getByText("Nothing new").waitFor();
    await expectNoAxeViolations(page, "notification bell, empty, portal");
  });
});
