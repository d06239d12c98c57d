import pino from "pino";
import { eq } from "drizzle-orm";
import { DryRunInput, type ColumnMapping } from "../src/domain/imports/schemas";
import { systemClock } from "../src/server/clock";
import { loadConfig } from "../src/server/config";
import { openPostgres } from "../src/server/db/client";
import { user, workspaces } from "../src/server/db/schema";
import { dryRunImport } from "../src/server/modules/imports/service";
import type { Caller } from "../src/server/plugins/route-kit";
import { benchDatabaseUrl } from "./bench-database";

/*
 * The child of bench/csv-import.ts: the dry run of an uploaded import through its service verb,
 * with the database layer and the import module loaded and nothing else (no HTTP server, no
 * other module), sampling RSS every 10 ms. Prints one JSON line.
 */

const mapping: ColumnMapping = ["name", "website", "contactName", "contactEmail", "country", "type", "tier", "stage", "owner", null];

async function main(importId: string) {
  const databaseUrl = benchDatabaseUrl();
  const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET: "bench-secret-bench-secret-bench-secret", DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" });
  const database = openPostgres(databaseUrl, 2);
  const ctx = { config, database, db: database.db, clock: systemClock, log: pino({ level: "silent" }) };
  const [workspace] = await database.db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, "bench"));
  const [person] = await database.db.select({ id: user.id }).from(user).where(eq(user.email, "owner@bench.test"));
  if (!workspace || !person) throw new Error("the bench workspace is missing");
  const caller: Caller = { actor: { kind: "staff", userId: person.id, workspaceId: workspace.id, role: "owner" }, workspace: { id: workspace.id, slug: "bench", name: "Bench Co" }, audit: { userId: person.id, label: "owner@bench.test" }, name: "Bench Owner" };
  global.gc?.();
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const report = await dryRunImport(ctx, caller, importId, DryRunInput.parse({ mapping, options: { matchOn: ["website"] }, show: "problems" }));
  const dryRunSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await database.close();
  console.log(JSON.stringify({ rows: report.totals.rows, dryRunSeconds, peakRssMb: peak / 1024 / 1024, baselineRssMb }));
}

main(process.argv.at(-1) ?? "").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
