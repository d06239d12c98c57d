import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { FastifyBaseLogger as Logger } from "fastify";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One handle type for both drivers, so every query type-checks once. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** What a service receives inside `db.transaction(...)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The node-postgres pool, when there is one (benchmarks run bare SQL on it). */
  pool?: pg.Pool;
}

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export function pgliteOptions() {
  return { extensions: { pg_trgm } };
}

export function openPglite(client: PGlite): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
    ping: async () => {
      await client.query("select 1");
    },
    close: () => client.close(),
  };
}

export function openPostgres(url: string, poolSize: number, log?: Logger): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Without a listener an idle client's error (e.g. the server restarting) kills the process.
  pool.on("error", (err) => log?.warn({ err }, "idle PostgreSQL connection lost; the pool will reconnect"));
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    pool,
    migrate: () => migrateNodePg(drizzleNodePg({ client: pool, schema }), { migrationsFolder }),
    ping: async () => {
      await pool.query("select 1");
    },
    close: () => pool.end(),
  };
}

export async function openDatabase(options: { databaseUrl?: string; dataDir: string; poolSize: number; log?: Logger }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize, options.log);
  // PGlite does not create the parent folders of its data directory.
  mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir, pgliteOptions());
  return openPglite(client);
}
