import { count, eq, like, sql } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { auditLog, journeyTemplates, outbox, programs, session, staffMemberships } from "../../src/server/db/schema";
import { createWorkspaceWithOwner } from "../../src/server/modules/workspaces/bootstrap";
import type { World } from "../factories/world";
import { insertStaff } from "../factories/people";
import { cookieHeader, createTestApp, createTestWorld, signIn, testOrigin, testPassword, testPasswordHash, type TestApp } from "../support/test-app";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
interface Request {
  cookie?: string;
  token?: string;
  /** The Origin header; our own origin unless given (null sends none). */
  origin?: string | null;
  referer?: string;
  remoteAddress?: string;
  headers?: Record<string, string>;
}

let t: TestApp & { world: World };
let w: World;
let owner = "";

function send(app: TestApp, method: Method, url: string, request: Request = {}, body?: object) {
  const headers: Record<string, string> = { ...request.headers };
  const origin = request.origin === undefined ? testOrigin : request.origin;
  if (origin !== null) headers.origin = origin;
  if (request.referer) headers.referer = request.referer;
  if (request.cookie) headers.cookie = request.cookie;
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  return app.app.inject({ method, url, headers, ...(request.remoteAddress ? { remoteAddress: request.remoteAddress } : {}), ...(body === undefined ? {} : { payload: body }) });
}

const Problem = z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string() });
const CreatedToken = z.object({ id: z.string(), secret: z.string() });
const Created = z.object({ id: z.string() });
const Membership = z.object({ userId: z.string(), version: z.number() });
const Me = z.object({ memberships: z.array(z.object({ kind: z.string(), workspace: z.object({ slug: z.string() }) })) });
const OpenApi = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

function setCookies(response: LightMyRequestResponse): string[] {
  const raw = response.headers["set-cookie"];
  return Array.isArray(raw) ? raw : raw ? [raw] : [];
}

function expectProblem(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode).toBe(status);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  expect(Problem.parse(response.json()).status).toBe(status);
}

async function createToken(scopes: string[], expiresInDays: number | null = 30) {
  const response = await send(t, "POST", "/api/w/acme/api-tokens", { cookie: owner }, { name: `token ${scopes.join(",")}`, scopes, expiresInDays });
  expect(response.statusCode).toBe(201);
  return CreatedToken.parse(response.json());
}

async function membershipOf(userId: string) {
  const [row] = await t.ctx.db.select({ userId: staffMemberships.userId, version: staffMemberships.version }).from(staffMemberships).where(eq(staffMemberships.userId, userId));
  return Membership.parse(row);
}

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  owner = await signIn(t.app, w.staff.owner.email);
}, 60_000);
afterAll(() => t.close());

