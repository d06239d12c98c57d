import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../src/server/db/schema";
import { deliverDueEmails, smtpMailer } from "../../src/server/jobs/deliver-outbox";
import type { World } from "../factories/world";
import { invitationTokenIn, lastMailTo, type OutboxRow } from "../support/mail";
import { decodedText, freePort, headerOf, receivedMessages, startSmtpSink, type SmtpSink } from "../support/smtp-sink-process";
import { call, createTestWorld, signIn, testOrigin, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let owner: string;
let sink: SmtpSink | undefined;
let port: number;
let dir: string;
let file: string;
let mailer: ReturnType<typeof smtpMailer>;
const domain = "localhost";

beforeAll(async () => {
  t = await createTestWorld();
  owner = await signIn(t.app, t.world.staff.owner.email);
  dir = mkdtempSync(join(tmpdir(), "accord-smtp-"));
  file = join(dir, "received.jsonl");
  port = await freePort();
  sink = await startSmtpSink(port, file);
  mailer = smtpMailer(`smtp://127.0.0.1:${port}`);
});
afterAll(async () => {
  mailer.close();
  await sink?.stop();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => t.clock.set(new Date()));

const deliver = () => deliverDueEmails(t.ctx.db, t.clock, mailer, t.ctx.config.mailFrom, domain, t.ctx.log);
const rowOf = async (id: string): Promise<OutboxRow | undefined> => (await t.ctx.db.select().from(outbox).where(eq(outbox.id, id)))[0];
const receivedWithId = (id: string) => receivedMessages(file).filter((m) => headerOf(m.raw, "Message-ID") === `<${id}@${domain}>`);

async function invite(email: string): Promise<OutboxRow> {
  const response = await call(t.app, { method: "POST", url: "/api/w/acme/invitations", cookie: owner, body: { email, role: "viewer" } });
  expect(response.statusCode).toBe(201);
  return lastMailTo(t.ctx.db, email);
}

describe("email delivery over SMTP", () => {
  it("delivers an invitation with its recipient, subject, link and a Message-ID made from the outbox id, once", async () => {
    const mail = await invite("sam@acme.test");
    const token = invitationTokenIn(mail.textBody);
    expect(await deliver()).toBe(1);

    const [message, ...extra] = receivedWithId(mail.id);
    expect(extra).toEqual([]);
    if (!message) throw new Error("the SMTP server received no message with the outbox id");
    expect(message.to).toEqual(["sam@acme.test"]);
    expect(message.from).toBe("no-reply@accord.localhost");
    expect(headerOf(message.raw, "To")).toContain("sam@acme.test");
    expect(headerOf(message.raw, "Subject")).toBe("Olga Owner invited you to Acme Cloud on Accord");
    expect(decodedText(message.raw)).toContain(`${testOrigin}/invite/${token}`);
    expect(await rowOf(mail.id)).toMatchObject({ status: "sent", attempts: 1, lastError: null, lockedUntil: null, sentAt: expect.any(Date) });

    const before = receivedMessages(file).length;
    expect(await deliver()).toBe(0);
    expect(receivedMessages(file)).toHaveLength(before);
  });

  it("keeps a message pending with backoff while the SMTP server is down and sends it once it is back and due", async () => {
    await sink?.stop();
    const mail = await invite("dora@acme.test");
    const failedAt = t.clock.now();
    expect(await deliver()).toBe(1);
    const failed = await rowOf(mail.id);
    if (!failed) throw new Error("the outbox row vanished");
    expect(failed).toMatchObject({ status: "pending", attempts: 1, sentAt: null, lockedUntil: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(failedAt.getTime() + 60_000);

    sink = await startSmtpSink(port, file);
    expect(await deliver()).toBe(0);
    expect(receivedWithId(mail.id)).toEqual([]);

    t.clock.set(new Date(failed.nextAttemptAt.getTime() + 1_000));
    expect(await deliver()).toBe(1);
    expect(receivedWithId(mail.id)).toHaveLength(1);
    expect(await rowOf(mail.id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("never sends one message twice when two deliveries run at the same time", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) ids.push((await invite(`crowd${i}@acme.test`)).id);
    let claimed = 0;
    for (let round = 0; round < 10; round++) {
      const [a, b] = await Promise.all([deliver(), deliver()]);
      claimed += a + b;
      if (a + b === 0) break;
    }
    expect(claimed).toBe(45);
    const counts = new Map<string, number>();
    for (const m of receivedMessages(file)) {
      const id = headerOf(m.raw, "Message-ID")?.match(/^<(.+)@localhost>$/)?.[1];
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(ids.map((id) => counts.get(id))).toEqual(ids.map(() => 1));
    const rows = await t.ctx.db.select({ status: outbox.status, attempts: outbox.attempts }).from(outbox).where(inArray(outbox.id, ids));
    expect(rows).toHaveLength(45);
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });
});
