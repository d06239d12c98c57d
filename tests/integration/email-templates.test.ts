import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtInTemplates } from "../../src/domain/email-templates/builtins";
import { activity, auditLog, outbox, partners } from "../../src/server/db/schema";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Email templates (R-B5): admins edit them, managers preview and send them to a partner. */

let t: TestApp & { world: World };
let w: World;
let c: Awaited<ReturnType<typeof signInWorld>>;
const base = "/api/w/acme/email-templates";
const partnerBase = (id: string) => `/api/w/acme/partners/${id}/emails`;

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  c = await signInWorld(t.app, w);
  await t.ctx.db.update(partners).set({ contactName: "Alice Alpha", contactEmail: "alice@alpha.test" }).where(eq(partners.id, w.partners.a));
});
afterAll(() => t.close());

const getTemplate = async (key: string) => (await call(t.app, { method: "GET", url: `${base}/${key}`, cookie: c.admin })).json();

describe("the template library", () => {
  it("lists the built-ins for an admin, unmodified, with their variables", async () => {
    const response = await call(t.app, { method: "GET", url: base, cookie: c.admin });
    expect(response.statusCode).toBe(200);
    const keys = response.json().map((row: { key: string }) => row.key);
    expect(keys).toEqual(expect.arrayContaining(["application-received", "interview-invitation", "decision-yes", "decision-no", "welcome"]));
    const decision = await getTemplate("decision-yes");
    expect(decision).toMatchObject({ builtIn: "decision-yes", modified: false, version: 1, body: builtInTemplates["decision-yes"].body });
    expect(decision.variables.map((v: { name: string }) => v.name)).toEqual(expect.arrayContaining(["partner.name", "decision.reason", "portal.link"]));
  });

  it("saves an edit, counts the version, audits it, and answers a stale version with 409", async () => {
    const current = await getTemplate("decision-yes");
    const body = `Hello {{ contact.name }},\n\nYes to {{ partner.name }}!\n\n{{ decision.reason }}`;
    const saved = await call(t.app, { method: "PUT", url: `${base}/decision-yes`, cookie: c.admin, body: { name: current.name, subject: "Yes, {{ partner.name }}", body, version: current.version } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: current.version + 1, modified: true, body, updatedBy: "Ann Admin" });
    const stale = await call(t.app, { method: "PUT", url: `${base}/decision-yes`, cookie: c.admin, body: { name: current.name, subject: "Other", body, version: current.version } });
    expect(stale.statusCode).toBe(409);
    const audits = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, "email_template.updated"), eq(auditLog.entityId, "decision-yes")));
    expect(audits).toHaveLength(1);
  });

  it("rejects an unknown variable with 400 naming it and its line", async () => {
    const current = await getTemplate("welcome");
    const response = await call(t.app, { method: "PUT", url: `${base}/welcome`, cookie: c.admin, body: { name: current.name, subject: current.subject, body: "Hello\n\nWelcome {{ partner.nmae }}", version: current.version } });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('Unknown variable "partner.nmae" on line 3');
    expect(response.json().errors[0].path).toBe("body");
    expect((await getTemplate("welcome")).version).toBe(current.version);
  });

  it("rejects broken Liquid with 400 and the line", async () => {
    const current = await getTemplate("welcome");
    const response = await call(t.app, { method: "PUT", url: `${base}/welcome`, cookie: c.admin, body: { name: current.name, subject: current.subject, body: "Hello\n{% if partner.name %}\nno end", version: current.version } });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain("syntax error on line 2");
  });

  it("resets a built-in to the shipped text", async () => {
    const current = await getTemplate("decision-yes");
    const reset = await call(t.app, { method: "POST", url: `${base}/decision-yes/reset`, cookie: c.admin, body: { version: current.version } });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ modified: false, version: current.version + 1, subject: builtInTemplates["decision-yes"].subject });
  });

  it("creates the workspace's own template with the common variables only", async () => {
    const input = { key: "quarterly-update", name: "Quarterly update", subject: "News for {{ partner.name }}", body: "Hello {{ contact.name }},\n\nHere is what changed." };
    const created = await call(t.app, { method: "POST", url: base, cookie: c.admin, body: input });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ key: "quarterly-update", builtIn: null, version: 1 });
    expect((await call(t.app, { method: "POST", url: base, cookie: c.admin, body: input })).statusCode).toBe(409);
    const reset = await call(t.app, { method: "POST", url: `${base}/quarterly-update/reset`, cookie: c.admin, body: { version: 1 } });
    expect(reset.statusCode).toBe(400);
    const extras = await call(t.app, { method: "POST", url: base, cookie: c.admin, body: { ...input, key: "with-reason", body: "{{ decision.reason }}" } });
    expect(extras.statusCode).toBe(400);
    const builtInKey = await call(t.app, { method: "POST", url: base, cookie: c.admin, body: { ...input, key: "welcome" } });
    expect(builtInKey.statusCode).toBe(400);
  });

  it("is for admins only", async () => {
    for (const cookie of [c.manager, c.viewer, c.interviewer, c.aAdmin, c.aMember]) expect((await call(t.app, { method: "GET", url: base, cookie })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: base, cookie: c.globexOwner })).statusCode).toBe(404);
  });
});

