import type { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { nameColumns } from "../../../domain/imports/file-shape";
import { suggestMapping } from "../../../domain/imports/mapping";
import { hasProblems } from "../../../domain/imports/plan";
import { ImportRun, type DryRunInput, type ImportPreview, type ImportReport, type ImportRowReport, type Separator } from "../../../domain/imports/schemas";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { partnerImports, storedFiles } from "../../db/schema";
import { badRequest, conflict, notFound } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { fileStorageFor } from "../../storage/file-storage";
import { writeAudit } from "../audit/writer";
import { readLimited } from "../../plugins/upload-body";
import { assertCsvUpload, fileTooLarge, openRows, slices, type ByteSource } from "./csv-reader";
import { loadImportContext } from "./lookups";
import { planFile } from "./plan-file";

/*
 * The verbs of an import: upload a file (kept until it is committed), dry-run it with a mapping
 * as often as needed, then commit (commit.ts). Imports belong to the workspace: anyone who may
 * run imports there may continue one.
 */

const sampleSize = 5;

export interface UploadInput {
  fileName: string;
  contentType: string | undefined;
  declaredLength: number | undefined;
  body: Readable;
}

interface Scan {
  separator: Separator;
  header: string[];
  sampleRows: string[][];
  rowCount: number;
}

/** Reads the whole file once: every parse error surfaces here, before anything is stored. */
async function scanFile(source: ByteSource): Promise<Scan> {
  const { separator, header, rows } = await openRows(source);
  const sampleRows: string[][] = [];
  let rowCount = 0;
  for await (const { cells } of rows) {
    rowCount++;
    if (sampleRows.length < sampleSize) sampleRows.push(cells.map((cell) => cell.slice(0, 200)));
  }
  if (rowCount === 0) throw badRequest("The file has column names but no partners below them. Export the list again with its rows.");
  return { separator, header, sampleRows, rowCount };
}

export async function uploadImport(ctx: AppContext, caller: Caller, input: UploadInput): Promise<ImportPreview> {
  assertCsvUpload(input.contentType, input.fileName);
  if (input.declaredLength !== undefined && input.declaredLength > ctx.config.uploadMaxBytes) throw fileTooLarge(ctx.config.uploadMaxBytes);
  const bytes = await readLimited(input.body, ctx.config.uploadMaxBytes, fileTooLarge);
  const scan = await scanFile(slices(bytes));
  const now = ctx.clock.now();
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const file = await fileStorageFor(ctx.config).put(tx, { workspaceId: caller.workspace.id, partnerId: null, stepId: null, fileName: input.fileName, contentType: "text/csv", uploadedBy: caller.actor.userId, createdAt: now }, bytes);
    await tx.insert(partnerImports).values({ id, workspaceId: caller.workspace.id, fileId: file.id, fileName: input.fileName, createdBy: caller.actor.userId, createdAt: now });
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner_import.uploaded", entityType: "partner_import", entityId: id, after: { fileName: input.fileName, sizeBytes: bytes.length, rows: scan.rowCount } });
  });
  return previewOf({ id, fileName: input.fileName, status: "uploaded", mapping: null, summary: null }, bytes.length, scan);
}

type ImportRow = typeof partnerImports.$inferSelect;

function previewOf(row: Pick<ImportRow, "id" | "fileName" | "status" | "mapping" | "summary">, sizeBytes: number, scan: Scan): ImportPreview {
  const { headers, warnings } = nameColumns(scan.header);
  const last = ImportRun.safeParse(row.mapping);
  const summary = ImportSummary.safeParse(row.summary);
  return {
    id: row.id,
    fileName: row.fileName,
    sizeBytes,
    status: row.status,
    separator: scan.separator,
    headers,
    sampleRows: scan.sampleRows,
    rowCount: scan.rowCount,
    suggestedMapping: suggestMapping(headers),
    lastMapping: last.success && last.data.mapping.length === headers.length ? last.data.mapping : null,
    warnings,
    summary: summary.success ? summary.data : null,
  };
}

const ImportSummary = z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int() });

export async function importById(db: DbOrTx, caller: Caller, importId: string): Promise<ImportRow> {
  const [row] = await db.select().from(partnerImports).where(and(eq(partnerImports.id, importId), eq(partnerImports.workspaceId, caller.workspace.id)));
  if (!row) throw notFound("That import");
  return row;
}

/** Stored files are read a megabyte at a time: a few queries for a large file, little memory. */
const storedSliceBytes = 1024 * 1024;

/** The bytes of an import that is not committed yet (a committed one's file is gone), read as they are used. */
export async function openImportFile(ctx: AppContext, db: DbOrTx, caller: Caller, row: ImportRow): Promise<ByteSource> {
  if (row.status === "committed") throw conflict(`${row.fileName} was already imported; upload the file again to import it once more.`);
  const opened = await fileStorageFor(ctx.config).openSlices(db, caller.workspace.id, row.fileId, storedSliceBytes);
  if (!opened) throw conflict(`The file of this import is no longer kept; upload ${row.fileName} again.`);
  return opened;
}

export async function getImport(ctx: AppContext, caller: Caller, importId: string): Promise<ImportPreview> {
  const row = await importById(ctx.db, caller, importId);
  if (row.status === "committed") {
    return { ...previewOf(row, 0, { separator: ",", header: [], sampleRows: [], rowCount: 0 }), lastMapping: null };
  }
  const [file] = await ctx.db.select({ sizeBytes: storedFiles.sizeBytes }).from(storedFiles).where(eq(storedFiles.id, row.fileId));
  return previewOf(row, file?.sizeBytes ?? 0, await scanFile(await openImportFile(ctx, ctx.db, caller, row)));
}

export async function dryRunImport(ctx: AppContext, caller: Caller, importId: string, input: DryRunInput): Promise<ImportReport> {
  const row = await importById(ctx.db, caller, importId);
  const source = await openImportFile(ctx, ctx.db, caller, row);
  const context = await loadImportContext(ctx.db, caller);
  const rows: ImportRowReport[] = [];
  let truncated = false;
  const totals = await planFile(source, input, context, ({ report }) => {
    if (input.show === "problems" && !hasProblems(report)) return;
    if (rows.length < input.limit) rows.push(report);
    else truncated = true;
  });
  // Kept so the full report can be downloaded, and the page can come back to the same mapping.
  const run: ImportRun = { mapping: input.mapping, options: input.options };
  await ctx.db.update(partnerImports).set({ mapping: run }).where(eq(partnerImports.id, importId));
  return { importId, totals, rows, truncated, canCommit: totals.withErrors === 0 && totals.create + totals.update > 0 };
}

/** The run of the last dry run, for the downloadable report. */
export async function lastRunOf(ctx: AppContext, caller: Caller, importId: string) {
  const row = await importById(ctx.db, caller, importId);
  const run = ImportRun.safeParse(row.mapping);
  if (!run.success) throw conflict("Run a dry run of this import first; the report is of the last dry run.");
  return { row, run: run.data };
}
