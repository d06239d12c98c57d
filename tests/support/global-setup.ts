import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { openPglite, pgliteOptions } from "../../src/server/db/client";
import { pgliteTemplatePath } from "./database-names";

/** Migrates one PGlite per run and dumps it to a file that each test file loads (~0.5 s). */
export default async function setup() {
  mkdirSync(".tmp", { recursive: true });
  const pglite = await PGlite.create(pgliteOptions());
  const database = openPglite(pglite);
  await database.migrate();
  const dump = await pglite.dumpDataDir("gzip");
  // Written aside and renamed, so a project starting in parallel never reads half a file.
  const partial = `${pgliteTemplatePath}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, pgliteTemplatePath);
  await pglite.close();

}
