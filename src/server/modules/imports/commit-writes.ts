import { sql } from "drizzle-orm";
import type { PlannedRow } from "../../../domain/imports/plan";
import type { ImportOptions } from "../../../domain/imports/schemas";
import type { Tx } from "../../db/client";
import { activity, partnerStageHistory, partners } from "../../db/schema";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";

/*
 * The writes of a commit, a thousand rows per statement: 10,000 partners are a few dozen
 * statements, not tens of thousands of round trips. Each created partner gets its stage history
 * and a timeline entry; each updated one a timeline entry, and stage history when its stage moved.
 */

const chunkSize = 1000;

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

type ActivityRow = typeof activity.$inferInsert;
type HistoryRow = typeof partnerStageHistory.$inferInsert;

export async function insertPartners(tx: Tx, scope: CommitScope, rows: PlannedRow[]): Promise<void> {
  const { caller, now, options } = scope;
  const workspaceId = caller.workspace.id;
  // A partner manager who imports partners owns those that name no owner, as when adding one by hand.
  const defaultOwner = caller.actor.kind === "staff" && caller.actor.role === "partner_manager" ? caller.actor.userId : null;
  const created = rows.map(({ values }) => ({
    id: newId(),
    workspaceId,
    name: values.name ?? "",
    typeId: values.typeId ?? options.defaultTypeId ?? "",
    tierId: values.tierId ?? null,
    country: values.country ?? null,
    timeZone: values.timeZone ?? "UTC",
    website: values.website ?? null,
    ownerUserId: values.ownerUserId ?? defaultOwner,
    programId: values.programId ?? null,
    contactName: values.contactName ?? null,
    contactEmail: values.contactEmail ?? null,
    stage: values.stage ?? options.defaultStage,
    stageChangedAt: now,
    createdAt: now,
    updatedAt: now,
  }));
  for (const chunk of chunks(created)) await tx.insert(partners).values(chunk);
  const history: HistoryRow[] = created.map((p) => ({ id: newId(), workspaceId, partnerId: p.id, fromStage: null, toStage: p.stage, reason: `imported from ${scope.fileName}`, byUserId: caller.actor.userId, at: now }));
  const timeline: ActivityRow[] = created.map((p) => ({
    id: newId(),
    workspaceId,
    partnerId: p.id,
    actorUserId: caller.actor.userId,
    kind: "partner.imported",
    summary: `${caller.name} imported ${p.name} as ${p.stage} from ${scope.fileName}`,
    data: { importId: scope.importId },
    visibility: "internal",
    at: now,
  }));
  for (const chunk of chunks(history)) await tx.insert(partnerStageHistory).values(chunk);
  for (const chunk of chunks(timeline)) await tx.insert(activity).values(chunk);
}

/** The fields an update sets: only cells that hold a value, and the stage only when it changes. */
function changesOf(row: PlannedRow, scope: CommitScope) {
  const v = row.values;
  const movedTo = v.stage && v.stage !== scope.stageOf(row.targetId ?? "") ? v.stage : null;
  return {
    id: row.targetId,
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
  };
}

export async function updatePartners(tx: Tx, scope: CommitScope, rows: PlannedRow[]): Promise<void> {
  const { caller, now } = scope;
  const workspaceId = caller.workspace.id;
  const changes = rows.map((row) => changesOf(row, scope));
  for (const chunk of chunks(changes)) {
    await tx.execute(sql`
      update ${partners} as p set
        name = coalesce(v.name, p.name), website = coalesce(v.website, p.website),
        contact_name = coalesce(v.contact_name, p.contact_name), contact_email = coalesce(v.contact_email, p.contact_email),
        country = coalesce(v.country, p.country), time_zone = coalesce(v.time_zone, p.time_zone),
        type_id = coalesce(v.type_id, p.type_id), tier_id = coalesce(v.tier_id, p.tier_id),
        owner_user_id = coalesce(v.owner_user_id, p.owner_user_id), program_id = coalesce(v.program_id, p.program_id),
        stage = coalesce(v.stage, p.stage),
        stage_changed_at = case when v.stage is null then p.stage_changed_at else ${now.toISOString()}::timestamptz end,
        version = p.version + 1, updated_at = ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(id uuid, name text, website text, contact_name text, contact_email text, country text, time_zone text, type_id uuid, tier_id uuid, owner_user_id text, program_id uuid, stage text)
      where p.id = v.id and p.workspace_id = ${workspaceId}`);
  }
  const moved = changes.flatMap((c) => (c.stage && c.id ? [{ id: c.id, from: scope.stageOf(c.id) ?? null, to: c.stage }] : []));
  const history: HistoryRow[] = moved.map((m) => ({ id: newId(), workspaceId, partnerId: m.id, fromStage: m.from, toStage: m.to, reason: `imported from ${scope.fileName}`, byUserId: caller.actor.userId, at: now }));
  const timeline: ActivityRow[] = rows.map((row) => ({
    id: newId(),
    workspaceId,
    partnerId: row.targetId,
    actorUserId: caller.actor.userId,
    kind: "partner.import_updated",
    summary: `${caller.name} updated ${row.report.partner?.name ?? row.report.name} from ${scope.fileName}`,
    data: { importId: scope.importId, row: row.report.row },
    visibility: "internal",
    at: now,
  }));
  for (const chunk of chunks(history)) await tx.insert(partnerStageHistory).values(chunk);
  for (const chunk of chunks(timeline)) await tx.insert(activity).values(chunk);
}
