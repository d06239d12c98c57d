import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { z } from "zod";
import { ImportPreview, ImportReport, ImportResult, type ColumnMapping } from "../src/domain/imports/schemas";
import { buildApp } from "../src/server/app";
import { systemClock } from "../src/server/clock";
import { loadConfig } from "../src/server/config";
import { openPostgres } from "../src/server/db/client";
import { hashPassword } from "../src/server/modules/invitations/passwords";
import { recreateBenchDatabase } from "./bench-database";
import { generatePartnerNetwork } from "./generate";

/*
 * The CSV import on PostgreSQL (issue 5): upload, dry run and commit of a 10,000-row Airtable-style
 * file against a workspace that already has 10,000 partners (one row in ten updates one of them),
 * timed at the caller through app.inject (no network, the server's work only); then a
 * 100,000-row file is uploaded and dry-run in a child process that loads the database layer and
 * the import's service only and samples its own RSS, so the peak is that of the dry run (plus
 * the runtime and libraries, printed as the baseline), not of this process's earlier work.
 */

const run = promisify(execFile);
const origin = "http://127.0.0.1:3902";
const header = "Company,Website,Primary Contact,Email,Country,Partner Type,Tier,Stage,Owner,Notes";
export const mapping: ColumnMapping = ["name", "website", "contactName", "contactEmail", "country", "type", "tier", "stage", "owner", null];
const types = ["Reseller", "Agency", "Technology alliance", "Referral partner", "Service / BPO provider"];
const tiers = ["Registered", "Silver", "Gold", "Platinum", ""];
const stages = ["Applicant", "Screening", "Interviewing", "Active", "Onboarding"];
const countries = ["Germany", "France", "United Kingdom", "US", "Brazil", "India", "Philippines", "Japan"];

/** Rows of the file; with `existing`, every tenth row is one of the generated partners (by website). */
export function benchCsv(rows: number, existing: number): string {
  const lines = [header];
  for (let i = 1; i <= rows; i++) {
    const website = existing > 0 && i % 10 === 0 ? `p${(i / 10) % existing || existing}.example` : `import-${i}.example`;
    const notes = i % 50 === 0 ? `"Met at the fair, asked for pricing\nand a demo"` : "";
    lines.push(`Imported Partner ${i},https://${website},Contact ${i},contact${i}@${website},${countries[i % 8]},${types[i % 5]},${tiers[i % 5]},${stages[i % 5]},manager${1 + (i % 20)}@bench.test,${notes}`);
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

async function startApp(databaseUrl: string) {
  const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET: "bench-secret-bench-secret-bench-secret", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", PUBLIC_URL: "http://127.0.0.1:3902", SIGN_IN_LIMIT_PER_MINUTE: "1000" });
  const database = openPostgres(databaseUrl, config.dbPoolSize);
  const { app } = await buildApp({ config, database });
  await app.ready();
  const signIn = await app.inject({ method: "POST", url: "/api/auth/sign-in/email", headers: { origin }, payload: { email: "owner@bench.test", password: "bench-password-1" } });
  const raw = signIn.headers["set-cookie"];
  const cookie = (Array.isArray(raw) ? raw : [raw ?? ""]).map((c) => c.split(";")[0]).join("; ");
  return { app, cookie, close: () => app.close() };
}

type Running = Awaited<ReturnType<typeof startApp>>;

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

async function upload(r: Running, csv: string) {
  const response = await r.app.inject({ method: "POST", url: "/api/w/bench/imports?fileName=bench.csv", headers: { cookie: r.cookie, origin, "content-type": "text/csv" }, payload: csv });
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return ImportPreview.parse(response.json());
}

async function dryRun(r: Running, importId: string) {
  const response = await r.app.inject({ method: "POST", url: `/api/w/bench/imports/${importId}/dry-run`, headers: { cookie: r.cookie, origin }, payload: { mapping, options: { matchOn: ["website"] }, show: "problems" } });
  if (response.statusCode !== 200) throw new Error(`dry run failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return ImportReport.parse(response.json());
}

const ChildFigures = z.object({ rows: z.number(), dryRunSeconds: z.number(), peakRssMb: z.number(), baselineRssMb: z.number() });

export async function benchCsvImport(options: { rows: number; streamRows: number; existing: number }) {
  const databaseUrl = await recreateBenchDatabase();
  const database = openPostgres(databaseUrl, 4);
  await database.migrate();
  await generatePartnerNetwork(database.db, systemClock, { partners: options.existing, usersPerPartner: 0, passwordHash: await hashPassword("bench-password-1") });
  await database.close();

  const r = await startApp(databaseUrl);
  const csv = benchCsv(options.rows, options.existing);
  const uploaded = await timed(() => upload(r, csv));
  const dry = await timed(() => dryRun(r, uploaded.value.id));
  const committed = await timed(async () => {
    const response = await r.app.inject({ method: "POST", url: `/api/w/bench/imports/${uploaded.value.id}/commit`, headers: { cookie: r.cookie, origin }, payload: { mapping, options: { matchOn: ["website"] } } });
    if (response.statusCode !== 200) throw new Error(`commit failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return ImportResult.parse(response.json());
  });
  const big = benchCsv(options.streamRows, options.existing);
  const bigUpload = await timed(() => upload(r, big));
  await r.close();

  // Node's defaults first (the figure of record), then with the old generation capped at 200 MB
  // (--max-old-space-size, as a container deployment would set it): V8 grows its heap lazily, so
  // the first shows garbage not yet collected, the second what the stream really needs.
  const stream = await streamDryRun(bigUpload.value.id, [], options.streamRows);
  const capped = await streamDryRun(bigUpload.value.id, ["--max-old-space-size=200"], options.streamRows);
  return { rows: options.rows, bytes: Buffer.byteLength(csv), upload: uploaded.seconds, dryRun: dry.seconds, totals: dry.value.totals, commit: committed.seconds, result: committed.value, stream: { ...stream, bytes: Buffer.byteLength(big), uploadSeconds: bigUpload.seconds }, capped };
}

async function streamDryRun(importId: string, nodeFlags: string[], rows: number) {
  const child = await run("npx", ["tsx", "--expose-gc", ...nodeFlags, fileURLToPath(new URL("./csv-import-child.ts", import.meta.url)), importId], { maxBuffer: 10_000_000 });
  const figures = ChildFigures.parse(JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}"));
  if (figures.rows !== rows) throw new Error(`the dry run saw ${figures.rows} rows, not ${rows}`);
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `npx tsx bench/csv-import.ts` runs this benchmark alone.
  benchCsvImport({ rows: Number(process.env.BENCH_IMPORT_ROWS ?? 10_000), streamRows: Number(process.env.BENCH_IMPORT_STREAM_ROWS ?? 100_000), existing: 10_000 })
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
