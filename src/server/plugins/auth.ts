// The minimal build leaves out the Kysely adapter we do not use; it loads in half the time.
import { betterAuth } from "better-auth/minimal";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { fromNodeHeaders } from "better-auth/node";
import { magicLink } from "better-auth/plugins/magic-link";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { AppContext } from "../context";
import * as schema from "../db/schema";
import { newId } from "../ids";
import { enqueueEmail } from "../modules/email/outbox";
import { invitationPlugin } from "../modules/invitations/auth-endpoint";
import { hashPassword, verifyPassword } from "../modules/invitations/passwords";
import { writeAudit } from "../modules/audit/writer";
import { authAuditHook } from "./auth-audit";

/** better-auth cannot see Fastify's request.ip; the bridge passes it in this header. */
const clientIpHeader = "x-accord-client-ip";
const developmentSecret = "accord-development-secret-not-for-production-use";

export function createAuth(ctx: AppContext) {
  const { config, db, clock } = ctx;
  // The audit log names people by email, as they know each other.
  const emailOf = async (userId: string) => {
    const [found] = await db.select({ email: schema.user.email }).from(schema.user).where(eq(schema.user.id, userId));
    return found?.email ?? userId;
  };
  return betterAuth({
    appName: "Accord",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: config.authSecret ?? developmentSecret,
    trustedOrigins: [config.publicUrl],
    telemetry: { enabled: false },
    // better-auth's own messages go to our structured log (and its level), not to the console.
    logger: { log: (level, message) => ctx.log[level]({ source: "better-auth" }, message) },
    database: drizzleAdapter(db, { provider: "pg", schema }),
    emailAndPassword: {
      enabled: true,
      // People arrive by invitation only (DESIGN section 6).
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await enqueueEmail(db, clock, {
          workspaceId: null,
          dedupeKey: `password-reset:${token}`,
          to: user.email,
          template: "password-reset",
          containsSecret: true,
          data: { workspaceName: "Accord", name: user.name, link: `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}` },
        });
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: config.signInLimitPerMinute },
        "/sign-in/magic-link": { window: 60, max: 5 },
        "/request-password-reset": { window: 60, max: 5 },
      },
    },
    advanced: {
      // better-auth turns its Origin (CSRF) check off by itself when NODE_ENV=test or TEST is set;
      // ours stays on everywhere, so that tests exercise it and no such variable can disable it.
      disableOriginCheck: false,
      useSecureCookies: config.publicUrl.startsWith("https://"),
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
      database: { generateId: () => newId() },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    hooks: { after: authAuditHook(ctx) },
    databaseHooks: {
      session: {
        create: {
          after: async (session) => {
            // Audited right after better-auth's own commit (DESIGN section 6, auth boundary).
            await writeAudit(db, clock, {
              workspaceId: null,
              actor: { userId: session.userId, label: await emailOf(session.userId) },
              action: "auth.signed_in",
              entityType: "user",
              entityId: session.userId,
              after: { ipAddress: session.ipAddress ?? null },
            });
          },
        },
        delete: {
          after: async (session, context) => {
            if (context?.path !== "/sign-out") return;
            await writeAudit(db, clock, { workspaceId: null, actor: { userId: session.userId, label: await emailOf(session.userId) }, action: "auth.signed_out", entityType: "user", entityId: session.userId });
          },
        },
      },
    },
    plugins: [
      magicLink({
        disableSignUp: true,
        expiresIn: 15 * 60,
        sendMagicLink: async ({ email, url, token }) => {
          // Only people who have an account get a link; the answer is the same either way, so
          // nobody learns who has one, and the form cannot be used to mail strangers.
          const [known] = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email.toLowerCase()));
          if (!known) return;
          await enqueueEmail(db, clock, {
            workspaceId: null,
            dedupeKey: `magic-link:${token}`,
            to: email,
            template: "magic-link",
            containsSecret: true,
            data: { workspaceName: "Accord", link: url },
          });
        },
      }),
      invitationPlugin(ctx),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const AuthRoutePath = z.object({ "*": z.string() });

/** Sends /api/auth/* to better-auth as a web Request and copies its answer back. */
export async function registerAuthRoutes(app: FastifyInstance, auth: Auth, publicUrl: string) {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    config: { action: "public" },
    schema: { hide: true, params: AuthRoutePath },
    handler: async (request, reply) => {
      const url = new URL(request.url, publicUrl);
      const headers = fromNodeHeaders(request.headers);
      headers.set(clientIpHeader, request.ip);
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      const response = await auth.handler(new Request(url, { method: request.method, headers, body }));
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header("set-cookie", cookies);
      const text = await response.text();
      if (!response.headers.get("content-type")?.includes("application/json") || text === "") return reply.send(text || null);
      const json: unknown = JSON.parse(text);
      if (response.status >= 400) return reply.type("application/problem+json").send(authProblem(response.status, json));
      return reply.send(withoutSessionTokens(json));
    },
  });
}

/** The signed-in user of a cookie request, or null. */
export async function sessionUser(auth: Auth, request: FastifyRequest) {
  const headers = fromNodeHeaders(request.headers);
  headers.delete(clientIpHeader);
  const result = await auth.api.getSession({ headers });
  return result ? { id: result.user.id, name: result.user.name, email: result.user.email, sessionId: result.session.id } : null;
}

/**
 * The session token lives in an http-only cookie; better-auth also echoes it in JSON bodies,
 * where a script could read it. We drop it there.
 */
function withoutSessionTokens(json: unknown): unknown {
  // list-sessions answers with an array of sessions, each carrying its token.
  if (Array.isArray(json)) return json.map(withoutSessionTokens);
  if (!json || typeof json !== "object") return json;
  const copy: Record<string, unknown> = { ...json };
  delete copy.token;
  const session: unknown = copy.session;
  if (session && typeof session === "object") {
    const sessionCopy: Record<string, unknown> = { ...session };
    delete sessionCopy.token;
    copy.session = sessionCopy;
  }
  return copy;
}

/** better-auth's {code, message} errors, reshaped as problem details like every other error. */
function authProblem(status: number, json: unknown) {
  const message = json && typeof json === "object" && "message" in json && typeof json.message === "string" ? json.message : "The request was refused.";
  const errors = json && typeof json === "object" && "errors" in json && Array.isArray(json.errors) ? json.errors : undefined;
  const titles: Record<number, string> = { 400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found", 409: "Conflict", 429: "Too many requests" };
  const detail = status === 429 ? "Too many attempts. Wait a minute, then try again." : message.endsWith(".") ? message : `${message}.`;
  return { type: "about:blank", title: titles[status] ?? "Error", status, detail, ...(errors ? { errors } : {}) };
}