describe("session cookies", () => {
  it("are HttpOnly and SameSite=Lax, and not Secure on a plain-http installation", async () => {
    const response = await send(t, "POST", "/api/auth/sign-in/email", {}, { email: w.staff.viewer.email, password: testPassword });
    expect(response.statusCode).toBe(200);
    const session = setCookies(response).find((c) => c.startsWith("better-auth.session_token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  it("are also Secure (with the __Secure- prefix) when PUBLIC_URL is https", async () => {
    const secure = await createTestApp({ PUBLIC_URL: "https://accord.example" });
    try {
      await insertStaff(secure.ctx.db, await seedWorkspace(secure), { name: "Sam Secure", email: "sam@secure.test" }, "viewer", await testPasswordHash());
      const response = await send(secure, "POST", "/api/auth/sign-in/email", { origin: "https://accord.example" }, { email: "sam@secure.test", password: testPassword });
      expect(response.statusCode).toBe(200);
      const cookies = setCookies(response);
      expect(cookies.length).toBeGreaterThan(0);
      for (const cookie of cookies) {
        expect(cookie).toMatch(/^__Secure-/);
        expect(cookie).toMatch(/;\s*Secure/i);
        expect(cookie).toMatch(/;\s*HttpOnly/i);
        expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      }
      expect(response.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });

  it("never puts the session token into a JSON body where a script could read it", async () => {
    const response = await send(t, "POST", "/api/auth/sign-in/email", {}, { email: w.staff.viewer.email, password: testPassword });
    const token = sessionTokenOf(cookieHeader(response));
    expect(token.length).toBeGreaterThan(10);
    expect(response.body).not.toContain(token);
    const current = await send(t, "GET", "/api/auth/get-session", { cookie: cookieHeader(response) });
    expect(current.statusCode).toBe(200);
    expect(current.body).not.toContain(token);
  });

  it("stops working on the server when the person signs out", async () => {
    const cookie = await signIn(t.app, w.staff.viewer.email);
    expect((await send(t, "GET", "/api/w/acme", { cookie })).statusCode).toBe(200);
    expect((await send(t, "POST", "/api/auth/sign-out", { cookie }, {})).statusCode).toBe(200);
    expectProblem(await send(t, "GET", "/api/w/acme", { cookie }), 401);
  });
});

/** A second installation has no world; give it a workspace to sign in to. */
async function seedWorkspace(app: TestApp): Promise<string> {
  const created = await app.ctx.db.transaction((tx) =>
    createWorkspaceWithOwner(tx, app.clock, { name: "Secure Co", slug: "secure", owner: { name: "Sue Owner", email: "sue@secure.test", passwordHash: "unused" } }),
  );
  return created.workspaceId;
}

/** better-auth's cookie is "<token>.<signature>", URL-encoded. */
function sessionTokenOf(cookie: string): string {
  const value = cookie.split("; ").find((c) => c.startsWith("better-auth.session_token="))?.split("=")[1] ?? "";
  return decodeURIComponent(value).split(".")[0] ?? "";
}

describe("cross-site request forgery", () => {
  const newPartner = () => ({ name: `CSRF Probe ${Math.random().toString(36).slice(2)}`, typeId: w.acme.typeId });

  it("refuses a cookie-authenticated POST without an Origin header", async () => {
    const response = await send(t, "POST", "/api/w/acme/partners", { cookie: owner, origin: null }, newPartner());
    expectProblem(response, 403);
  });

  it("refuses a cookie-authenticated POST from a foreign origin", async () => {
    expectProblem(await send(t, "POST", "/api/w/acme/partners", { cookie: owner, origin: "https://evil.example" }, newPartner()), 403);
    expectProblem(await send(t, "PATCH", `/api/w/acme/partners/${w.partners.a}`, { cookie: owner, origin: "http://localhost:3000.evil.example" }, { version: 1, name: "Pwned" }), 403);
    expectProblem(await send(t, "DELETE", `/api/w/acme/api-tokens/00000000-0000-4000-8000-000000000000`, { cookie: owner, origin: "null" }), 403);
  });

  it("refuses a foreign Referer when no Origin is sent, and accepts our own", async () => {
    expectProblem(await send(t, "POST", "/api/w/acme/partners", { cookie: owner, origin: null, referer: "https://evil.example/page" }, newPartner()), 403);
    const ours = await send(t, "POST", "/api/w/acme/partners", { cookie: owner, origin: null, referer: `${testOrigin}/w/acme/partners/new` }, newPartner());
    expect(ours.statusCode).toBe(201);
  });

  it("writes nothing when it refuses", async () => {
    const name = `Forged ${Math.random().toString(36).slice(2)}`;
    await send(t, "POST", "/api/w/acme/partners", { cookie: owner, origin: "https://evil.example" }, { name, typeId: w.acme.typeId });
    const list = await send(t, "GET", `/api/w/acme/partners?q=${encodeURIComponent(name)}`, { cookie: owner });
    expect(z.object({ total: z.number() }).parse(list.json()).total).toBe(0);
  });

  it("refuses a sign-in posted from a foreign origin (login CSRF)", async () => {
    const response = await send(t, "POST", "/api/auth/sign-in/email", { origin: "https://evil.example" }, { email: w.staff.viewer.email, password: testPassword });
    expectProblem(response, 403);
    expect(setCookies(response)).toEqual([]);
  });

  it("refuses a cookie-authenticated change to the account from a foreign origin or without one", async () => {
    const cookie = await signIn(t.app, w.staff.viewer.email);
    expectProblem(await send(t, "POST", "/api/auth/update-user", { cookie, origin: "https://evil.example" }, { name: "Renamed By Evil" }), 403);
    expectProblem(await send(t, "POST", "/api/auth/update-user", { cookie, origin: null }, { name: "Renamed By Evil" }), 403);
    const me = z.object({ user: z.object({ name: z.string() }) }).parse((await send(t, "GET", "/api/me", { cookie })).json());
    expect(me.user.name).toBe("Vera Viewer");
  });

  it("refuses sign-out from a foreign origin (better-auth's own check)", async () => {
    const cookie = await signIn(t.app, w.staff.viewer.email);
    expectProblem(await send(t, "POST", "/api/auth/sign-out", { cookie, origin: "https://evil.example" }, {}), 403);
    expect((await send(t, "GET", "/api/w/acme", { cookie })).statusCode).toBe(200);
  });

  it("lets an integration with a Bearer token POST without any Origin", async () => {
    const writer = await createToken(["partners:write"]);
    const response = await send(t, "POST", "/api/w/acme/partners", { token: writer.secret, origin: null }, newPartner());
    expect(response.statusCode).toBe(201);
  });
});

describe("security headers", () => {
  it.each([
    ["an API answer", "/api/health"],
    ["an error answer", "/api/no-such-endpoint"],
    ["a refused answer", "/api/w/acme/partners"],
  ])("are set on %s", async (_what, url) => {
    const response = await send(t, "GET", url);
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });

  it("does not claim HSTS on a plain-http installation", async () => {
    expect((await send(t, "GET", "/api/health")).headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("secrets in answers", () => {
  it("shows an API token's secret once, in the answer that creates it, and never again", async () => {
    const created = await createToken(["partners:read"]);
    expect(created.secret).toMatch(/^acc_/);
    const list = await send(t, "GET", "/api/w/acme/api-tokens", { cookie: owner });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(created.id);
    expect(list.body).not.toContain(created.secret);
    const revoked = await send(t, "DELETE", `/api/w/acme/api-tokens/${created.id}`, { cookie: owner });
    expect(revoked.body).not.toContain(created.secret);
  });

  it("never answers a GET with a password hash, a session token, an API token secret or a sign-in link's token", async () => {
    // Leave traces of every kind of secret behind first.
    const apiSecrets = [(await createToken(["partners:read", "audit:read"])).secret, (await createToken(["users:read"])).secret];
    const invite = Created.parse((await send(t, "POST", "/api/w/acme/invitations", { cookie: owner }, { email: "newcomer@invited.test", role: "viewer" })).json());
    const [inviteMail] = await t.ctx.db.select({ text: outbox.textBody }).from(outbox).where(eq(outbox.dedupeKey, `invitation:${invite.id}`));
    const inviteToken = inviteMail?.text.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    expect((await send(t, "POST", "/api/auth/invitation/accept", {}, { token: inviteToken, name: "Nina Newcomer", password: "newcomer-password-1" })).statusCode).toBe(200);
    expect((await send(t, "POST", "/api/auth/request-password-reset", {}, { email: w.staff.viewer.email })).statusCode).toBe(200);
    expect((await send(t, "POST", "/api/auth/sign-in/magic-link", {}, { email: w.staff.admin.email })).statusCode).toBe(200);
    const previewToken = await openInvitationToken();

    const callers: { name: string; auth: Request; ws: string; partnerId: string }[] = [
      { name: "signed out", auth: {}, ws: "acme", partnerId: w.partners.a },
      { name: "owner", auth: { cookie: owner }, ws: "acme", partnerId: w.partners.a },
      { name: "admin", auth: { cookie: await signIn(t.app, w.staff.admin.email) }, ws: "acme", partnerId: w.partners.a },
      { name: "manager", auth: { cookie: await signIn(t.app, w.staff.manager.email) }, ws: "acme", partnerId: w.partners.a },
      { name: "viewer", auth: { cookie: await signIn(t.app, w.staff.viewer.email) }, ws: "acme", partnerId: w.partners.a },
      { name: "partner A admin", auth: { cookie: await signIn(t.app, w.partnerUsers.aAdmin.email) }, ws: "acme", partnerId: w.partners.a },
      { name: "partner B admin", auth: { cookie: await signIn(t.app, w.partnerUsers.bAdmin.email) }, ws: "acme", partnerId: w.partners.b },
      { name: "newcomer", auth: { cookie: await signIn(t.app, "newcomer@invited.test", "newcomer-password-1") }, ws: "acme", partnerId: w.partners.a },
      { name: "globex owner", auth: { cookie: await signIn(t.app, w.globex.ownerEmail) }, ws: "globex", partnerId: w.globex.partnerId },
      { name: "API token", auth: { token: apiSecrets[0] ?? "" }, ws: "acme", partnerId: w.partners.a },
    ];

    const document = OpenApi.parse((await send(t, "GET", "/api/openapi.json")).json());
    const getPaths = Object.entries(document.paths)
      .filter(([, operations]) => "get" in operations)
      .map(([path]) => path);
    const paths = [...getPaths, "/api/openapi.json", "/api/auth/get-session", "/api/auth/list-sessions", "/api/auth/list-accounts"];

    // Objects of acme's programs and templates; other workspaces' callers get 404 for them.
    const [program] = await t.ctx.db.select({ id: programs.id }).from(programs).where(eq(programs.workspaceId, w.acme.id)).limit(1);
    const [template] = await t.ctx.db.select({ id: journeyTemplates.id }).from(journeyTemplates).where(eq(journeyTemplates.workspaceId, w.acme.id)).limit(1);

    // A journey of partner A, so that journey, step and file paths answer with data, not 404s.
    const started = await send(t, "POST", `/api/w/acme/partners/${w.partners.a}/journeys`, { cookie: owner }, { templateId: template?.id ?? "" });
    const journey = z.object({ id: z.string(), steps: z.array(z.object({ id: z.string() })) }).parse(started.json());
    const answers: { where: string; body: string }[] = [];
    for (const caller of callers) {
      for (const path of paths) {
        const url = path
          .replace("{ws}", caller.ws)
          .replace("{partnerId}", caller.partnerId)
          .replace("{token}", previewToken)
          .replace("{programId}", program?.id ?? "")
          .replace("{templateId}", template?.id ?? "")
          .replace("{version}", "1")
          .replace("{journeyId}", journey.id)
          .replace("{stepId}", journey.steps[0]?.id ?? "")
          .replace("{fileId}", crypto.randomUUID())
          // Recruitment (issue 5): a real stage, template key and program key; unknown interview, kit and import ids answer 404.
          .replace("{stage}", "applicant")
          .replace("{key}", "welcome")
          .replace("{programKey}", "partner-program")
          .replace("{kitId}", crypto.randomUUID())
          .replace("{interviewId}", crypto.randomUUID())
          .replace("{importId}", crypto.randomUUID())
          .replace("{earlyWinId}", crypto.randomUUID())
          // Partner meetings (issue 6): an unknown meeting answers 404.
          .replace("{meetingId}", crypto.randomUUID())
          // Anonymous surveys (issue 6): an unknown survey answers 404.
          .replace("{surveyId}", crypto.randomUUID())
          // The calendar feed (issue 6): an unknown secret answers 404 for everyone.
          .replace("{secret}", "not-a-feed-secret");
        if (url.includes("{")) throw new Error(`the scan does not know how to fill ${path}; teach it`);
        const response = await send(t, "GET", url, caller.auth);
        answers.push({ where: `${caller.name} GET ${path} → ${response.statusCode}`, body: response.body });
      }
    }
    // Only read now, so that every session the scan itself used is included.
    const sessionTokens = (await t.ctx.db.select({ token: session.token }).from(session)).map((s) => s.token);
    const linkTokens = (await t.ctx.db.select({ key: outbox.dedupeKey }).from(outbox).where(sql`${outbox.dedupeKey} like 'password-reset:%' or ${outbox.dedupeKey} like 'magic-link:%'`)).map(
      (m) => m.key.slice(m.key.indexOf(":") + 1),
    );
    expect(sessionTokens.length).toBeGreaterThan(5);
    expect(linkTokens.length).toBe(2);
    const secrets = [
      { kind: "a password hash", text: "$argon2" },
      ...sessionTokens.map((text) => ({ kind: "a session token", text })),
      ...apiSecrets.map((text) => ({ kind: "an API token secret", text })),
      ...linkTokens.map((text) => ({ kind: "a password-reset or magic-link token", text })),
    ];
    const leaks = answers.flatMap((answer) => secrets.filter((s) => answer.body.includes(s.text)).map((s) => `${answer.where} contains ${s.kind}`));
    expect(answers.length).toBe(callers.length * paths.length);
    expect([...new Set(leaks)]).toEqual([]);
  }, 120_000);
});

async function openInvitationToken() {
  const invite = Created.parse((await send(t, "POST", "/api/w/acme/invitations", { cookie: owner }, { email: `preview.${Date.now()}@invited.test`, role: "viewer" })).json());
  const [mail] = await t.ctx.db.select({ text: outbox.textBody }).from(outbox).where(eq(outbox.dedupeKey, `invitation:${invite.id}`));
  const token = mail?.text.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("no invitation link was sent");
  return token;
}

describe("sign-in rate limit", () => {
  it("answers the 4th wrong password within a minute with 429 problem+json, whatever headers claim", async () => {
    const limited = await createTestApp({ SIGN_IN_LIMIT_PER_MINUTE: "3" });
    try {
      await insertStaff(limited.ctx.db, await seedWorkspace(limited), { name: "Lee Limited", email: "lee@limited.test" }, "viewer", await testPasswordHash());
      const attempt = (password: string, headers: Record<string, string> = {}) =>
        send(limited, "POST", "/api/auth/sign-in/email", { remoteAddress: "203.0.113.7", headers }, { email: "lee@limited.test", password });
      for (let i = 0; i < 3; i++) expectProblem(await attempt(`wrong-password-${i}`), 401);
      const fourth = await attempt("wrong-password-3");
      expectProblem(fourth, 429);
      expect(Problem.parse(fourth.json()).detail).toMatch(/wait/i);
      // Neither the right password nor a forged client address gets past the limit.
      expectProblem(await attempt(testPassword), 429);
      expectProblem(await attempt(testPassword, { "x-forwarded-for": "198.51.100.1", "x-accord-client-ip": "198.51.100.2", "x-real-ip": "198.51.100.3" }), 429);
      // Another client is not locked out by the first one's attempts.
      const other = await send(limited, "POST", "/api/auth/sign-in/email", { remoteAddress: "203.0.113.99" }, { email: "lee@limited.test", password: testPassword });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("ending access", () => {
  it("ends a deactivated staff member's existing session and keeps them out of the workspace", async () => {
    const hash = await testPasswordHash();
    const userId = await insertStaff(t.ctx.db, w.acme.id, { name: "Dee Deactivated", email: "dee@acme.test" }, "admin", hash);
    const cookie = await signIn(t.app, "dee@acme.test");
    expect((await send(t, "GET", "/api/w/acme/users", { cookie })).statusCode).toBe(200);

    const { version } = await membershipOf(userId);
    expect((await send(t, "POST", `/api/w/acme/users/${userId}/deactivate`, { cookie: owner }, { version })).statusCode).toBe(200);

    const next = await send(t, "GET", "/api/w/acme/users", { cookie });
    expect([401, 404]).toContain(next.statusCode);
    expect(next.body).not.toContain("owner@acme.test");
    expectProblem(await send(t, "POST", "/api/w/acme/partners", { cookie }, { name: "After Hours", typeId: w.acme.typeId }), 401);

    // The password still proves who they are, but the workspace no longer knows them.
    const again = await signIn(t.app, "dee@acme.test");
    expectProblem(await send(t, "GET", "/api/w/acme", { cookie: again }), 404);
    expectProblem(await send(t, "GET", "/api/w/acme/partners", { cookie: again }), 404);
    const me = Me.parse((await send(t, "GET", "/api/me", { cookie: again })).json());
    expect(me.memberships.map((m) => m.workspace.slug)).not.toContain("acme");
  });

  it("ends a removed partner user's portal access at once", async () => {
    const aMember = await signIn(t.app, w.partnerUsers.aMember.email);
    expect((await send(t, "GET", "/api/w/acme/portal", { cookie: aMember })).statusCode).toBe(200);
    const aAdmin = await signIn(t.app, w.partnerUsers.aAdmin.email);
    const removed = await send(t, "DELETE", `/api/w/acme/partners/${w.partners.a}/members/${w.partnerUsers.aMember.id}`, { cookie: aAdmin });
    expect(removed.statusCode).toBe(200);

    const portal = await send(t, "GET", "/api/w/acme/portal", { cookie: aMember });
    expectProblem(portal, 404);
    expect(portal.body).not.toContain("Alpha Resellers");
    expectProblem(await send(t, "GET", `/api/w/acme/partners/${w.partners.a}`, { cookie: aMember }), 404);
    const me = Me.parse((await send(t, "GET", "/api/me", { cookie: aMember })).json());
    expect(me.memberships).toEqual([]);
  });
});

describe("API token scopes", () => {
  it("lets a partners:read token list partners but not create one", async () => {
    const { secret } = await createToken(["partners:read"]);
    const list = await send(t, "GET", "/api/w/acme/partners", { token: secret, origin: null });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("Alpha Resellers");
    expectProblem(await send(t, "POST", "/api/w/acme/partners", { token: secret, origin: null }, { name: "Token Made", typeId: w.acme.typeId }), 403);
  });

  it("keeps a token away from /api/me, which is for people", async () => {
    const { secret } = await createToken(["partners:read", "users:read"]);
    expectProblem(await send(t, "GET", "/api/me", { token: secret }), 403);
  });

  it("does not let a token create tokens, whatever its scopes", async () => {
    const { secret } = await createToken(["partners:read", "partners:write", "users:read", "users:write", "audit:read"]);
    expectProblem(await send(t, "POST", "/api/w/acme/api-tokens", { token: secret }, { name: "child", scopes: ["partners:read"] }), 403);
  });

  it("answers a revoked token with 401", async () => {
    const created = await createToken(["partners:read"]);
    expect((await send(t, "GET", "/api/w/acme/partners", { token: created.secret })).statusCode).toBe(200);
    expect((await send(t, "DELETE", `/api/w/acme/api-tokens/${created.id}`, { cookie: owner })).statusCode).toBe(200);
    expectProblem(await send(t, "GET", "/api/w/acme/partners", { token: created.secret }), 401);
  });

  it("answers an expired token with 401", async () => {
    const { secret } = await createToken(["partners:read"], 1);
    expect((await send(t, "GET", "/api/w/acme/partners", { token: secret })).statusCode).toBe(200);
    t.clock.set(new Date(Date.now() + 2 * 86_400_000));
    try {
      expectProblem(await send(t, "GET", "/api/w/acme/partners", { token: secret }), 401);
    } finally {
      t.clock.set(new Date());
    }
  });

  it("answers an unknown token with 401", async () => {
    expectProblem(await send(t, "GET", "/api/w/acme/partners", { token: "acc_not-a-real-token" }), 401);
  });
});

describe("audit log", () => {
  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    const [before] = await t.ctx.db.select({ n: count() }).from(auditLog);
    expect(before?.n ?? 0).toBeGreaterThan(0);
    expect(await refusalOf(t.ctx.db.execute(sql`UPDATE audit_log SET action = 'tampered'`))).toMatch(/audit_log is append-only: UPDATE is not allowed/);
    expect(await refusalOf(t.ctx.db.execute(sql`DELETE FROM audit_log`))).toMatch(/audit_log is append-only: DELETE is not allowed/);
    expect(await refusalOf(t.ctx.db.execute(sql`TRUNCATE audit_log`))).toMatch(/audit_log is append-only: TRUNCATE is not allowed/);
    const [after] = await t.ctx.db.select({ n: count() }).from(auditLog);
    expect(after?.n).toBe(before?.n);
    const tampered = await t.ctx.db.select({ n: count() }).from(auditLog).where(like(auditLog.action, "tampered"));
    expect(tampered[0]?.n).toBe(0);
  });
});

/** The database's refusal, through the query builder's wrapping error; "accepted" if there was none. */
async function refusalOf(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
    return "accepted";
  } catch (error) {
    return describe(error);
  }
  function describe(error: unknown): string {
    if (error instanceof Error) return `${error.message} ${describe(error.cause)}`;
    return error === undefined ? "" : String(error);
  }
}
