import helmet from "helmet";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Security headers, and CSRF protection for cookie-authenticated requests: a state-changing
 * request that carries a cookie must come from our own origin. (better-auth checks its own
 * routes the same way; SameSite=Lax cookies and JSON-only bodies are the second line.)
 */
export async function registerSecurity(app: FastifyInstance, publicUrl: string) {
  const ownOrigin = new URL(publicUrl).origin;
  // helmet itself, configured once (the Fastify wrapper rebuilds its configuration per request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: publicUrl.startsWith("https://") ? [] : null,
      },
    },
    strictTransportSecurity: publicUrl.startsWith("https://"),
  });
  app.addHook("onRequest", (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });

  app.addHook("onRequest", async (request) => {
    if (!unsafeMethods.has(request.method) || !request.headers.cookie) return;
    if (request.url.startsWith("/api/auth/")) return;
    const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
    if (origin !== ownOrigin) {
      throw new AppError(403, "Forbidden", "This request did not come from the Accord app (its Origin header is missing or foreign).");
    }
  });
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
