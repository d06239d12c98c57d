import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

/** Spawns `npm start`'s server the way a user does and times it until /api/ready answers. */
async function timeToReady(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn("npx", ["tsx", "src/server/main.ts"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", LOG_LEVEL: "warn", NODE_ENV: "development" },
    stdio: "ignore",
    detached: true,
  });
  try {
    for (;;) {
      if (performance.now() - started > 120_000) throw new Error("server did not become ready in 120 s");
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/ready`);
        if (response.status === 200) return (performance.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

export async function benchStartup() {
  const dataDir = ".tmp/bench-startup";
  rmSync(dataDir, { recursive: true, force: true });
  const firstStart = await timeToReady(dataDir, 3911);
  const existing: number[] = [];
  for (let i = 0; i < 3; i++) existing.push(await timeToReady(dataDir, 3911));
  rmSync(dataDir, { recursive: true, force: true });
  return { firstStart, existing: existing.sort((a, b) => a - b) };
}
