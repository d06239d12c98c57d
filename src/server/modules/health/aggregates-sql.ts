import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { escalationLimitHours, issueLimitHours, lookbackDays, pendingCountsAfterHours } from "../../../domain/health/aggregate";
import type { HealthAggregates } from "../../../domain/health/schemas";
import { journeyBreachTimerKind, meetingEveryDaysOf, relationshipBreachTimerSuffix } from "../../../domain/health/sources";
import type { DbOrTx } from "../../db/client";

/*
 * The health aggregates of many partners in ONE statement (ADR 0017): every CTE is a set-based
 * GROUP BY over the batch's partners, read through the (workspace_id, partner_id, …) indexes, so
 * a batch costs the same few scans whether it holds 1 partner or 500. The rules mirror
 * `aggregateHistory` in domain/health exactly (tests/integration/health-aggregates.test.ts proves
 * both give the same figures); the thresholds are passed in from the domain, never repeated here.
 */

const num = z.coerce.number();
const optionalNum = z.coerce.number().nullable();

const AggregateRow = z.object({
  partner_id: z.string(),
  days_since_start: num,
  frequency: z.string().nullable(),
  days_since_last_meeting: optionalNum,
  meetings_last_90: num,
  host_median: optionalNum,
  host_samples: num,
  partner_median: optionalNum,
  partner_samples: num,
  host_latest: optionalNum,
  host_previous: optionalNum,
  host_latest_at: z.string().nullable(),
  partner_latest: optionalNum,
  partner_previous: optionalNum,
  partner_latest_at: z.string().nullable(),
  steps_due: num,
  steps_on_time: num,
  steps_late: num,
  overdue_host: num,
  overdue_partner: num,
  breaches: num,
  open_issues: num,
  past_limit: num,
  oldest_issue_days: optionalNum,
});
type AggregateRow = z.infer<typeof AggregateRow>;

function aggregatesOf(row: AggregateRow): HealthAggregates {
  return {
    daysSinceStart: Math.max(0, row.days_since_start),
    meetingEveryDays: meetingEveryDaysOf(row.frequency),
    daysSinceLastMeeting: row.days_since_last_meeting,
    meetingsLast90Days: row.meetings_last_90,
    response: {
      host: { medianHours: row.host_median, samples: row.host_samples },
      partner: { medianHours: row.partner_median, samples: row.partner_samples },
    },
    ratings: {
      host: { latest: row.host_latest, previous: row.host_previous, latestAt: row.host_latest_at },
      partner: { latest: row.partner_latest, previous: row.partner_previous, latestAt: row.partner_latest_at },
    },
    steps: { due: row.steps_due, doneOnTime: row.steps_on_time, doneLate: row.steps_late, overdueHost: row.overdue_host, overduePartner: row.overdue_partner },
    slaBreachesLast90Days: row.breaches,
    openIssues: { count: row.open_issues, pastLimit: row.past_limit, oldestAgeDays: row.oldest_issue_days },
  };
}

