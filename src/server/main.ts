import { ConfigError, loadConfig } from "./config";
import { buildApp } from "./app";
import { demoAccounts, demoPassword, loadDemo } from "./db/seed/demo";
import { setupNeeded } from "./modules/setup/service";
import { smtpMailer, startOutboxWorker } from "./jobs/deliver-outbox";
import { startTimerSweeper } from "./jobs/sweep-timers";
import { startHealthRefresher } from "./modules/health/refresh";

/** Reads config, migrates, loads demo data when asked, listens, and drains on SIGTERM. */
async function main() {
  const startedAt = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { app, ctx } = await buildApp({ config });
  await ctx.database.migrate();
  const demoLoadedNow = config.demo ? await loadDemo(ctx) : false;

  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl) : null;
  const worker = mailer
    ? startOutboxWorker({ db: ctx.db, clock: ctx.clock, mailer, from: config.mailFrom, domain: new URL(config.publicUrl).hostname, log: ctx.log })
    : null;
  // Reminders, overdue notices and escalations: every process sweeps, SKIP LOCKED shares the work (ADR 0008).
  const sweeper = startTimerSweeper({ db: ctx.db, clock: ctx.clock, config, log: ctx.log, intervalMs: config.timerSweepIntervalMs });
  // The portfolio reads stored health scores; this keeps them fresh (ADR 0017).
  const healthRefresher = startHealthRefresher({ db: ctx.db, clock: ctx.clock, log: ctx.log, intervalMs: config.healthRefreshIntervalMs });

  await app.listen({ port: config.port, host: config.host });
  const url = config.publicUrl;
  const lines = [
    "",
    `  Accord is running at ${url}  (ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s, database: ${ctx.database.kind})`,
  ];
  if (config.demo) {
    lines.push(
      `  Demo workspace${demoLoadedNow ? " loaded" : ""}: ${url}/w/demo`,
      `  DEMO sign-in (demo data only): ${demoAccounts.owner.email} / ${demoPassword}`,
      `  DEMO partner portal: ${demoAccounts.partnerAdmin.email} / ${demoPassword}`,
    );
  } else if (await setupNeeded(ctx)) {
    lines.push(`  First run: open ${url}/setup to create your workspace and its owner.`);
  }
  if (!mailer) lines.push("  SMTP_URL is not set: emails wait on the Outbox page (under Administration).");
  console.log(lines.join("\n") + "\n");

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "draining requests and closing the database");
    await sweeper.stop();
    await healthRefresher.stop();
    await worker?.stop();
    mailer?.close();
    await app.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
