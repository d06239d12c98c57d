import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { JourneyTemplate, type JourneyTemplateInput } from "../src/domain/journeys/template/schema";
import { buildApp } from "../src/server/app";
import { systemClock } from "../src/server/clock";
import { loadConfig } from "../src/server/config";
import { openPostgres, type Db } from "../src/server/db/client";
import { newId } from "../src/server/ids";
import { hashPassword } from "../src/server/modules/invitations/passwords";
import { percentile, recreateBenchDatabase } from "./bench-database";
import { generatePartnerNetwork } from "./generate";

const port = 3904;
const base = `http://127.0.0.1:${port}`;
const run = promisify(execFile);
const AutocannonResult = z.object({ latency: z.object({ p50: z.number(), p99: z.number() }), requests: z.object({ average: z.number() }), errors: z.number(), non2xx: z.number() });

/** A template of `phases` × `perPhase` steps: tasks and forms on both sides, chained due rules, one gate per phase. */
function generatedTemplate(name: string, phases: number, perPhase: number): JourneyTemplateInput {
  return {
    name,
    description: "Generated for the benchmark.",
    phases: Array.from({ length: phases }, (_, p) => ({
      key: `phase_${p}`,
      name: `Phase ${p + 1}`,
      steps: Array.from({ length: perPhase }, (_, s) => {
        const key = `p${p}_s${s}`;
        const common = { key, title: `Step ${s + 1} of phase ${p + 1}`, due: s === 0 ? { after: "start" as const, businessDays: 5 * (p + 1) } : { after: "step" as const, step: `p${p}_s${s - 1}`, days: 2 } };
        if (s === perPhase - 1) return { ...common, kind: "approval_gate" as const, owner: "host:manager" as const, approver: "host:manager" as const, required: true, dependsOn: [`p${p}_s${s - 1}`] };
        if (s % 3 === 1) return { ...common, kind: "form" as const, owner: "partner:admin" as const, fields: [{ key: "answer", label: "Answer", type: "text" as const }] };
        return { ...common, kind: "task" as const, owner: s % 2 === 0 ? ("host:manager" as const) : ("partner:admin" as const), visibility: s % 4 === 0 ? ("internal" as const) : ("shared" as const) };
      }),
    })),
  };
}

async function insertTemplate(db: Db, workspaceId: string, key: string, document: JourneyTemplateInput) {
  const templateId = newId();
  const versionId = newId();
  await db.execute(sql`insert into journey_templates (id, workspace_id, key, name, created_at) values (${templateId}, ${workspaceId}, ${key}, ${document.name}, now())`);
  await db.execute(sql`insert into journey_template_versions (id, workspace_id, template_id, version, document, yaml, created_at) values (${versionId}, ${workspaceId}, ${templateId}, 1, ${JSON.stringify(JourneyTemplate.parse(document))}::jsonb, '# generated', now())`);
  return { templateId, versionId };
}

/**
 * `journeys` running journeys in set-based SQL, copying the template version's steps as the
 * engine does; each journey is somewhere between its start and its end (done steps first).
 */
async function generateJourneys(db: Db, workspaceId: string, versionId: string, journeys: number) {
  await db.execute(sql`
    insert into journeys (id, workspace_id, partner_id, template_version_id, name, started_at)
    select gen_random_uuid(), ${workspaceId}::uuid, p.id, ${versionId}::uuid, 'Bench journey', now() - ((row_number() over (order by p.id)) % 120) * interval '1 day'
    from partners p where p.workspace_id = ${workspaceId}::uuid order by p.id limit ${journeys}`);
  await db.execute(sql`
    insert into journey_steps (id, workspace_id, journey_id, partner_id, phase_key, position, key, kind, title, owner_role, owner_user_id, visibility, required, definition, status, due_at, baseline_due_at, completed_at)
    select gen_random_uuid(), j.workspace_id, j.id, j.partner_id, ph.value->>'key', (ph.ord * 100 + st.ord)::int, st.value->>'key', st.value->>'kind', st.value->>'title',
      st.value->>'owner', case when st.value->>'owner' like 'partner:%' then pm.user_id else p.owner_user_id end, st.value->>'visibility', (st.value->>'required')::boolean, st.value,
      case when (ph.ord - 1) * 10 + st.ord <= extract(day from now() - j.started_at) / 3 then 'done' else 'open' end,
      j.started_at + ((ph.ord - 1) * 10 + st.ord) * interval '2 days', j.started_at + ((ph.ord - 1) * 10 + st.ord) * interval '2 days',
      case when (ph.ord - 1) * 10 + st.ord <= extract(day from now() - j.started_at) / 3 then j.started_at + ((ph.ord - 1) * 10 + st.ord) * interval '2 days' end
    from journeys j
    join partners p on p.id = j.partner_id
    join journey_template_versions v on v.id = j.template_version_id
    left join partner_members pm on pm.partner_id = p.id and pm.role = 'partner_admin'
    cross join lateral jsonb_array_elements(v.document->'phases') with ordinality as ph(value, ord)
    cross join lateral jsonb_array_elements(ph.value->'steps') with ordinality as st(value, ord)
    where j.workspace_id = ${workspaceId}::uuid`);
  await db.execute(sql`vacuum analyze`);
}

