import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Starts the server the way `npm start` does, with its own data folder and port. */
function startServer(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), "accord-process-"));
  dataDirs.push(dataDir);
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    env: { ...process.env, DATA_DIR: dataDir, DEMO: "0", LOG_LEVEL: "warn", NODE_ENV: "development", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitUntilReady(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error("server exited before it was ready");
    try {
      if ((await fetch(`${url}/api/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("server was not ready within 30 s");
}

describe("the server process", () => {
  it("refuses to start with a wrong setting and names it", async () => {
    const server = startServer({ PORT: "not-a-port", SMTP_URL: "mail.example.com" });
    expect(await server.exited).toBe(2);
    expect(server.output()).toContain("PORT");
    expect(server.output()).toContain("SMTP_URL: must start with smtp:// or smtps://");
  });

  it("prints first-run setup when there is no demo, and exits cleanly on SIGTERM", async () => {
    const port = 3700 + Math.floor(Math.random() * 200);
    const server = startServer({ PORT: String(port), LOG_LEVEL: "info" });
    await waitUntilReady(`http://127.0.0.1:${port}`, server.child);
    expect(server.output()).toContain(`open http://localhost:${port}/setup`);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("draining requests and closing the database");
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  });
});
