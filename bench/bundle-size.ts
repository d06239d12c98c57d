import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Gzipped size of the JavaScript the browser loads before the first screen (entry + preloads). */
export function benchBundleSize(distDir = "dist/web") {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map((m) => m[1] ?? "");
  const gz = (file: string) => gzipSync(readFileSync(join(distDir, file))).length;
  return { jsFiles: scripts.length, jsGzipKb: scripts.reduce((sum, f) => sum + gz(f), 0) / 1024, cssGzipKb: css.reduce((sum, f) => sum + gz(f), 0) / 1024 };
}
