import { sql } from "drizzle-orm";
import type { PlannedRow } from "../../../domain/imports/plan";
import type { ImportOptions } from "../../../domain/imports/schemas";
import type { Tx } from "../../db/client";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";

/*
 * The writes of a commit. Each chunk of rows travels as one JSON parameter and is written by one
 * statement: the partners, their stage history and their timeline entries together (a CTE), so
 * 10,000 partners are a handful of round trips, not tens of thousands, and no statement carries
 * thousands of bind parameters. Ids still come from the one id generator, inside the JSON.
 */

const chunkSize = 2000;

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let at = 0; at < items.length; at += chunkSize) yield items.slice(at, at + chunkSize);
}

export interface CommitScope {
  caller: Caller;
  importId: string;
  fileName: string;
  options: ImportOptions;
  now: Date;
  /** The current stage of each existing partner, to tell which updates move a partner. */
  stageOf: (partnerId: string) => string | undefined;
}

function shared(scope: CommitScope) {
  return {
    ws: scope.caller.workspace.id,
    by: scope.caller.actor.userId,
    actor: scope.caller.name,
    now: scope.now.toISOString(),
    reason: `imported from ${scope.fileName}`,
    data: JSON.stringify({ importId: scope.importId }),
    file: scope.fileName,
  };
}

export async function insertPartners(tx: Tx, scope: CommitScope, rows: PlannedRow[]): Promise<void> {
  const { caller, options } = scope;
  const s = shared(scope);
  // A partner manager who imports partners owns those that name no owner, as when adding one by hand.
  const defaultOwner = caller.actor.kind === "staff" && caller.actor.role === "partner_manager" ? caller.actor.userId : null;
  const created = rows.map(({ values }) => ({
    id: newId(),
    history_id: newId(),
    activity_id: newId(),
    name: values.name,
    type_id: values.typeId ?? options.defaultTypeId,
    tier_id: values.tierId ?? null,
    country: values.country ?? null,
    time_zone: values.timeZone ?? "UTC",
    website: values.website ?? null,
    owner_user_id: values.ownerUserId ?? defaultOwner,
    program_id: values.programId ?? null,
    contact_name: values.contactName ?? null,
    contact_email: values.contactEmail ?? null,
    stage: values.stage ?? options.defaultStage,
  }));
  for (const chunk of chunks(created)) {
    await tx.execute(sql`
      with v as (
        select * from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(id uuid, history_id uuid, activity_id uuid, name text, type_id uuid, tier_id uuid, country text, time_zone text, website text, owner_user_id text, program_id uuid, contact_name text, contact_email text, stage text)
      ), p as (
        insert into partners (id, workspace_id, name, type_id, tier_id, country, time_zone, website, owner_user_id, program_id, contact_name, contact_email, stage, stage_changed_at, created_at, updated_at)
        select id, ${s.ws}::uuid, name, type_id, tier_id, country, time_zone, website, owner_user_id, program_id, contact_name, contact_email, stage, ${s.now}::timestamptz, ${s.now}::timestamptz, ${s.now}::timestamptz from v
        returning id
      ), h as (
        insert into partner_stage_history (id, workspace_id, partner_id, from_stage, to_stage, reason, by_user_id, at)
        select v.history_id, ${s.ws}::uuid, v.id, null, v.stage, ${s.reason}, ${s.by}, ${s.now}::timestamptz from v join p on p.id = v.id
      )
      insert into activity (id, workspace_id, partner_id, actor_user_id, kind, summary, data, visibility, at)
      select v.activity_id, ${s.ws}::uuid, v.id, ${s.by}, 'partner.imported', ${s.actor} || ' imported ' || v.name || ' as ' || v.stage || ' from ' || ${s.file}, ${s.data}::jsonb, 'internal', ${s.now}::timestamptz
      from v join p on p.id = v.id`);
  }
}

/** The fields an update sets: only cells that hold a value, and the stage only when it changes. */
function changesOf(row: PlannedRow, scope: CommitScope) {
  const v = row.values;
  const from = scope.stageOf(row.targetId ?? "") ?? null;
  const movedTo = v.stage && v.stage !== from ? v.stage : null;
  return {
    id: row.targetId,
    history_id: newId(),
    activity_id: newId(),
    row: row.report.row,
    name: v.name ?? null,
    website: v.website ?? null,
    contact_name: v.contactName ?? null,
    contact_email: v.contactEmail ?? null,
    country: v.country ?? null,
    time_zone: v.timeZone ?? null,
    type_id: v.typeId ?? null,
    tier_id: v.tierId ?? null,
    owner_user_id: v.ownerUserId ?? null,
    program_id: v.programId ?? null,
    stage: movedTo,
    from_stage: from,
  };
}

/** Updates partners with the cells that hold values; a moved stage gets its history; each a timeline entry. */
export async function updatePartners(tx: Tx, scope: CommitScope, rows: PlannedRow[]): Promise<void> {
  const s = shared(scope);
  for (const chunk of chunks(rows.map((row) => changesOf(row, scope)))) {
    await tx.execute(sql`
      with v as (
        select * from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(id uuid, history_id uuid, activity_id uuid, row int, name text, website text, contact_name text, contact_email text, country text, time_zone text, type_id uuid, tier_id uuid, owner_user_id text, program_id uuid, stage text, from_stage text)
      ), p as (
        update partners as p set
          name = coalesce(v.name, p.name), website = coalesce(v.website, p.website),
          contact_name = coalesce(v.contact_name, p.contact_name), contact_email = coalesce(v.contact_email, p.contact_email),
          country = coalesce(v.country, p.country), time_zone = coalesce(v.time_zone, p.time_zone),
          type_id = coalesce(v.type_id, p.type_id), tier_id = coalesce(v.tier_id, p.tier_id),
          owner_user_id = coalesce(v.owner_user_id, p.owner_user_id), program_id = coalesce(v.program_id, p.program_id),
          stage = coalesce(v.stage, p.stage),
          stage_changed_at = case when v.stage is null then p.stage_changed_at else ${s.now}::timestamptz end,
          version = p.version + 1, updated_at = ${s.now}::timestamptz
        from v where p.id = v.id and p.workspace_id = ${s.ws}::uuid
        returning p.id, p.name
      ), h as (
        insert into partner_stage_history (id, workspace_id, partner_id, from_stage, to_stage, reason, by_user_id, at)
        select v.history_id, ${s.ws}::uuid, v.id, v.from_stage, v.stage, ${s.reason}, ${s.by}, ${s.now}::timestamptz from v join p on p.id = v.id where v.stage is not null
      )
      insert into activity (id, workspace_id, partner_id, actor_user_id, kind, summary, data, visibility, at)
      select v.activity_id, ${s.ws}::uuid, v.id, ${s.by}, 'partner.import_updated', ${s.actor} || ' updated ' || p.name || ' from ' || ${s.file},
        ${s.data}::jsonb || jsonb_build_object('row', v.row), 'internal', ${s.now}::timestamptz
      from v join p on p.id = v.id`);
  }
}
