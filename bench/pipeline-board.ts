import { sql } from "drizzle-orm";
import { z } from "zod";
import { Board } from "../src/domain/pipeline/contracts";
import { buildApp } from "../src/server/app";
import { systemClock } from "../src/server/clock";
import { loadConfig } from "../src/server/config";
import { openPostgres, type Db } from "../src/server/db/client";
import { hashPassword } from "../src/server/modules/invitations/passwords";
import { percentile, recreateBenchDatabase } from "./bench-database";
import { generatePartnerNetwork } from "./generate";

const port = 3906;
const base = `http://127.0.0.1:${port}`;

/**
 * Makes the generated network look like a pipeline: moves spread over the last 120 days, a
 * contact on every partner, half of them in the default program (the board shows and filters by it).
 */
async function shapePipeline(db: Db, workspaceId: string) {
  await db.execute(sql`
    update partners p set
      stage_changed_at = now() - (abs(hashtext(p.id::text)) % (120 * 24 * 3600)) * interval '1 second',
      contact_name = 'Contact of ' || p.name,
      contact_email = 'contact.' || substr(p.id::text, 1, 8) || '@partner.test',
      program_id = case when abs(hashtext(p.id::text)) % 2 = 0 then (select id from programs where workspace_id = ${workspaceId}::uuid order by created_at limit 1) end
    where p.workspace_id = ${workspaceId}::uuid`);
  await db.execute(sql`vacuum analyze partners`);
  const [program] = z.object({ rows: z.array(z.object({ id: z.string() })) }).parse(await db.execute(sql`select id from programs where workspace_id = ${workspaceId}::uuid order by created_at limit 1`)).rows;
  if (!program) throw new Error("the bench workspace has no program");
  return program.id;
}

interface Timings {
  server: number[];
  client: number[];
}

function figures(t: Timings) {
  const server = [...t.server].sort((a, b) => a - b);
  const client = [...t.client].sort((a, b) => a - b);
  return { n: server.length, p50: percentile(server, 50), p95: percentile(server, 95), p99: percentile(server, 99), clientP99: percentile(client, 99) };
}

/**
 * Issue 5's board target: with `partners` partners on PostgreSQL, the board opens with the first
 * page of every column in ≤ 50 ms p99 server time. Requests go one at a time (server time is
 * Fastify's own measure from request to response sent, session lookup and authorization
 * included); the client's figure, on the same 2-core machine, is printed beside it.
 */
export async function benchPipelineBoard(options: { partners: number; requests: number }) {
  const databaseUrl = await recreateBenchDatabase();
  const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET: "bench-secret-bench-secret-bench-secret", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", PORT: String(port), PUBLIC_URL: base, SIGN_IN_LIMIT_PER_MINUTE: "1000", DB_POOL_SIZE: "10" });
  const database = openPostgres(databaseUrl, config.dbPoolSize);
  await database.migrate();
  const generatedAt = performance.now();
  const { workspaceId } = await generatePartnerNetwork(database.db, systemClock, { partners: options.partners, usersPerPartner: 1, passwordHash: await hashPassword("bench-password-1") });
  const programId = await shapePipeline(database.db, workspaceId);
  const generatedIn = (performance.now() - generatedAt) / 1000;

  const { app } = await buildApp({ config, database });
  const serverTimes = new Map<string, number[]>();
  let current = "";
  app.addHook("onResponse", async (_request, reply) => {
    if (current) serverTimes.get(current)?.push(reply.elapsedTime);
  });
  await app.listen({ port, host: "127.0.0.1" });
  try {
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ email: "owner@bench.test", password: "bench-password-1" }) });
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const first = Board.parse(await (await fetch(`${base}/api/w/bench/pipeline/board`, { headers: { cookie } })).json());
    const cards = first.columns.reduce((sum, column) => sum + column.cards.length, 0);
    const deepest = first.columns.find((column) => column.nextCursor !== null);
    const statements = await countStatements(database.pool, () => fetch(`${base}/api/w/bench/pipeline/board`, { headers: { cookie } }));

    const run = async (label: string, path: string) => {
      const client: number[] = [];
      serverTimes.set(label, []);
      for (let i = 0; i < options.requests + 20; i++) {
        current = i < 20 ? "" : label; // the first 20 warm the plan cache and the pool
        const began = performance.now();
        const response = await fetch(`${base}${path}`, { headers: { cookie } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        if (i >= 20) client.push(performance.now() - began);
      }
      current = "";
      return figures({ server: serverTimes.get(label) ?? [], client });
    };
    const board = await run("board", "/api/w/bench/pipeline/board");
    const filtered = await run("filtered", `/api/w/bench/pipeline/board?programId=${programId}&q=bright`);
    const nextPage = deepest?.nextCursor ? await run("column", `/api/w/bench/pipeline/columns/${deepest.stage}?cursor=${encodeURIComponent(deepest.nextCursor)}`) : null;
    return { generatedIn, cards, totals: first.columns.reduce((sum, column) => sum + column.total, 0), statements, board, filtered, nextPage };
  } finally {
    await app.close();
    await database.close();
  }
}

/** How many SQL statements one request runs (session, membership, the board). */
async function countStatements(pool: { query: (...args: never[]) => unknown } | undefined, request: () => Promise<Response>) {
  if (!pool) return Number.NaN;
  let n = 0;
  const original = pool.query;
  const counting = (...args: never[]) => {
    n += 1;
    return original.apply(pool, args);
  };
  Object.assign(pool, { query: counting });
  try {
    await (await request()).arrayBuffer();
  } finally {
    Object.assign(pool, { query: original });
  }
  return n;
}

/** `npx tsx bench/pipeline-board.ts` runs this benchmark alone (BENCH_SIZES, BENCH_REQUESTS). */
export async function printPipelineBoard() {
  const requests = Number(process.env.BENCH_REQUESTS ?? 300);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  for (const partners of (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number)) {
    const r = await benchPipelineBoard({ partners, requests });
    console.log(`\nPipeline board on PostgreSQL: ${partners} partners in ${r.totals} board rows (generated in ${r.generatedIn.toFixed(1)} s), ${r.cards} cards on the first page, ${r.statements} SQL statements per request, one request at a time`);
    const line = (label: string, f: ReturnType<typeof figures>, target = true) =>
      console.log(`  ${label}: server p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}  (client p99 ${ms(f.clientP99)}, n=${f.n})${target ? `  (p99 target ≤ 50 ms: ${f.p99 <= 50 ? "meets target" : "MISSES target"})` : ""}`);
    line("board, no filter          ", r.board);
    line("board, program + search   ", r.filtered);
    if (r.nextPage) line("next page of a column     ", r.nextPage, false);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printPipelineBoard().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
