import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where the browser tests find Chromium: CHROME_PATH, Debian's /usr/bin/chromium, or the PATH. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium"].filter((p): p is string => Boolean(p));
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  try {
    const found = execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
    return found || null;
  } catch {
    return null;
  }
}

/** Flags that work in this sandbox: no GPU, no sandbox as root, no background network. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
