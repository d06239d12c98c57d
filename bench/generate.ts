import { sql } from "drizzle-orm";
import type { Db } from "../src/server/db/client";
import type { Clock } from "../src/server/clock";
import { newId } from "../src/server/ids";
import { createWorkspaceWithOwner } from "../src/server/modules/workspaces/bootstrap";

/**
 * Generates a workspace with `partners` partners and `usersPerPartner` portal users each, plus a
 * few staff managers, in set-based SQL (seconds, not minutes). One precomputed password hash
 * serves every generated person.
 */
export async function generatePartnerNetwork(db: Db, clock: Clock, options: { partners: number; usersPerPartner: number; passwordHash: string }) {
  const { workspaceId, userId } = await db.transaction((tx) =>
    createWorkspaceWithOwner(tx, clock, { name: "Bench Co", slug: "bench", owner: { name: "Bench Owner", email: "owner@bench.test", passwordHash: options.passwordHash } }),
  );
  // A PostgreSQL array literal: Drizzle would otherwise expand a JS array into a row of params.
  const managers = `{${Array.from({ length: 20 }, () => newId()).join(",")}}`;
  await db.execute(sql`
    insert into "user" (id, name, email, email_verified)
    select m.id, 'Manager ' || m.n, 'manager' || m.n || '@bench.test', true
    from unnest(${managers}::text[]) with ordinality as m(id, n)`);
  await db.execute(sql`
    insert into staff_memberships (workspace_id, user_id, role)
    select ${workspaceId}::uuid, id, 'partner_manager' from unnest(${managers}::text[]) as id`);
  await db.execute(sql`
    insert into partners (id, workspace_id, name, type_id, tier_id, country, time_zone, website, owner_user_id, stage)
    select gen_random_uuid(), ${workspaceId}::uuid,
      (array['Bright','North','Blue','Clear','Summit','Harbor','Silver','Granite','Pine','Cedar'])[1 + g % 10]
        || (array['path','wind','stone','bridge','field','works','point','gate'])[1 + (g / 10) % 8]
        || ' ' || (array['Consulting','Solutions','Partners','Systems','Digital','Group'])[1 + (g / 80) % 6] || ' ' || g,
      (select id from partner_types where workspace_id = ${workspaceId}::uuid order by key offset (g % 5) limit 1),
      case when g % 3 = 0 then null else (select id from partner_tiers where workspace_id = ${workspaceId}::uuid order by rank offset (g % 4) limit 1) end,
      (array['DE','FR','GB','US','BR','IN','PH','JP'])[1 + g % 8], 'UTC', 'https://p' || g || '.example',
      (${managers}::text[])[1 + g % 20],
      -- stage uses another stride than the name, so that filters and search combine realistically
      (array['applicant','screening','interviewing','decision','contracting','onboarding','active','offboarding','exited','declined'])[1 + (g / 7) % 10]
    from generate_series(1, ${options.partners}) as g`);
  await db.execute(sql`
    with p as (select id, row_number() over (order by id) as n from partners where workspace_id = ${workspaceId}::uuid),
    u as (select gen_random_uuid()::text as uid, p.id as partner_id, p.n, k from p, generate_series(1, ${options.usersPerPartner}) as k),
    users as (insert into "user" (id, name, email, email_verified) select uid, 'Partner user ' || n || '-' || k, 'u' || n || '-' || k || '@partner.test', true from u returning id)
    insert into partner_members (workspace_id, partner_id, user_id, role)
    select ${workspaceId}::uuid, partner_id, uid, case when k = 1 then 'partner_admin' else 'partner_member' end from u`);
  // Steady state, as autovacuum leaves a live database: statistics and visibility map current.
  await db.execute(sql`vacuum analyze`);
  return { workspaceId, ownerUserId: userId };
}
