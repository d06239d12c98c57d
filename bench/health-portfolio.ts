import { sql } from "drizzle-orm";
import { z } from "zod";
import { HealthPortfolio } from "../src/domain/health/contracts";
import { buildApp } from "../src/server/app";
import { systemClock } from "../src/server/clock";
import { loadConfig } from "../src/server/config";
import { openPostgres, type Db } from "../src/server/db/client";
import { refreshWorkspaceHealth } from "../src/server/modules/health/refresh";
import { hashPassword } from "../src/server/modules/invitations/passwords";
import { percentile, recreateBenchDatabase } from "./bench-database";
import { generatePartnerNetwork } from "./generate";

const origin = "http://127.0.0.1:3907";
const stepsPerPartner = 50;
const meetingsPerPartner = 26;

/**
 * A year of relationship history for every partner, in set-based SQL: a journey started a year
 * ago with 50 steps due through the year (most done on time, some late, some overdue; one partner
 * in five struggles), a meeting
 * every two weeks with its recap, four quarters of reviews from both sides, three escalations
 * (one still open), fired escalation timers on a tenth of the steps and two recap escalations.
 */
async function generateYearOfHistory(db: Db, workspaceId: string) {
  const ws = sql`${workspaceId}::uuid`;
  await db.execute(sql`
    update partners set stage = (array['onboarding','active','active','offboarding'])[1 + abs(hashtext(id::text)) % 4],
      created_at = now() - interval '400 days' where workspace_id = ${ws}`);
  await db.execute(sql`
    insert into journeys (id, workspace_id, partner_id, template_version_id, name, started_at)
    select gen_random_uuid(), p.workspace_id, p.id, (select v.id from journey_template_versions v where v.workspace_id = ${ws} order by v.created_at limit 1), 'Bench journey', now() - interval '365 days'
    from partners p where p.workspace_id = ${ws}`);
  await db.execute(sql`
    insert into journey_steps (id, workspace_id, journey_id, partner_id, phase_key, position, key, kind, title, owner_role, visibility, definition, status, due_at, completed_at)
    select gen_random_uuid(), j.workspace_id, j.id, j.partner_id, 'year', s, 'step_' || s, 'task', 'Step ' || s,
      case when s % 2 = 0 then 'host:manager' else 'partner:admin' end, 'shared', '{}'::jsonb,
      case when r < on_time and due < now() then 'done' when r < on_time + 15 and due < now() - interval '4 days' then 'done' else 'open' end,
      due,
      case when r < on_time and due < now() then due - interval '6 hours' when r < on_time + 15 and due < now() - interval '4 days' then due + interval '3 days' end
    from journeys j,
      -- One partner in five struggles: fewer steps on time, more left open.
      lateral (select case when abs(hashtext(j.partner_id::text)) % 5 = 0 then 25 else 70 end as on_time) q,
      lateral (select s, j.started_at + (s * 7 + 3) * interval '1 day' as due, abs(hashtext(j.id::text || s)) % 100 as r from generate_series(1, ${stepsPerPartner}) as s) x
    where j.workspace_id = ${ws}`);
  await db.execute(sql`
    insert into journey_timers (id, workspace_id, step_id, kind, due_at, fire_at, fired_at)
    select gen_random_uuid(), s.workspace_id, s.id, 'escalation', s.due_at, s.due_at + interval '3 days', s.due_at + interval '3 days'
    from journey_steps s where s.workspace_id = ${ws} and s.position % 10 = 3 and s.due_at < now() - interval '3 days'`);
  await db.execute(sql`
    insert into partner_meetings (id, workspace_id, partner_id, kind, title, starts_at, ends_at, held_at, recap_sent_at, created_at)
    select gen_random_uuid(), p.workspace_id, p.id, case when m = 1 then 'kickoff' when m = 2 then 'alignment' else 'check_in' end, 'Meeting ' || m,
      at, at + interval '1 hour', at + interval '1 hour', at + interval '5 hours', at - interval '7 days'
    from partners p, lateral (select m, now() - interval '365 days' + (m * 14 - (abs(hashtext(p.id::text)) % 20)) * interval '1 day' as at from generate_series(1, ${meetingsPerPartner}) as m) x
    where p.workspace_id = ${ws} and x.at < now()`);
  await db.execute(sql`
    insert into quarterly_reviews (id, workspace_id, partner_id, quarter, side, trust, satisfaction, rated_at)
    select gen_random_uuid(), p.workspace_id, p.id, 'bench-Q' || q, side, 1 + (abs(hashtext(p.id::text || q || side)) % 10), 1 + (abs(hashtext(side || q || p.id::text)) % 10),
      now() - interval '365 days' + q * interval '90 days'
    from partners p, generate_series(1, 4) as q, unnest(array['host','partner']) as side
    where p.workspace_id = ${ws}`);
  await db.execute(sql`
    insert into escalations (id, workspace_id, partner_id, title, raised_side, raised_at, raiser_perspective, answered_at, meeting_held_at, resolved_at)
    select gen_random_uuid(), p.workspace_id, p.id, 'Escalation ' || e, case when e % 2 = 0 then 'host' else 'partner' end, at, 'What happened',
      case when e < 3 then at + (e * 20) * interval '1 hour' end, case when e < 3 then at + interval '40 hours' end, case when e < 3 then at + interval '3 days' end
    from partners p, lateral (select e, now() - (300 - e * 95 - abs(hashtext(p.id::text)) % 5) * interval '1 day' as at from generate_series(1, 3) as e) x
    where p.workspace_id = ${ws}`);
  await db.execute(sql`
    insert into relationship_timers (id, workspace_id, partner_id, subject_type, subject_id, kind, fire_at, fired_at)
    select gen_random_uuid(), p.workspace_id, p.id, 'meeting', gen_random_uuid(), 'recap.escalation', at, at
    from partners p, lateral (select now() - (abs(hashtext(p.id::text || k)) % 200) * interval '1 day' as at from generate_series(1, 2) as k) x
    where p.workspace_id = ${ws}`);
  await db.execute(sql`vacuum analyze`);
  const counted = await db.execute(sql`
    select (select count(*) from journey_steps) + (select count(*) from partner_meetings) + (select count(*) from quarterly_reviews)
      + (select count(*) from escalations) + (select count(*) from journey_timers) + (select count(*) from relationship_timers) as rows`);
  return z.object({ rows: z.array(z.object({ rows: z.coerce.number() })) }).parse(counted).rows[0]?.rows ?? 0;
}

