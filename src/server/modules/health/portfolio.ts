import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { healthStages, type HealthPortfolio, type PortfolioQuery, type PortfolioRow } from "../../../domain/health/contracts";
import { HealthBand } from "../../../domain/health/schemas";
import { sortByRisk } from "../../../domain/health/portfolio";
import { LifecycleStage } from "../../../domain/partners/lifecycle";
import type { AppContext } from "../../context";
import type { Caller } from "../../plugins/route-kit";

/*
 * The portfolio (R-F9) answers from `partner_health` (one stored row per partner) joined to the
 * partners for names and filters: no history is read, so its time grows with the partners listed,
 * not with what happened to them (ADR 0017). The SQL order is `compareByRisk`'s: lowest score,
 * more open issues, then name and id; partners not scored yet come last.
 */

const utc = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const liveStages = sql`${`{${healthStages.join(",")}}`}::text[]`;

const PageRow = z.object({
  id: z.string(),
  name: z.string(),
  stage: LifecycleStage,
  owner_id: z.string().nullable(),
  owner_name: z.string().nullable(),
  score: z.coerce.number().nullable(),
  band: HealthBand.nullable(),
  based_on_weight: z.coerce.number().nullable(),
  open_issues: z.coerce.number().nullable(),
  computed_at: z.string().nullable(),
});

const Figures = z.object({
  healthy: z.coerce.number(),
  watch: z.coerce.number(),
  at_risk: z.coerce.number(),
  unscored: z.coerce.number(),
  computed_from: z.string().nullable(),
  computed_to: z.string().nullable(),
});

const Owner = z.object({ user_id: z.string(), name: z.string() });

function ownerFilter(ownerUserId: string | undefined): SQL {
  if (ownerUserId === undefined) return sql``;
  if (ownerUserId === "none") return sql` and p.owner_user_id is null`;
  return sql` and p.owner_user_id = ${ownerUserId}`;
}

function rowOf(row: z.infer<typeof PageRow>): PortfolioRow {
  const scored = row.score !== null && row.band !== null;
  return {
    partnerId: row.id,
    name: row.name,
    stage: row.stage,
    owner: row.owner_id === null ? null : { userId: row.owner_id, name: row.owner_name ?? "" },
    score: scored ? Math.round(row.score ?? 0) : null,
    band: scored ? row.band : null,
    basedOnWeight: row.based_on_weight === null ? null : Math.round(row.based_on_weight),
    openIssues: row.open_issues ?? 0,
    computedAt: row.computed_at,
  };
}

export async function healthPortfolio(ctx: AppContext, caller: Caller, query: PortfolioQuery): Promise<HealthPortfolio> {
  const ws = sql`${caller.workspace.id}::uuid`;
  const owner = ownerFilter(query.ownerUserId);
  const band = query.band === undefined ? sql`` : sql` and h.band = ${query.band}`;
  const offset = (query.page - 1) * query.pageSize;
  const [page, figures, owners] = await Promise.all([
    // Sorted on the narrow rows first; names of owners and formatted times only for the page.
    ctx.db.execute(sql`
      select page.id, page.name, page.stage, page.owner_user_id as owner_id, u.name as owner_name, page.score, page.band, page.based_on_weight, page.open_issues,
        ${utc("page.computed_at")} as computed_at
      from (
        select p.id, p.name, p.stage, p.owner_user_id, h.score, h.band, h.based_on_weight, h.open_issues, h.computed_at
        from partners p left join partner_health h on h.partner_id = p.id
        where p.workspace_id = ${ws} and p.stage = any(${liveStages})${owner}${band}
        order by h.score asc nulls last, h.open_issues desc nulls last, lower(p.name), p.id
        limit ${query.pageSize} offset ${offset}
      ) page left join "user" u on u.id = page.owner_user_id
      order by page.score asc nulls last, page.open_issues desc nulls last, lower(page.name), page.id`),
    ctx.db.execute(sql`
      select count(*) filter (where h.band = 'healthy') as healthy, count(*) filter (where h.band = 'watch') as watch,
        count(*) filter (where h.band = 'at_risk') as at_risk, count(*) filter (where h.band is null) as unscored,
        ${utc("min(h.computed_at)")} as computed_from, ${utc("max(h.computed_at)")} as computed_to
      from partners p left join partner_health h on h.partner_id = p.id
      where p.workspace_id = ${ws} and p.stage = any(${liveStages})${owner}`),
    ctx.db.execute(sql`
      select u.id as user_id, u.name from "user" u
      where u.id in (select distinct p.owner_user_id from partners p where p.workspace_id = ${ws} and p.stage = any(${liveStages}) and p.owner_user_id is not null)
      order by lower(u.name), u.id`),
  ]);
  const rows = z.object({ rows: z.array(PageRow) }).parse(page).rows;
  const [totals] = z.object({ rows: z.array(Figures) }).parse(figures).rows;
  const bandTotals = { healthy: totals?.healthy ?? 0, watch: totals?.watch ?? 0, at_risk: totals?.at_risk ?? 0, unscored: totals?.unscored ?? 0 };
  const scored = rows.map(rowOf);
  // Within a page, the domain's own order (its name comparison is locale-aware and numeric).
  const ordered = [...sortByRisk(scored.flatMap((row) => (row.score === null ? [] : [{ ...row, score: row.score }]))), ...scored.filter((row) => row.score === null)];
  return {
    items: ordered,
    // The band counts are taken under the owner filter, so the total under both filters is one of them or their sum.
    total: query.band === undefined ? bandTotals.healthy + bandTotals.watch + bandTotals.at_risk + bandTotals.unscored : bandTotals[query.band],
    page: query.page,
    pageSize: query.pageSize,
    bandTotals,
    computedFrom: totals?.computed_from ?? null,
    computedTo: totals?.computed_to ?? null,
    owners: z.object({ rows: z.array(Owner) }).parse(owners).rows.map((row) => ({ userId: row.user_id, name: row.name })),
  };
}