/** The rows of a raw statement, checked: the driver types them as unknown. */
function rowsOf<T extends z.ZodType>(row: T, result: unknown): z.infer<T>[] {
  return z.object({ rows: z.array(row) }).parse(result).rows;
}

async function signIn(email: string, password: string) {
  const response = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ email, password }) });
  if (response.status !== 200) throw new Error(`bench sign-in of ${email} failed: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/**
 * Issue 4's targets on PostgreSQL with 10,000 running journeys (500,000 steps): starting a
 * 60-step journey (p99 ≤ 50 ms, one request at a time, server time seen by the client) and the
 * portal's "what's next" under 10 connections (p99 ≤ 20 ms).
 */
export async function benchJourneys(options: { journeys: number; stepsPerJourney: number; starts: number; seconds: number }) {
  const databaseUrl = await recreateBenchDatabase();
  const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET: "bench-secret-bench-secret-bench-secret", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", PORT: String(port), PUBLIC_URL: base, SIGN_IN_LIMIT_PER_MINUTE: "1000", DB_POOL_SIZE: "10" });
  const database = openPostgres(databaseUrl, config.dbPoolSize);
  await database.migrate();
  const passwordHash = await hashPassword("bench-password-1");
  const generatedAt = performance.now();
  const { workspaceId } = await generatePartnerNetwork(database.db, systemClock, { partners: options.journeys + options.starts, usersPerPartner: 2, passwordHash });
  const bulk = await insertTemplate(database.db, workspaceId, "bench-bulk", generatedTemplate("Bench journey", options.stepsPerJourney / 10, 10));
  const sixty = await insertTemplate(database.db, workspaceId, "bench-sixty", generatedTemplate("Sixty steps", 6, 10));
  await generateJourneys(database.db, workspaceId, bulk.versionId, options.journeys);
  const [counts] = rowsOf(z.object({ steps: z.string() }), await database.db.execute(sql`select count(*)::text as steps from journey_steps`));
  // One partner admin who can sign in, for the portal.
  const [portalUser] = rowsOf(z.object({ user_id: z.string(), partner_id: z.string(), email: z.string() }), await database.db.execute(sql`
    select pm.user_id, pm.partner_id, u.email from partner_members pm join "user" u on u.id = pm.user_id
    join journeys j on j.partner_id = pm.partner_id where pm.role = 'partner_admin' order by pm.partner_id limit 1`));
  if (!portalUser) throw new Error("no partner admin with a journey was generated");
  await database.db.execute(sql`insert into account (id, account_id, provider_id, user_id, password) values (${newId()}, ${portalUser.user_id}, 'credential', ${portalUser.user_id}, ${passwordHash})`);
  const generatedIn = (performance.now() - generatedAt) / 1000;

  const { app } = await buildApp({ config, database });
  await app.listen({ port, host: "127.0.0.1" });
  try {
    const ownerCookie = await signIn("owner@bench.test", "bench-password-1");
    const fresh = rowsOf(z.object({ id: z.string() }), await database.db.execute(sql`select p.id from partners p where not exists (select 1 from journeys j where j.partner_id = p.id) order by p.id limit ${options.starts}`));
    const startTimes: number[] = [];
    for (const { id } of fresh) {
      const began = performance.now();
      const response = await fetch(`${base}/api/w/bench/partners/${id}/journeys`, { method: "POST", headers: { "content-type": "application/json", origin: base, cookie: ownerCookie }, body: JSON.stringify({ templateId: sixty.templateId }) });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`starting a journey answered ${response.status}`);
      startTimes.push(performance.now() - began);
    }
    startTimes.sort((a, b) => a - b);

    const partnerCookie = await signIn(portalUser.email, "bench-password-1");
    const { stdout } = await run("npx", ["autocannon", "--json", "-c", "10", "-d", String(options.seconds), "-H", `cookie=${partnerCookie}`, `${base}/api/w/bench/partners/${portalUser.partner_id}/whats-next`], { maxBuffer: 10_000_000 });
    const whatsNext = AutocannonResult.parse(JSON.parse(stdout));
    return {
      generatedIn,
      steps: Number(counts?.steps ?? 0),
      start: { n: startTimes.length, p50: percentile(startTimes, 50), p99: percentile(startTimes, 99) },
      whatsNext: { p50: whatsNext.latency.p50, p99: whatsNext.latency.p99, rps: whatsNext.requests.average, errors: whatsNext.errors + whatsNext.non2xx },
    };
  } finally {
    await app.close();
    await database.close();
  }
}
