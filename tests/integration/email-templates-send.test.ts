import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activity, emailTemplates, outbox, partneringPages, partners, programs } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { sendTemplatedEmail } from "../../src/server/modules/email-templates/send";
import type { World } from "../factories/world";
import { createTestWorld, testOrigin, type TestApp } from "../support/test-app";

/* sendTemplatedEmail (R-B5): the one way other modules send a workspace's editable email. */

let t: TestApp & { world: World };
let w: World;

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  const [program] = await t.ctx.db.select().from(programs).where(eq(programs.workspaceId, w.acme.id));
  await t.ctx.db
    .update(partners)
    .set({ programId: program?.id ?? null, website: "https://alpha.example", contactName: "Alice Alpha", contactEmail: "alice@alpha.test" })
    .where(eq(partners.id, w.partners.a));
});
afterAll(() => t.close());

const send = (input: Partial<Parameters<typeof sendTemplatedEmail>[2]> & { dedupeKey: string }) =>
  t.ctx.db.transaction((tx) =>
    sendTemplatedEmail(tx, t.ctx, {
      workspaceId: w.acme.id,
      partnerId: w.partners.a,
      templateKey: "decision-yes",
      to: { email: "alice@alpha.test", name: "Alice Alpha" },
      actorUserId: w.staff.manager.id,
      variables: { decision: { reason: "Your references were excellent." } },
      ...input,
    }),
  );

const outboxRow = async (dedupeKey: string) => (await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey)))[0];

describe("sendTemplatedEmail", () => {
  it("renders the built-in with the partner's data into the outbox and onto the shared timeline", async () => {
    const { subject } = await send({ dedupeKey: "test:decision-yes:1" });
    expect(subject).toBe("Welcome aboard, Alpha Resellers");
    const row = await outboxRow("test:decision-yes:1");
    expect(row?.toAddress).toBe("alice@alpha.test");
    expect(row?.textBody).toContain("Hello Alice Alpha,");
    expect(row?.textBody).toContain("Your references were excellent.");
    expect(row?.textBody).toContain("Max Manager");
    expect(row?.htmlBody).toContain("<p>Hello Alice Alpha,</p>");
    const entries = await t.ctx.db.select().from(activity).where(and(eq(activity.partnerId, w.partners.a), eq(activity.kind, "email.sent")));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.visibility).toBe("shared");
    expect(entries[0]?.data).toEqual({ templateKey: "decision-yes", subject, to: "alice@alpha.test", dedupeKey: "test:decision-yes:1" });
  });

  it("creates the workspace's copy of the built-ins on first use", async () => {
    const rows = await t.ctx.db.select({ key: emailTemplates.key }).from(emailTemplates).where(eq(emailTemplates.workspaceId, w.acme.id));
    expect(rows.map((r) => r.key).sort()).toEqual(["application-received", "decision-no", "decision-yes", "interview-invitation", "welcome"]);
  });

  it("creates nothing new when called again with the same dedupe key", async () => {
    await send({ dedupeKey: "test:decision-yes:1" });
    expect(await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, "test:decision-yes:1"))).toHaveLength(1);
    const entries = await t.ctx.db.select().from(activity).where(and(eq(activity.partnerId, w.partners.a), eq(activity.kind, "email.sent")));
    expect(entries).toHaveLength(1);
  });

  it("fills the links from the public URL, the workspace slug and the program", async () => {
    await send({ templateKey: "welcome", dedupeKey: "test:welcome" });
    const row = await outboxRow("test:welcome");
    expect(row?.textBody).toContain(`${testOrigin}/w/acme/portal`);
    expect(row?.htmlBody).toContain(`<a href="${testOrigin}/w/acme/portal">`);
  });

  it("links the partnering page only once it is published, so no email points at a 404", async () => {
    await send({ templateKey: "application-received", dedupeKey: "test:received:unpublished", actorUserId: null });
    expect((await outboxRow("test:received:unpublished"))?.textBody).not.toContain("/partnering/");
    const [partner] = await t.ctx.db.select({ programId: partners.programId }).from(partners).where(eq(partners.id, w.partners.a));
    await t.ctx.db.insert(partneringPages).values({ id: newId(), workspaceId: w.acme.id, programId: partner?.programId ?? "", content: {}, published: true, updatedAt: t.clock.now() });
    await send({ templateKey: "application-received", dedupeKey: "test:received", actorUserId: null });
    expect((await outboxRow("test:received"))?.textBody).toMatch(new RegExp(`${testOrigin}/w/acme/partnering/[a-z0-9-]+`));
  });

  it("leaves an extra variable the caller did not pass empty instead of failing", async () => {
    await send({ templateKey: "interview-invitation", dedupeKey: "test:interview", variables: { interview: { when: "Tuesday 14:00" } } });
    const row = await outboxRow("test:interview");
    expect(row?.textBody).toContain("When: Tuesday 14:00");
    expect(row?.textBody).toContain("Where: \n");
  });

  it("escapes a partner name in the HTML part and keeps it one line in the subject", async () => {
    await t.ctx.db.update(partners).set({ name: "<script>alert(1)</script>\nBcc: x" }).where(eq(partners.id, w.partners.b));
    const { subject } = await send({ partnerId: w.partners.b, dedupeKey: "test:escape" });
    expect(subject).toBe("Welcome aboard, <script>alert(1)</script> Bcc: x");
    const row = await outboxRow("test:escape");
    expect(row?.htmlBody).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(row?.htmlBody).not.toContain("<script>");
  });

  it("rolls the email and the timeline entry back with the caller's transaction", async () => {
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await sendTemplatedEmail(tx, t.ctx, { workspaceId: w.acme.id, partnerId: w.partners.a, templateKey: "welcome", to: { email: "a@b.test", name: "A" }, dedupeKey: "test:rollback", actorUserId: null });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await outboxRow("test:rollback")).toBeUndefined();
  });

  it("refuses a partner of another workspace and an unknown template", async () => {
    await expect(send({ partnerId: w.globex.partnerId, dedupeKey: "test:other" })).rejects.toMatchObject({ status: 404 });
    await expect(send({ templateKey: "no-such-template", dedupeKey: "test:unknown" })).rejects.toMatchObject({ status: 404 });
  });
});
