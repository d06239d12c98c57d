import { createHash } from "node:crypto";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
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
  registerLazyDocs(app);
}

const docsConfiguration = {
  url: "/api/openapi.json",
  // Offline by design: no web fonts, no telemetry, none of the hosted AI/MCP/deploy features.
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: "never",
  agent: { disabled: true },
  mcp: { disabled: true },
  hideClientButton: true,
} as const;

interface DocsFile {
  type: string;
  body: string;
}

/**
 * The Scalar reference page and its 4 MB script, loaded on the first visit rather than at
 * start-up (importing it costs ~0.4 s). The plugin renders into a private Fastify instance whose
 * answers we keep and serve.
 */
function registerLazyDocs(app: FastifyInstance) {
  let files: Promise<Map<string, DocsFile>> | undefined;
  const load = async () => {
    const { default: scalar } = await import("@scalar/fastify-api-reference");
    const docs = Fastify();
    await docs.register(scalar, { routePrefix: "/api/docs", configuration: docsConfiguration });
    const rendered = new Map<string, DocsFile>();
    for (const path of ["/api/docs/", "/api/docs/js/scalar.js"]) {
      const response = await docs.inject({ method: "GET", url: path });
      rendered.set(path, { type: String(response.headers["content-type"] ?? "text/plain"), body: response.body });
    }
    await docs.close();
    return rendered;
  };
  const serve = (path: string) => async (_request: FastifyRequest, reply: FastifyReply) => {
    files ??= load();
    const file = (await files).get(path);
    if (!file) throw new Error(`docs file ${path} was not rendered`);
    if (file.type.startsWith("text/html")) reply.header("content-security-policy", docsContentSecurityPolicy(file.body));
    else reply.header("cache-control", "public, max-age=86400");
    return reply.type(file.type).send(file.body);
  };
  const options = { config: { action: "public" as const }, schema: { hide: true } };
  // The page loads its script relative to itself, so it must be addressed with the slash.
  app.get("/api/docs", options, async (_request, reply) => reply.redirect("/api/docs/", 301));
  app.get("/api/docs/", options, serve("/api/docs/"));
  app.get("/api/docs/js/scalar.js", options, serve("/api/docs/js/scalar.js"));
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
