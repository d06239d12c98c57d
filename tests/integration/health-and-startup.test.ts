import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Me } from "../../src/domain/workspaces/schemas";
import { auditLog, outbox, partners, user, workspaces } from "../../src/server/db/schema";
import { demoAccounts, demoPassword, demoWorkspace, loadDemo } from "../../src/server/db/seed/demo";
import { bodyOf } from "../support/http";
import { call, createTestApp, signIn, type TestApp } from "../support/test-app";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url });

describe("health and readiness", () => {
  it("answers /api/health while the process is up", async () => {
    const response = await get("/api/health");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("answers /api/ready once the database answers, naming the driver", async () => {
    const response = await get("/api/ready");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ready", database: process.env.ACCORD_TEST_DB === "postgres" ? "postgres" : "pglite" });
  });
});

describe("the API description", () => {
  const Response = z.object({ content: z.record(z.string(), z.object({ schema: z.unknown() })).optional() });
  const Operation = z.object({ responses: z.record(z.string(), Response) });
  const Spec = z.object({
    openapi: z.string(),
    paths: z.record(z.string(), z.record(z.string(), Operation)),
    components: z.object({ schemas: z.record(z.string(), z.unknown()) }),
  });
  /** Operations that take no input and need nobody: they have no 4xx answer to describe. */
  const withoutClientErrors = ["get /api/health", "get /api/ready", "get /api/setup"];

  it("is OpenAPI 3.1.0 and gives every operation that can refuse a request a problem+json 4xx answer", async () => {
    const response = await get("/api/openapi.json");
    expect(response.statusCode).toBe(200);
    const spec = bodyOf(Spec, response);
    expect(spec.openapi).toBe("3.1.0");
    expect(spec.components.schemas).toHaveProperty("Problem");
    const operations = Object.entries(spec.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ name: `${method} ${path}`, op })));
    expect(operations.length).toBeGreaterThan(25);
    const missing = operations
      .filter(({ name }) => !withoutClientErrors.includes(name))
      .filter(({ op }) => {
        const clientErrors = Object.entries(op.responses).filter(([status]) => /^4\d\d$/.test(status));
        const describesProblem = ([, answer]: [string, z.infer<typeof Response>]) =>
          Object.entries(answer.content ?? {}).some(([type, media]) => /json$/.test(type) && JSON.stringify(media.schema) === JSON.stringify({ $ref: "#/components/schemas/Problem" }));
        return clientErrors.length === 0 || !clientErrors.every(describesProblem);
      })
      .map(({ name }) => name);
    expect(missing).toEqual([]);
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(withoutClientErrors));
  });

  it("documents the audit CSV export as text/csv and its errors as problems", async () => {
    const spec = bodyOf(Spec, await get("/api/openapi.json"));
    const csv = spec.paths["/api/w/{ws}/audit.csv"]?.get;
    expect(Object.keys(csv?.responses["200"]?.content ?? {})).toEqual(["text/csv"]);
    expect(Object.keys(csv?.responses["403"]?.content ?? {})).toEqual(["application/json"]);
  });

  it("serves the docs page from this server with no script, style or font from another host", async () => {
    const page = await get("/api/docs/");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(page.body).not.toMatch(/@import|fonts\.googleapis|cdn\./i);
    const policy = String(page.headers["content-security-policy"]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
    for (const [, src] of page.body.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
      const script = await get(new URL(src ?? "", "http://localhost:3000/api/docs/").pathname);
      expect(script.statusCode).toBe(200);
      expect(script.headers["content-type"]).toMatch(/javascript/);
    }
  });
});

describe("the demo data", () => {
  async function counts() {
    const [ws] = await t.ctx.db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, demoWorkspace.slug));
    const n = async (rows: Promise<{ n: number }[]>) => (await rows)[0]?.n ?? 0;
    return {
      workspaces: await n(t.ctx.db.select({ n: count() }).from(workspaces)),
      partners: ws ? await n(t.ctx.db.select({ n: count() }).from(partners).where(eq(partners.workspaceId, ws.id))) : 0,
      users: await n(t.ctx.db.select({ n: count() }).from(user)),
      audit: await n(t.ctx.db.select({ n: count() }).from(auditLog)),
      outbox: await n(t.ctx.db.select({ n: count() }).from(outbox)),
    };
  }

  it("loads once through the real services and is left alone the second time", async () => {
    expect(await loadDemo(t.ctx)).toBe(true);
    const loaded = await counts();
    // 48 generated partners, Brightpath, Harborstone and the two who applied through the demo form.
    expect(loaded).toMatchObject({ workspaces: 1, partners: 52, users: Object.keys(demoAccounts).length });
    expect(loaded.audit).toBeGreaterThan(100);
    expect(await loadDemo(t.ctx)).toBe(false);
    expect(await counts()).toEqual(loaded);
  });

  it("lets the demo owner and the demo partner admin sign in with the printed password", async () => {
    const ownerCookie = await signIn(t.app, demoAccounts.owner.email, demoPassword);
    const me = bodyOf(Me, await call(t.app, { method: "GET", url: "/api/me", cookie: ownerCookie }));
    expect(me.memberships).toEqual([expect.objectContaining({ kind: "staff", role: "owner", workspace: expect.objectContaining({ slug: "demo", name: demoWorkspace.name }) })]);
    const partnerCookie = await signIn(t.app, demoAccounts.partnerAdmin.email, demoPassword);
    const portal = await call(t.app, { method: "GET", url: "/api/w/demo/portal", cookie: partnerCookie });
    expect(portal.statusCode).toBe(200);
    expect(bodyOf(z.object({ partner: z.object({ name: z.string() }) }), portal).partner.name).toBe("Brightpath Consulting");
  });
});
