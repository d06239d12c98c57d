import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openPglite, openPostgres, pgliteOptions, type Database } from "../../src/server/db/client";
import { pgliteTemplatePath, postgresTemplateName, testDatabaseUrl } from "./database-names";

export interface TestDatabase {
  database: Database;
  /** Closes and, on PostgreSQL, drops the file's own database. */
  dispose(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file, on the driver this project runs. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.ACCORD_TEST_DB === "postgres") {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error("ACCORD_TEST_DB=postgres needs TEST_DATABASE_URL");
    const name = `accord_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${postgresTemplateName}`);
    await admin.end();
    const database = openPostgres(testDatabaseUrl(base, name), 5);
    return {
      database,
      dispose: async () => {
        await database.close();
        const cleanup = new pg.Client({ connectionString: base });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const dump = new Blob([readFileSync(pgliteTemplatePath)]);
  const pglite = await PGlite.create({ ...pgliteOptions(), loadDataDir: dump });
  const database = openPglite(pglite);
  return { database, dispose: () => database.close() };
}
