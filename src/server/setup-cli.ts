import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { SetupInput } from "../domain/workspaces/schemas";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/client";
import { systemClock } from "./clock";
import { runFirstSetup, setupNeeded } from "./modules/setup/service";
import { AppError } from "./errors";
import pino from "pino";

/**
 * `npm run setup`: the first-run setup page, on the command line. Creates the first workspace and
 * its owner on the configured database. Flags or prompts:
 *   npm run setup -- --workspace "Acme" --slug acme --name "Ada Lovelace" --email ada@acme.com
 * The password is asked for (or taken from ACCORD_SETUP_PASSWORD for automation).
 */
async function main() {
  const { values } = parseArgs({
    options: { workspace: { type: "string" }, slug: { type: "string" }, name: { type: "string" }, email: { type: "string" } },
  });
  const config = loadConfig();
  const log = pino({ level: "warn" });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2, log });
  try {
    await database.migrate();
    const ctx = { config, database, db: database.db, clock: systemClock, log };
    if (!(await setupNeeded(ctx))) {
      console.log("Accord is already set up: sign in, or ask an owner to invite you.");
      return;
    }
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const ask = async (label: string, given: string | undefined) => given ?? (await rl.question(`${label}: `)).trim();
    const raw = {
      workspaceName: await ask("Workspace name", values.workspace),
      workspaceSlug: await ask("Workspace address (lowercase letters, digits, dashes)", values.slug),
      name: await ask("Your name", values.name),
      email: await ask("Your email", values.email),
      password: process.env.ACCORD_SETUP_PASSWORD ?? (await rl.question("Password (at least 10 characters): ")),
    };
    rl.close();
    const input = SetupInput.safeParse(raw);
    if (!input.success) {
      for (const issue of input.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
      process.exitCode = 2;
      return;
    }
    await runFirstSetup(ctx, input.data);
    console.log(`Done. Start Accord (npm start) and sign in at ${config.publicUrl}/sign-in as ${input.data.email}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof AppError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
