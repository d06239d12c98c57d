import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import compress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export const webDistDir = fileURLToPath(new URL("../../../dist/web", import.meta.url));

/**
 * Serves the built web app. Hashed assets are cached forever; index.html never, so a deploy is
 * picked up on the next navigation. Unknown non-API GET paths that accept HTML get index.html
 * (the client router takes over); everything else is a problem+json 404.
 */
export async function registerWeb(app: FastifyInstance): Promise<boolean> {
  await app.register(compress, { global: true, threshold: 1024 });
  if (!existsSync(webDistDir)) {
    app.log.warn(`web app not built (${webDistDir} missing): run npm run build:web`);
    return false;
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      if (path.includes("/assets/")) res.header("cache-control", "public, max-age=31536000, immutable");
      else res.header("cache-control", "no-cache");
    },
  });
  return true;
}

export function isHtmlNavigation(method: string, url: string, accept: string | undefined): boolean {
  return method === "GET" && !url.startsWith("/api/") && url !== "/api" && (accept ?? "").includes("text/html");
}
