import { createHash } from "node:crypto";
import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/** OpenAPI 3.1 generated from the zod schemas of every route; never written by hand. */
export async function registerOpenApi(app: FastifyInstance, publicUrl: string) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Accord API",
        version: "0.1.0",
        description:
          "Partner onboarding platform. Authenticate with the session cookie of a signed-in person, or with `Authorization: Bearer <API token>` (admins create tokens with scopes under Administration → API tokens). Errors are application/problem+json.",
      },
      servers: [{ url: publicUrl }],
      components: {
        securitySchemes: {
          apiToken: { type: "http", scheme: "bearer", description: "An Accord API token (Administration → API tokens)." },
          session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
        },
      },
      security: [{ apiToken: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get("/api/openapi.json", { config: { action: "public" }, schema: { hide: true } }, async () => app.swagger());
  app.addHook("onSend", async (request, reply, payload) => {
    if (!request.url.startsWith("/api/docs") || typeof payload !== "string" || !payload.includes("<script")) return payload;
    reply.header("content-security-policy", docsContentSecurityPolicy(payload));
    return payload;
  });
  const { default: scalar } = await import("@scalar/fastify-api-reference");
  await app.register(scalar, {
    routePrefix: "/api/docs",
    // Offline by design: no web fonts, no telemetry, none of the hosted AI/MCP/deploy features.
    configuration: {
      url: "/api/openapi.json",
      withDefaultFonts: false,
      telemetry: false,
      showDeveloperTools: "never",
      agent: { disabled: true },
      mcp: { disabled: true },
      hideClientButton: true,
    },
  });
}

/**
 * The docs page is served by the Scalar plugin from our own origin (no CDN, no web fonts). Its
 * one inline script is allowed by its hash, so the page keeps a strict policy without
 * 'unsafe-inline' scripts.
 */
export function docsContentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash("sha256").update(match[1] ?? "").digest("base64")}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