function figures(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/**
 * Issue 6's target: the portfolio health view over `partners` partners with a year of history
 * each answers in ≤ 200 ms p99 on PostgreSQL. The stored scores are refreshed first (timed per
 * 1,000 partners); then the route is called one request at a time in-process (app.inject, so
 * the figure is the server's work: session, authorization, SQL, serialisation).
 */
export async function benchHealthPortfolio(options: { partners: number; requests: number }) {
  const databaseUrl = await recreateBenchDatabase();
  const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET: "bench-secret-bench-secret-bench-secret", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", PUBLIC_URL: origin, SIGN_IN_LIMIT_PER_MINUTE: "1000" });
  const database = openPostgres(databaseUrl, config.dbPoolSize);
  await database.migrate();
  const generatedAt = performance.now();
  const { workspaceId } = await generatePartnerNetwork(database.db, systemClock, { partners: options.partners, usersPerPartner: 1, passwordHash: await hashPassword("bench-password-1") });
  const historyRows = await generateYearOfHistory(database.db, workspaceId);
  const generatedIn = (performance.now() - generatedAt) / 1000;

  const refreshStarted = performance.now();
  const scored = await refreshWorkspaceHealth(database.db, workspaceId, systemClock.now());
  const refreshSeconds = (performance.now() - refreshStarted) / 1000;

  const { app } = await buildApp({ config, database });
  await app.ready();
  try {
    const signIn = await app.inject({ method: "POST", url: "/api/auth/sign-in/email", headers: { origin }, payload: { email: "owner@bench.test", password: "bench-password-1" } });
    const raw = signIn.headers["set-cookie"];
    const cookie = (Array.isArray(raw) ? raw : [raw ?? ""]).map((c) => c.split(";")[0]).join("; ");
    const first = HealthPortfolio.parse((await app.inject({ method: "GET", url: "/api/w/bench/health", headers: { cookie } })).json());
    const run = async (url: string) => {
      const samples: number[] = [];
      for (let i = 0; i < options.requests + 20; i++) {
        const began = performance.now();
        const response = await app.inject({ method: "GET", url, headers: { cookie } });
        if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
        if (i >= 20) samples.push(performance.now() - began); // the first 20 warm the plan cache and the pool
      }
      return figures(samples);
    };
    const owner = first.owners[0]?.userId ?? "none";
    return {
      generatedIn,
      historyRows,
      scored,
      refreshSeconds,
      listed: first.total,
      bandTotals: first.bandTotals,
      firstPage: await run("/api/w/bench/health"),
      filtered: await run(`/api/w/bench/health?band=at_risk&ownerUserId=${owner}`),
      deepPage: await run(`/api/w/bench/health?page=${Math.max(1, Math.floor(first.total / 25 / 2))}`),
    };
  } finally {
    await app.close();
    await database.close();
  }
}

/** `npx tsx bench/health-portfolio.ts` runs this benchmark alone (BENCH_HEALTH_SIZES, BENCH_REQUESTS). */
export async function printHealthPortfolio() {
  const requests = Number(process.env.BENCH_REQUESTS ?? 300);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const results: { partners: number; p50: number; p99: number }[] = [];
  for (const partners of (process.env.BENCH_HEALTH_SIZES ?? "1000,5000,10000").split(",").map(Number)) {
    const r = await benchHealthPortfolio({ partners, requests });
    console.log(`\nHealth portfolio on PostgreSQL: ${partners} partners, ${r.historyRows} rows of a year's history (generated in ${r.generatedIn.toFixed(1)} s), ${r.listed} listed`);
    console.log(`  bands: ${r.bandTotals.healthy} healthy, ${r.bandTotals.watch} watch, ${r.bandTotals.at_risk} at risk, ${r.bandTotals.unscored} not scored`);
    console.log(`  refresh of the stored scores: ${r.refreshSeconds.toFixed(2)} s for ${r.scored} partners = ${((1000 * r.refreshSeconds) / Math.max(1, r.scored)).toFixed(2)} s per 1,000 partners`);
    const line = (label: string, f: ReturnType<typeof figures>) =>
      console.log(`  ${label}: p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}  (n=${f.n}, in-process)  (p99 target ≤ 200 ms: ${f.p99 <= 200 ? "meets target" : "MISSES target"})`);
    line("portfolio, first page       ", r.firstPage);
    line("portfolio, band + owner     ", r.filtered);
    line("portfolio, a middle page    ", r.deepPage);
    results.push({ partners, p50: r.firstPage.p50, p99: r.firstPage.p99 });
  }
  const [smallest] = results;
  const largest = results.at(-1);
  if (smallest && largest && largest !== smallest) {
    // p50 shows the growth of the work; p99 on a shared 2-core machine mostly shows what else ran.
    console.log(`  growth of the first page: ${largest.partners / smallest.partners}× the partners, ${(largest.p50 / smallest.p50).toFixed(2)}× the p50, ${(largest.p99 / smallest.p99).toFixed(2)}× the p99 (${results.map((entry) => `${entry.partners}: p50 ${ms(entry.p50)} / p99 ${ms(entry.p99)}`).join(", ")})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printHealthPortfolio().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
