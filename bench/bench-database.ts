import pg from "pg";

export const benchDatabaseName = "accord_bench";

/** Benchmarks run on their own database (DESIGN section 6), recreated for each run. */
export function benchDatabaseUrl(): string {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const url = new URL(base);
  url.pathname = `/${benchDatabaseName}`;
  return url.toString();
}

export async function recreateBenchDatabase(): Promise<string> {
  const target = benchDatabaseUrl();
  const adminUrl = new URL(target);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${benchDatabaseName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${benchDatabaseName}`);
  await admin.end();
  return target;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
