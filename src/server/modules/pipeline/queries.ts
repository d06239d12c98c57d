import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { CursorPosition } from "../../../domain/pipeline/cursor";
import type { BoardFilters } from "../../../domain/pipeline/contracts";
import type { DbOrTx } from "../../db/client";

/*
 * The board in one statement, one round trip: the stages as rows, each with its count and,
 * through a LATERAL subquery, its first cards read from the index (workspace_id, stage,
 * stage_changed_at, id) newest move first. Names of type, tier, program and owner are joined to
 * the few cards only, never to the whole workspace.
 */

/** Filters shared by the counts and the cards; `p` is the partners row. */
function filterSql(workspaceId: string, filters: BoardFilters): SQL {
  const parts: SQL[] = [sql`p.workspace_id = ${workspaceId}::uuid`];
  if (filters.programId) parts.push(sql`p.program_id = ${filters.programId}::uuid`);
  if (filters.typeId) parts.push(sql`p.type_id = ${filters.typeId}::uuid`);
  if (filters.ownerUserId === "none") parts.push(sql`p.owner_user_id is null`);
  else if (filters.ownerUserId) parts.push(sql`p.owner_user_id = ${filters.ownerUserId}`);
  if (filters.q) parts.push(sql`lower(p.name || ' ' || coalesce(p.website, '')) like ${likePattern(filters.q.toLowerCase())}`);
  return sql.join(parts, sql` and `);
}

/** Escapes LIKE wildcards so that a search for "50%" finds "50%", not everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const CardRow = z.object({
  stage: z.string(),
  total: z.coerce.number(),
  id: z.string().nullable(),
  name: z.string().nullable(),
  version: z.coerce.number().nullable(),
  type_id: z.string().nullable(),
  type_name: z.string().nullable(),
  tier_id: z.string().nullable(),
  tier_name: z.string().nullable(),
  program_id: z.string().nullable(),
  program_name: z.string().nullable(),
  owner_id: z.string().nullable(),
  owner_name: z.string().nullable(),
  owner_email: z.string().nullable(),
  contact_name: z.string().nullable(),
  contact_email: z.string().nullable(),
  /** Whether the caller is on the partner's host team (with the owner, it decides who may move the card). */
  on_team: z.boolean().nullable(),
  /** Microseconds, UTC, as text: the cursor must not lose precision (see domain/pipeline/cursor). */
  changed_at: z.string().nullable(),
});
export type CardRow = z.infer<typeof CardRow>;
const CardRows = z.object({ rows: z.array(CardRow) });

/**
 * For each stage: its total under the filters and up to `limit + 1` cards after `cursor` (the extra
 * card only tells whether there is a next page). A stage without cards comes back as one row with
 * null card fields.
 */
export async function selectBoardRows(db: DbOrTx, scope: { workspaceId: string; userId: string }, stages: readonly string[], filters: BoardFilters, cursor?: CursorPosition): Promise<CardRow[]> {
  const { workspaceId } = scope;
  const where = filterSql(workspaceId, filters);
  const after = cursor ? sql` and (p.stage_changed_at, p.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : sql``;
  const result = await db.execute(sql`
    with columns as (
      select s.stage, s.ord from unnest(${`{${stages.join(",")}}`}::text[]) with ordinality as s(stage, ord)
    ),
    counts as (
      select p.stage, count(*) as total from partners p
      where ${where} and p.stage = any(${`{${stages.join(",")}}`}::text[])
      group by p.stage
    )
    select c.stage, coalesce(n.total, 0)::int as total,
      card.id, card.name, card.version, t.id as type_id, t.name as type_name, r.id as tier_id, r.name as tier_name,
      g.id as program_id, g.name as program_name, o.id as owner_id, o.name as owner_name, o.email as owner_email,
      card.contact_name, card.contact_email,
      case when card.id is null then null else exists (select 1 from partner_team pt where pt.partner_id = card.id and pt.user_id = ${scope.userId}) end as on_team,
      to_char(card.stage_changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as changed_at
    from columns c
    left join counts n on n.stage = c.stage
    left join lateral (
      select p.id, p.name, p.version, p.type_id, p.tier_id, p.program_id, p.owner_user_id, p.contact_name, p.contact_email, p.stage_changed_at
      from partners p
      where ${where} and p.stage = c.stage${after}
      order by p.stage_changed_at desc, p.id desc
      limit ${filters.limit + 1}
    ) card on true
    left join partner_types t on t.id = card.type_id
    left join partner_tiers r on r.id = card.tier_id
    left join programs g on g.id = card.program_id
    left join "user" o on o.id = card.owner_user_id
    order by c.ord, card.stage_changed_at desc, card.id desc`);
  return CardRows.parse(result).rows;
}
