import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/server/app";
import { AdjustableClock } from "../../src/server/clock";
import { loadConfig } from "../../src/server/config";
import type { AppContext } from "../../src/server/context";
import { hashPassword } from "../../src/server/modules/invitations/passwords";
import { buildWorld, type World } from "../factories/world";
import { createTestDatabase } from "./test-database";

export const testPassword = "test-password-1";
export const testOrigin = "http://localhost:3000";
let sharedHash: Promise<string> | undefined;
/** argon2id is slow on purpose; one hash serves every test person of a file. */
export const testPasswordHash = () => (sharedHash ??= hashPassword(testPassword));

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: AdjustableClock;
  close(): Promise<void>;
}

/** The real app on the file's own database, with a clock tests can move. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { database, dispose } = await createTestDatabase();
  const clock = new AdjustableClock();
  // DEMO=0: tests behave like a real installation (see the Outbox rules for personal links).
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", PUBLIC_URL: testOrigin, SIGN_IN_LIMIT_PER_MINUTE: "10000", DEMO: "0", ...env });
  const { app, ctx } = await buildApp({ config, database, clock });
  await app.ready();
  return {
    app,
    ctx,
    clock,
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

export async function createTestWorld(env: Record<string, string> = {}): Promise<TestApp & { world: World }> {
  const test = await createTestApp(env);
  const world = await buildWorld(test.ctx, await testPasswordHash());
  return { ...test, world };
}

/** Signs in through better-auth and returns the Cookie header to send. */
export async function signIn(app: FastifyInstance, email: string, password = testPassword): Promise<string> {
  const response = await app.inject({ method: "POST", url: "/api/auth/sign-in/email", headers: { origin: testOrigin }, payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  return cookieHeader(response);
}

export function cookieHeader(response: LightMyRequestResponse): string {
  const raw = response.headers["set-cookie"];
  const cookies = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return cookies.map((c) => c.split(";")[0]).join("; ");
}

export interface Call {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  cookie?: string;
  token?: string;
  body?: object | string;
}

/** A request as the web app makes it: JSON, from our own origin. */
export function call(app: FastifyInstance, c: Call) {
  const headers: Record<string, string> = { origin: testOrigin };
  if (c.cookie) headers.cookie = c.cookie;
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  return app.inject({ method: c.method, url: c.url, headers, ...(c.body === undefined ? {} : { payload: c.body }) });
}

/**
 * Signs in every person of the test world at once; the Cookie header of each, by the short names
 * test files use (argon2 makes each sign-in slow, so they run side by side).
 */
export async function signInWorld(app: FastifyInstance, world: World) {
  const { staff, partnerUsers, globex } = world;
  const started = (email: string) => signIn(app, email);
  const owner = started(staff.owner.email);
  const admin = started(staff.admin.email);
  const manager = started(staff.manager.email);
  const manager2 = started(staff.otherManager.email);
  const interviewer = started(staff.interviewer.email);
  const viewer = started(staff.viewer.email);
  const aAdmin = started(partnerUsers.aAdmin.email);
  const aMember = started(partnerUsers.aMember.email);
  const bAdmin = started(partnerUsers.bAdmin.email);
  const globexOwner = started(globex.ownerEmail);
  return {
    owner: await owner,
    admin: await admin,
    manager: await manager,
    manager2: await manager2,
    interviewer: await interviewer,
    viewer: await viewer,
    aAdmin: await aAdmin,
    aMember: await aMember,
    bAdmin: await bAdmin,
    globexOwner: await globexOwner,
  };
}