const utc = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** The aggregates of the given partners of one workspace as they stand at `now`, by partner id. */
export async function selectHealthAggregates(db: DbOrTx, workspaceId: string, partnerIds: readonly string[], now: Date): Promise<Map<string, HealthAggregates>> {
  if (partnerIds.length === 0) return new Map();
  const ws = sql`${workspaceId}::uuid`;
  const ids = sql`${`{${partnerIds.join(",")}}`}::uuid[]`;
  const at = sql`${now.toISOString()}::timestamptz`;
  const hours = (from: SQL, to: SQL) => sql`(extract(epoch from ${to} - ${from}) / 3600.0)`;
  const result = await db.execute(sql`
    with pa as (
      select p.id, coalesce((select min(j.started_at) from journeys j where j.workspace_id = ${ws} and j.partner_id = p.id and j.cancelled_at is null), p.created_at) as started_at
      from partners p where p.workspace_id = ${ws} and p.id = any(${ids})
    ),
    rhythm as (
      select distinct on (pp.partner_id) pp.partner_id, pp.answers->>'meetingFrequency' as frequency
      from partner_preferences pp where pp.workspace_id = ${ws} and pp.partner_id = any(${ids}) and pp.answered_at <= ${at}
      order by pp.partner_id, (pp.side = 'partner') desc, pp.answered_at desc
    ),
    meet as (
      select m.partner_id, max(m.held_at) as last_held, count(*) filter (where m.held_at >= ${at} - make_interval(days => ${lookbackDays})) as last_90
      from partner_meetings m
      where m.workspace_id = ${ws} and m.partner_id = any(${ids}) and m.held_at <= ${at} and m.cancelled_at is null
      group by m.partner_id
    ),
    st as (
      select s.partner_id, case when s.owner_role like 'partner:%' then 'partner' else 'host' end as side, s.due_at,
        case when s.status = 'done' and s.completed_at <= ${at} then s.completed_at end as done_at
      from journey_steps s join journeys j on j.id = s.journey_id and j.cancelled_at is null
      where s.workspace_id = ${ws} and s.partner_id = any(${ids}) and s.status <> 'skipped' and s.due_at <= ${at}
    ),
    step_counts as (
      select partner_id, count(*) as due,
        count(*) filter (where done_at <= due_at) as on_time,
        count(*) filter (where done_at > due_at) as late,
        count(*) filter (where done_at is null and side = 'host') as overdue_host,
        count(*) filter (where done_at is null and side = 'partner') as overdue_partner
      from st group by partner_id
    ),
    waits as (
      select partner_id, side,
        case when done_at is not null then greatest(0, ${hours(sql.raw("due_at"), sql.raw("done_at"))})
             when ${hours(sql.raw("due_at"), at)} > ${pendingCountsAfterHours} then ${hours(sql.raw("due_at"), at)} end as hours
      from st
      union all
      select e.partner_id, case e.raised_side when 'host' then 'partner' else 'host' end,
        case when e.answered_at <= ${at} then greatest(0, ${hours(sql.raw("e.raised_at"), sql.raw("e.answered_at"))})
             when ${hours(sql.raw("e.raised_at"), at)} > ${pendingCountsAfterHours} then ${hours(sql.raw("e.raised_at"), at)} end
      from escalations e where e.workspace_id = ${ws} and e.partner_id = any(${ids}) and e.raised_at <= ${at}
    ),
    response as (
      select partner_id,
        percentile_cont(0.5) within group (order by hours) filter (where side = 'host') as host_median,
        count(hours) filter (where side = 'host') as host_samples,
        percentile_cont(0.5) within group (order by hours) filter (where side = 'partner') as partner_median,
        count(hours) filter (where side = 'partner') as partner_samples
      from waits where hours is not null group by partner_id
    ),
    rated as (
      select r.partner_id, r.side, least(r.trust, r.satisfaction) as score, r.rated_at,
        row_number() over (partition by r.partner_id, r.side order by r.rated_at desc, r.id desc) as nth
      from quarterly_reviews r where r.workspace_id = ${ws} and r.partner_id = any(${ids}) and r.rated_at <= ${at}
    ),
    ratings as (
      select partner_id,
        max(score) filter (where side = 'host' and nth = 1) as host_latest,
        max(score) filter (where side = 'host' and nth = 2) as host_previous,
        max(${utc("rated_at")}) filter (where side = 'host' and nth = 1) as host_latest_at,
        max(score) filter (where side = 'partner' and nth = 1) as partner_latest,
        max(score) filter (where side = 'partner' and nth = 2) as partner_previous,
        max(${utc("rated_at")}) filter (where side = 'partner' and nth = 1) as partner_latest_at
      from rated where nth <= 2 group by partner_id
    ),
    breaches as (
      select partner_id, count(*) as n from (
        -- A timer that fired after its reason went away (step done, recap sent, meeting held) is no breach.
        select s.partner_id from journey_timers t join journey_steps s on s.id = t.step_id
        where t.workspace_id = ${ws} and s.partner_id = any(${ids}) and t.kind = ${journeyBreachTimerKind}
          and t.fired_at <= ${at} and t.fired_at >= ${at} - make_interval(days => ${lookbackDays})
          and s.status <> 'skipped' and not (s.status = 'done' and s.completed_at <= t.fired_at)
        union all
        select rt.partner_id from relationship_timers rt
          left join partner_meetings m on rt.subject_type = 'meeting' and m.id = rt.subject_id
          left join escalations e on rt.subject_type = 'escalation' and e.id = rt.subject_id
        where rt.workspace_id = ${ws} and rt.partner_id = any(${ids}) and rt.kind like ${`%${relationshipBreachTimerSuffix}`}
          and rt.fired_at <= ${at} and rt.fired_at >= ${at} - make_interval(days => ${lookbackDays})
          and not coalesce(m.recap_sent_at <= rt.fired_at, false) and not coalesce(e.meeting_held_at <= rt.fired_at, false)
      ) b group by partner_id
    ),
    issues as (
      select e.partner_id, e.raised_at as opened_at, ${escalationLimitHours}::float8 as limit_hours
      from escalations e
      where e.workspace_id = ${ws} and e.partner_id = any(${ids}) and e.raised_at <= ${at} and (e.resolved_at is null or e.resolved_at > ${at})
      union all
      select r.partner_id, r.rated_at, ${issueLimitHours}::float8
      from quarterly_reviews r join journey_steps s on s.id = r.investigation_step_id
      where r.workspace_id = ${ws} and r.partner_id = any(${ids}) and r.rated_at <= ${at}
        and s.status <> 'skipped' and not (s.status = 'done' and s.completed_at <= ${at})
    ),
    issue_counts as (
      select partner_id, count(*) as n,
        count(*) filter (where ${hours(sql.raw("opened_at"), at)} > limit_hours) as past_limit,
        max(${hours(sql.raw("opened_at"), at)}) / 24.0 as oldest_days
      from issues group by partner_id
    )
    select pa.id as partner_id, extract(epoch from ${at} - pa.started_at) / 86400.0 as days_since_start, rh.frequency,
      extract(epoch from ${at} - me.last_held) / 86400.0 as days_since_last_meeting, coalesce(me.last_90, 0) as meetings_last_90,
      re.host_median, coalesce(re.host_samples, 0) as host_samples, re.partner_median, coalesce(re.partner_samples, 0) as partner_samples,
      ra.host_latest, ra.host_previous, ra.host_latest_at, ra.partner_latest, ra.partner_previous, ra.partner_latest_at,
      coalesce(sc.due, 0) as steps_due, coalesce(sc.on_time, 0) as steps_on_time, coalesce(sc.late, 0) as steps_late,
      coalesce(sc.overdue_host, 0) as overdue_host, coalesce(sc.overdue_partner, 0) as overdue_partner,
      coalesce(br.n, 0) as breaches, coalesce(ic.n, 0) as open_issues, coalesce(ic.past_limit, 0) as past_limit, ic.oldest_days as oldest_issue_days
    from pa
    left join rhythm rh on rh.partner_id = pa.id
    left join meet me on me.partner_id = pa.id
    left join response re on re.partner_id = pa.id
    left join ratings ra on ra.partner_id = pa.id
    left join step_counts sc on sc.partner_id = pa.id
    left join breaches br on br.partner_id = pa.id
    left join issue_counts ic on ic.partner_id = pa.id
  `);
  const rows = z.object({ rows: z.array(AggregateRow) }).parse(result).rows;
  return new Map(rows.map((row) => [row.partner_id, aggregatesOf(row)]));
}
