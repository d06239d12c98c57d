import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Fastify from "fastify";
import type pg from "pg";
import { z } from "zod";
import { buildApp } from "../src/server/app";
import { systemClock } from "../src/server/clock";
import { loadConfig } from "../src/server/config";
import { openPostgres } from "../src/server/db/client";
import { hashPassword } from "../src/server/modules/invitations/passwords";
import { recreateBenchDatabase } from "./bench-database";
import { generatePartnerNetwork } from "./generate";

const AutocannonResult = z.object({
  latency: z.object({ p50: z.number(), p99: z.number() }),
  requests: z.object({ average: z.number() }),
  errors: z.number(),
  non2xx: z.number(),
});

const StatementConfig = z.object({ text: z.string(), name: z.string().optional(), rowMode: z.literal("array").optional(), values: z.array(z.unknown()).optional() });

/** Drizzle passes a statement as a config object and its values as the second argument. */
function asStatement(first: unknown, second: unknown): pg.QueryConfig | null {
  const values = Array.isArray(second) ? second : undefined;
  if (typeof first === "string") return { text: first, values };
  const parsed = StatementConfig.safeParse(first);
  return parsed.success ? { ...parsed.data, values: values ?? parsed.data.values } : null;
}

interface Recorded {
  config: pg.QueryConfig;
}

const listQuery = "/api/w/bench/partners?q=bright&stage=active&stage=onboarding&sort=name&page=2&pageSize=25";

const run = promisify(execFile);

/** autocannon in its own process, so the load generator does not share the server's event loop. */
async function load(url: string, headers: Record<string, string>, seconds: number) {
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}=${v}`]);
  const { stdout } = await run("npx", ["autocannon", "--json", "-c", "10", "-d", String(seconds), ...headerArgs, url], { maxBuffer: 10_000_000 });
  const result = AutocannonResult.parse(JSON.parse(stdout));
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx };
}

/**
 * The partners list under load (10 connections), beside a bare Fastify route that replays the
 * identical SQL statements (session lookup included) on the same pool without our layers.
 * The load generator shares the 2-core machine with the server: figures are conservative.
 */
export async function benchPartnersList(options: { partners: number; usersPerPartner: number; seconds: number }) {
  // Three quarters of the way through the list: the cost of a deep offset.
  const deepPage = Math.max(1, Math.floor((options.partners / 25) * 0.75));
  const deepPageQuery = `/api/w/bench/partners?sort=-updated&page=${deepPage}&pageSize=25`;
  const databaseUrl = await recreateBenchDatabase();
  const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET: "bench-secret-bench-secret-bench-secret", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", PORT: "3901", PUBLIC_URL: "http://127.0.0.1:3901", SIGN_IN_LIMIT_PER_MINUTE: "1000", DB_POOL_SIZE: "10" });
  const database = openPostgres(databaseUrl, config.dbPoolSize);
  await database.migrate();
  const passwordHash = await hashPassword("bench-password-1");
  const started = performance.now();
  await generatePartnerNetwork(database.db, systemClock, { ...options, passwordHash });
  const generatedIn = (performance.now() - started) / 1000;

  const { app } = await buildApp({ config, database });
  await app.listen({ port: 3901, host: "127.0.0.1" });
  const signIn = await fetch("http://127.0.0.1:3901/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://127.0.0.1:3901" },
    body: JSON.stringify({ email: "owner@bench.test", password: "bench-password-1" }),
  });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

  // Record the statements one real request runs, to replay them on the bare route.
  const pool = database.pool;
  if (!pool) throw new Error("bench needs the PostgreSQL pool");
  const recorded: Recorded[] = [];
  const original = pool.query.bind(pool);
  const recordingQuery = (...args: Parameters<typeof original>) => {
    const statement = asStatement(args[0], args[1]);
    if (statement) recorded.push({ config: statement });
    return original(...args);
  };
  Object.assign(pool, { query: recordingQuery });
  const probe = await fetch(`http://127.0.0.1:3901${listQuery}`, { headers: { cookie } });
  Object.assign(pool, { query: original });
  if (probe.status !== 200) throw new Error(`list endpoint answered ${probe.status}`);

  const bare = Fastify();
  bare.get("/bare", async () => {
    // The statements before the last two depend on each other (session, then membership);
    // the list and its count run together, as in the real endpoint.
    const sequential = recorded.slice(0, -2);
    const parallel = recorded.slice(-2);
    for (const r of sequential) await pool.query(r.config);
    const [rows] = await Promise.all(parallel.map((r) => pool.query(r.config)));
    return rows?.rows ?? [];
  });
  await bare.listen({ port: 3902, host: "127.0.0.1" });
  const bareProbe = await fetch("http://127.0.0.1:3902/bare");
  if (bareProbe.status !== 200) throw new Error(`bare route answered ${bareProbe.status}: ${await bareProbe.text()}`);

  await load(`http://127.0.0.1:3901${listQuery}`, { cookie }, 2); // warm-up
  const real = await load(`http://127.0.0.1:3901${listQuery}`, { cookie }, options.seconds);
  const deep = await load(`http://127.0.0.1:3901${deepPageQuery}`, { cookie }, options.seconds);
  await load("http://127.0.0.1:3902/bare", {}, 2);
  const baseline = await load("http://127.0.0.1:3902/bare", {}, options.seconds);
  await bare.close();
  await app.close();
  await database.close();
  return { generatedIn, statements: recorded.length, real, deep, deepPage, baseline, ratio: real.rps / baseline.rps };
}
