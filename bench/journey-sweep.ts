import { sql } from "drizzle-orm";
import type pg from "pg";
import pino from "pino";
import { systemClock } from "../src/server/clock";
import { openPostgres, type Db } from "../src/server/db/client";
import { sweepDueTimers } from "../src/server/jobs/sweep-timers";
import { hashPassword } from "../src/server/modules/invitations/passwords";
import { newId } from "../src/server/ids";
import { percentile, recreateBenchDatabase } from "./bench-database";
import { generatePartnerNetwork } from "./generate";

const stepsPerJourney = 50;
const publicUrl = "http://127.0.0.1:3903";

/**
 * One journey of `stepsPerJourney` steps per partner, in set-based SQL: the first 20 steps done
 * (their timers fired, as history), the rest open with reminder, overdue and escalation timers
 * in the future. Then `due` open steps are made overdue, each with exactly one timer due now.
 */
async function generateJourneys(db: Db, workspaceId: string, due: number) {
  const templateId = newId();
  const versionId = newId();
  await db.execute(sql`insert into journey_templates (id, workspace_id, key, name, created_at) values (${templateId}, ${workspaceId}, 'bench', 'Bench onboarding', now())`);
  await db.execute(sql`
    insert into journey_template_versions (id, workspace_id, template_id, version, document, yaml, created_at)
    values (${versionId}, ${workspaceId}, ${templateId}, 1, '{"key":"bench","name":"Bench onboarding","phases":[]}', 'key: bench', now())`);
  await db.execute(sql`
    insert into journeys (id, workspace_id, partner_id, template_version_id, name, started_at)
    select gen_random_uuid(), ${workspaceId}::uuid, p.id, ${versionId}::uuid, 'Reseller onboarding', now() - interval '30 days'
    from partners p where p.workspace_id = ${workspaceId}::uuid`);
  // Even steps are internal and owned by the owning manager, odd ones shared and owned by the partner's admin.
  await db.execute(sql`
    insert into journey_steps (id, workspace_id, journey_id, partner_id, phase_key, position, key, kind, title, owner_role, owner_user_id, visibility, definition, status, due_at, baseline_due_at, completed_at)
    select gen_random_uuid(), j.workspace_id, j.id, j.partner_id, 'phase_' || (k / 10), k, 'step_' || k, 'task', 'Step ' || k,
      case when k % 2 = 0 then 'host:manager' else 'partner:admin' end,
      case when k % 2 = 0 then p.owner_user_id else pm.user_id end,
      case when k % 2 = 0 then 'internal' else 'shared' end,
      '{}'::jsonb,
      case when k <= 20 then 'done' else 'open' end,
      j.started_at + k * interval '2 days', j.started_at + k * interval '2 days',
      case when k <= 20 then j.started_at + k * interval '2 days' end
    from journeys j
    join partners p on p.id = j.partner_id
    left join partner_members pm on pm.partner_id = p.id and pm.role = 'partner_admin'
    cross join generate_series(1, ${stepsPerJourney}) as k
    where j.workspace_id = ${workspaceId}::uuid`);
  await db.execute(sql`
    insert into journey_timers (id, workspace_id, step_id, kind, due_at, fire_at, fired_at)
    select gen_random_uuid(), s.workspace_id, s.id, t.kind, s.due_at, s.due_at + t.delay, case when s.status <> 'open' then s.due_at + t.delay end
    from journey_steps s
    cross join (values ('reminder', interval '-2 days'), ('overdue', interval '0'), ('escalation', interval '3 days')) as t(kind, delay)
    where s.workspace_id = ${workspaceId}::uuid`);
  // `due` open steps became overdue an hour ago: their reminder went out, the overdue notice is due.
  await db.execute(sql`
    create temporary table bench_due as
    select id from journey_steps where workspace_id = ${workspaceId}::uuid and status = 'open' order by id limit ${due}`);
  await db.execute(sql`update journey_steps set due_at = now() - interval '1 hour' where id in (select id from bench_due)`);
  await db.execute(sql`delete from journey_timers where step_id in (select id from bench_due)`);
  await db.execute(sql`
    insert into journey_timers (id, workspace_id, step_id, kind, due_at, fire_at, fired_at)
    select gen_random_uuid(), s.workspace_id, s.id, t.kind, s.due_at, s.due_at + t.delay, case when t.kind = 'reminder' then s.due_at + t.delay end
    from journey_steps s
    cross join (values ('reminder', interval '-2 days'), ('overdue', interval '0'), ('escalation', interval '3 days')) as t(kind, delay)
    where s.id in (select id from bench_due)`);
  await db.execute(sql`drop table bench_due`);
  await db.execute(sql`vacuum analyze`);
}

async function countOf(pool: pg.Pool, query: string): Promise<number> {
  const result = await pool.query<{ n: number }>(query);
  return Number(result.rows[0]?.n ?? 0);
}

/** Puts the swept timers back (unfired, their notices and emails gone) so the sweep can be timed again. */
async function undoSweep(db: Db, timerIds: string[]) {
  const ids = `{${timerIds.join(",")}}`;
  await db.execute(sql`update journey_timers set fired_at = null where id = any(${ids}::uuid[])`);
  await db.execute(sql`delete from outbox where dedupe_key like 'notification:%'`);
  await db.execute(sql`delete from notifications`);
  await db.execute(sql`vacuum analyze journey_timers, notifications, outbox`);
}

/**
 * Times one sweep of `due` due timers on a database of `steps` journey steps (PostgreSQL), five
 * times, and reports the median: the sweep claims through the partial index on fire_at, so its
 * time should follow the number of items due, not the number of steps.
 */
export async function benchJourneySweep(options: { steps: number; due: number; runs?: number }) {
  const databaseUrl = await recreateBenchDatabase();
  const database = openPostgres(databaseUrl, 5);
  await database.migrate();
  const partners = Math.ceil(options.steps / stepsPerJourney);
  const started = performance.now();
  const { workspaceId } = await generatePartnerNetwork(database.db, systemClock, { partners, usersPerPartner: 1, passwordHash: await hashPassword("bench-password-1") });
  await generateJourneys(database.db, workspaceId, options.due);
  const generatedIn = (performance.now() - started) / 1000;
  const pool = database.pool;
  if (!pool) throw new Error("the sweep bench needs PostgreSQL");
  const stepCount = await countOf(pool, "select count(*)::int as n from journey_steps");
  const timerCount = await countOf(pool, "select count(*)::int as n from journey_timers");
  const pending = await countOf(pool, "select count(*)::int as n from journey_timers where fired_at is null");

  const deps = { db: database.db, clock: systemClock, config: { publicUrl }, log: pino({ level: "silent" }) };
  const timings: number[] = [];
  let fired = 0;
  let notified = 0;
  for (let run = 0; run < (options.runs ?? 5); run++) {
    const t0 = performance.now();
    const result = await sweepDueTimers(deps, { limit: options.due });
    timings.push(performance.now() - t0);
    fired = result.length;
    notified = result.filter((f) => f.notifiedUserIds.length > 0).length;
    await undoSweep(database.db, result.map((f) => f.timerId));
  }
  await database.close();
  const sorted = [...timings].sort((a, b) => a - b);
  return { steps: stepCount, timers: timerCount, pending, fired, notified, generatedIn, medianMs: percentile(sorted, 50), bestMs: sorted[0] ?? Number.NaN };
}
