import { execSync } from "node:child_process";
import { benchBundleSize } from "./bundle-size";
import { benchCsvImport } from "./csv-import";
import { benchJourneys } from "./journeys";
import { benchJourneySweep } from "./journey-sweep";
import { benchPartnersList } from "./partners-list";
import { printHealthPortfolio } from "./health-portfolio";
import { printPipelineBoard } from "./pipeline-board";
import { benchStartup } from "./startup";

/**
 * `npm run bench`: prints figures, never passes or fails on them (targets from the issues are
 * shown beside each figure). Needs PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test; the bench uses its own database accord_bench).
 */
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mark = (ok: boolean) => (ok ? "meets target" : "MISSES target");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

async function main() {
  console.log("Accord benchmarks (2 cores; the load generator shares the machine with the server)\n");
  execSync("npx vite build --logLevel warn", { stdio: "inherit" });
  const bundle = benchBundleSize();
  console.log(`Web app initial JS: ${bundle.jsGzipKb.toFixed(1)} KB gzip in ${bundle.jsFiles} file(s), CSS ${bundle.cssGzipKb.toFixed(1)} KB gzip  (target ≤ 250 KB: ${mark(bundle.jsGzipKb <= 250)})`);

  const startup = await benchStartup();
  console.log(`First start (migrate + demo load): ${startup.firstStart.toFixed(2)} s  (target ≤ 15 s: ${mark(startup.firstStart <= 15)})`);
  console.log(`Start on an existing database, best/median of 3: ${startup.existing[0]?.toFixed(2)} s / ${startup.existing[1]?.toFixed(2)} s  (target ≤ 3 s: ${mark((startup.existing[1] ?? 99) <= 3)})`);

  for (const partners of (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number)) {
    const r = await benchPartnersList({ partners, usersPerPartner: 5, seconds });
    console.log(`\nPartners list on PostgreSQL: ${partners} partners, ${partners * 5} partner users (generated in ${r.generatedIn.toFixed(1)} s), ${r.statements} SQL statements per request, 10 connections, ${seconds} s`);
    console.log(`  endpoint (search + filter + page 2): p50 ${ms(r.real.p50)}  p99 ${ms(r.real.p99)}  ${r.real.rps.toFixed(0)} req/s  errors ${r.real.errors}  (p99 target ≤ 25 ms: ${mark(r.real.p99 <= 25)})`);
    console.log(`  endpoint (no filter, page ${r.deepPage}, newest first): p50 ${ms(r.deep.p50)}  p99 ${ms(r.deep.p99)}  ${r.deep.rps.toFixed(0)} req/s`);
    console.log(`  bare route, same SQL, same pool:     p50 ${ms(r.baseline.p50)}  p99 ${ms(r.baseline.p99)}  ${r.baseline.rps.toFixed(0)} req/s`);
    console.log(`  throughput ratio endpoint / bare: ${r.ratio.toFixed(2)}  (target ≥ 0.6: ${mark(r.ratio >= 0.6)})`);
  }

  const journeys = Number(process.env.BENCH_JOURNEYS ?? 10_000);
  const j = await benchJourneys({ journeys, stepsPerJourney: 50, starts: 300, seconds });
  console.log(`\nJourneys on PostgreSQL: ${journeys} running journeys, ${j.steps} steps (generated in ${j.generatedIn.toFixed(1)} s)`);
  console.log(`  start a 60-step journey (one at a time, ${j.start.n} starts): p50 ${ms(j.start.p50)}  p99 ${ms(j.start.p99)}  (p99 target ≤ 50 ms: ${mark(j.start.p99 <= 50)})`);
  console.log(`  portal "what's next", 10 connections, ${seconds} s: p50 ${ms(j.whatsNext.p50)}  p99 ${ms(j.whatsNext.p99)}  ${j.whatsNext.rps.toFixed(0)} req/s  errors ${j.whatsNext.errors}  (p99 target ≤ 20 ms: ${mark(j.whatsNext.p99 <= 20)})`);

  // CSV import (issue 5, R-B6).
  const imp = await benchCsvImport({ rows: Number(process.env.BENCH_IMPORT_ROWS ?? 10_000), streamRows: Number(process.env.BENCH_IMPORT_STREAM_ROWS ?? 100_000), existing: 10_000 });
  console.log(`\nCSV import on PostgreSQL: ${imp.rows} rows (${(imp.bytes / 1048576).toFixed(1)} MB; ${imp.totals.create} new, ${imp.totals.update} updates of the workspace's 10000 partners)`);
  console.log(`  upload (parse whole file, store): ${imp.upload.toFixed(2)} s;  dry run: ${imp.dryRun.toFixed(2)} s  (target ≤ 3 s: ${mark(imp.dryRun <= 3)});  commit: ${imp.commit.toFixed(2)} s  (target ≤ 5 s: ${mark(imp.commit <= 5)})`);
  console.log(`  ${imp.stream.rows} rows (${(imp.stream.bytes / 1048576).toFixed(1)} MB) dry-run as a stream in a child process: ${imp.stream.dryRunSeconds.toFixed(2)} s, peak RSS ${imp.stream.peakRssMb.toFixed(0)} MB (${imp.stream.baselineRssMb.toFixed(0)} MB before it started)  (target < 300 MB: ${mark(imp.stream.peakRssMb < 300)})`);
  console.log(`  the same with --max-old-space-size=200: ${imp.capped.dryRunSeconds.toFixed(2)} s, peak RSS ${imp.capped.peakRssMb.toFixed(0)} MB (${imp.capped.baselineRssMb.toFixed(0)} MB before)  (target < 300 MB: ${mark(imp.capped.peakRssMb < 300)})`);

  // The pipeline board (issue 5, R-B1): first page of every column, 1k and 10k partners.
  await printPipelineBoard();

  // The relationship health portfolio (issue 6, R-F9): 1k, 5k and 10k partners with a year of history.
  await printHealthPortfolio();

  // The sweep's time must follow the items due, not the steps stored (issue 4, ADR 0008).
  const due = 1000;
  const sweeps = [];
  for (const steps of (process.env.BENCH_SWEEP_STEPS ?? "100000,500000").split(",").map(Number)) {
    const r = await benchJourneySweep({ steps, due });
    sweeps.push(r);
    console.log(`\nTimer sweep on PostgreSQL: ${r.steps} journey steps, ${r.timers} timer rows (${r.pending} unfired), ${due} due (generated in ${r.generatedIn.toFixed(1)} s)`);
    console.log(`  one sweep of ${r.fired} due timers (${r.notified} notified, notifications and emails written): median ${ms(r.medianMs)}, best ${ms(r.bestMs)} of 5  (target ≤ 2 s: ${mark(r.medianMs <= 2000)})`);
  }
  const [small, large] = sweeps;
  if (small && large) console.log(`  ${large.steps / small.steps}× the steps, ${(large.medianMs / small.medianMs).toFixed(2)}× the sweep time`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
