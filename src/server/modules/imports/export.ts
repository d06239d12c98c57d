import type { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { and, asc, eq, gt, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { neutraliseCell } from "../../../domain/imports/cells";
import type { PipelineExportQuery } from "../../../domain/imports/schemas";
import type { Db } from "../../db/client";
import { partnerTiers, partnerTypes, partners, programs, user } from "../../db/schema";

/*
 * The pipeline as CSV: every partner of the workspace that passes the board's filters, read in
 * pages of a thousand by name and id and written as they arrive, so a large workspace streams
 * instead of sitting in memory. Its columns are ones the import recognises, so an export can be
 * edited in a spreadsheet and imported back.
 */

const owner = alias(user, "owner");
const batchSize = 1000;
const columns = ["Company", "Website", "Primary Contact", "Email", "Country", "Time Zone", "Partner Type", "Tier", "Stage", "Owner", "Owner Email", "Program", "Stage Changed", "Created", "Updated"];

function filtersOf(workspaceId: string, query: PipelineExportQuery): SQL[] {
  const stages = query.stage === undefined ? [] : Array.isArray(query.stage) ? query.stage : [query.stage];
  const where: (SQL | undefined)[] = [eq(partners.workspaceId, workspaceId)];
  if (stages.length > 0) where.push(inArray(partners.stage, stages));
  if (query.programId) where.push(eq(partners.programId, query.programId));
  if (query.typeId) where.push(eq(partners.typeId, query.typeId));
  if (query.tierId) where.push(eq(partners.tierId, query.tierId));
  if (query.ownerUserId === "none") where.push(isNull(partners.ownerUserId));
  else if (query.ownerUserId) where.push(eq(partners.ownerUserId, query.ownerUserId));
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`lower(${partners.name} || ' ' || coalesce(${partners.website}, '') || ' ' || coalesce(${partners.contactEmail}, '')) like ${pattern}`);
  }
  return where.filter((w) => w !== undefined);
}

const sortName = sql<string>`lower(${partners.name})`;

function exportPage(db: Db, filters: SQL[], after: { name: string; id: string } | null) {
  const page = after ? or(gt(sortName, after.name), and(eq(sortName, after.name), gt(partners.id, after.id))) : undefined;
  return db
    .select({
      id: partners.id,
      sortName: sortName,
      cells: {
        name: partners.name,
        website: partners.website,
        contactName: partners.contactName,
        contactEmail: partners.contactEmail,
        country: partners.country,
        timeZone: partners.timeZone,
        type: partnerTypes.name,
        tier: partnerTiers.name,
        stage: partners.stage,
        owner: owner.name,
        ownerEmail: owner.email,
        program: programs.name,
      },
      stageChangedAt: partners.stageChangedAt,
      createdAt: partners.createdAt,
      updatedAt: partners.updatedAt,
    })
    .from(partners)
    .innerJoin(partnerTypes, eq(partnerTypes.id, partners.typeId))
    .leftJoin(partnerTiers, eq(partnerTiers.id, partners.tierId))
    .leftJoin(owner, eq(owner.id, partners.ownerUserId))
    .leftJoin(programs, eq(programs.id, partners.programId))
    .where(and(...filters, page))
    .orderBy(asc(sortName), asc(partners.id))
    .limit(batchSize);
}

async function* exportBatches(db: Db, workspaceId: string, query: PipelineExportQuery) {
  const filters = filtersOf(workspaceId, query);
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const rows = await exportPage(db, filters, after);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { name: last.sortName, id: last.id };
  }
}

/** The CSV stream: UTF-8 with a byte-order mark (so Excel reads accents right), formulas neutralised. */
export function pipelineCsv(db: Db, workspaceId: string, query: PipelineExportQuery): Readable {
  const csv = stringify({ header: true, columns, bom: true, record_delimiter: "windows" });
  void (async () => {
    try {
      for await (const batch of exportBatches(db, workspaceId, query)) {
        for (const row of batch) {
          const c = row.cells;
          const cells = [c.name, c.website, c.contactName, c.contactEmail, c.country, c.timeZone, c.type, c.tier, c.stage, c.owner, c.ownerEmail, c.program, row.stageChangedAt.toISOString(), row.createdAt.toISOString(), row.updatedAt.toISOString()];
          if (!csv.write(cells.map((cell) => neutraliseCell(cell ?? "")))) await new Promise((resolve) => csv.once("drain", resolve));
        }
      }
      csv.end();
    } catch (error) {
      csv.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return csv;
}