describe("preview and send to a partner", () => {
  it("previews a template with the partner's data, escaped in the HTML", async () => {
    await t.ctx.db.update(partners).set({ name: "<script>alert('x')</script> Ltd" }).where(eq(partners.id, w.partners.b));
    await t.ctx.db.update(partners).set({ contactEmail: "bob@beta.test" }).where(eq(partners.id, w.partners.b));
    const response = await call(t.app, { method: "POST", url: `${partnerBase(w.partners.b)}/preview`, cookie: c.admin, body: { templateKey: "decision-no", variables: { decision: { reason: "Not this year." } } } });
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.subject).toBe("Your application to Acme Cloud");
    expect(preview.text).toContain("<script>alert('x')</script> Ltd");
    expect(preview.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ltd");
    expect(preview.html).not.toContain("<script>");
    expect(preview.to).toEqual({ email: "bob@beta.test", name: "<script>alert('x')</script> Ltd" });
  });

  it("previews an unsaved draft and checks it the same way as saving", async () => {
    const ok = await call(t.app, { method: "POST", url: `${partnerBase(w.partners.a)}/preview`, cookie: c.admin, body: { templateKey: "welcome", draft: { subject: "Hi {{ partner.name }}", body: "Draft for {{ contact.name }}" } } });
    expect(ok.json()).toMatchObject({ subject: "Hi Alpha Resellers", text: "Draft for Alice Alpha" });
    const bad = await call(t.app, { method: "POST", url: `${partnerBase(w.partners.a)}/preview`, cookie: c.admin, body: { templateKey: "welcome", draft: { subject: "Hi", body: "{{ nope }}" } } });
    expect(bad.statusCode).toBe(400);
  });

  it("sends to the partner's contact through the outbox and onto the timeline, once per request", async () => {
    const requestId = randomUUID();
    const body = { templateKey: "decision-yes", variables: { decision: { reason: "Great references." } }, requestId };
    const sent = await call(t.app, { method: "POST", url: partnerBase(w.partners.a), cookie: c.manager, body });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toEqual({ subject: "Welcome aboard, Alpha Resellers", to: "alice@alpha.test" });
    expect((await call(t.app, { method: "POST", url: partnerBase(w.partners.a), cookie: c.manager, body })).statusCode).toBe(201);
    const rows = await t.ctx.db.select().from(outbox).where(eq(outbox.toAddress, "alice@alpha.test"));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textBody).toContain("Great references.");
    const timeline = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/timeline`, cookie: c.aAdmin });
    expect(timeline.statusCode).toBe(200);
    expect(timeline.json().items.filter((i: { kind: string }) => i.kind === "email.sent")).toHaveLength(1);
  });

  it("asks for a contact email when the partner has none", async () => {
    await t.ctx.db.update(partners).set({ contactEmail: null }).where(eq(partners.id, w.partners.b));
    const response = await call(t.app, { method: "POST", url: partnerBase(w.partners.b), cookie: c.admin, body: { templateKey: "welcome", requestId: randomUUID() } });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain("has no contact email yet");
    const entries = await t.ctx.db.select().from(activity).where(and(eq(activity.partnerId, w.partners.b), eq(activity.kind, "email.sent")));
    expect(entries).toHaveLength(0);
  });

  it("lists sendable templates with the extras to fill in", async () => {
    const response = await call(t.app, { method: "GET", url: `${partnerBase(w.partners.a)}/templates`, cookie: c.manager });
    const invitation = response.json().find((row: { key: string }) => row.key === "interview-invitation");
    expect(invitation.extraVariables.map((v: { name: string }) => v.name)).toEqual(["interview.when", "interview.stage", "interview.location"]);
  });

  it("keeps partners the manager does not manage, partner users and other workspaces out", async () => {
    const send = (cookie: string, partnerId: string) => call(t.app, { method: "POST", url: partnerBase(partnerId), cookie, body: { templateKey: "welcome", requestId: randomUUID() } });
    expect((await send(c.manager2, w.partners.a)).statusCode).toBe(403);
    expect((await send(c.viewer, w.partners.a)).statusCode).toBe(403);
    expect((await send(c.aAdmin, w.partners.a)).statusCode).toBe(403);
    expect((await send(c.aAdmin, w.partners.b)).statusCode).toBe(404);
    expect((await send(c.admin, w.globex.partnerId)).statusCode).toBe(404);
  });
});
