import { z } from "zod";
import { Id } from "../common/schemas";
import { LifecycleStage } from "../partners/lifecycle";

/*
 * Contracts of the partner CSV import and the pipeline export (R-B6), shared by the server and
 * the web client. A mapping is positional (one entry per column of the file) because a header
 * may name two columns alike.
 */

export const importFields = ["name", "website", "contactName", "contactEmail", "country", "timeZone", "type", "tier", "stage", "owner", "program"] as const;
export const ImportField = z.enum(importFields);
export type ImportField = z.infer<typeof ImportField>;

/** What one column becomes: a partner field, or null to leave the column out. */
export const ColumnMapping = z.array(ImportField.nullable()).min(1).max(200);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const separators = [",", ";", "\t"] as const;
export const Separator = z.enum(separators);
export type Separator = z.infer<typeof Separator>;

/** The keys a row is compared on to find the partner it may already be. */
export const matchKeys = ["website", "email", "name"] as const;
export const MatchKey = z.enum(matchKeys);
export type MatchKey = z.infer<typeof MatchKey>;

export const ImportOptions = z.strictObject({
  /** A row that matches an existing partner on one of these keys is that partner. */
  matchOn: z.array(MatchKey).max(3).default(["website"]),
  /** What to do with a row that is an existing partner: bring the partner up to date, or leave it. */
  whenMatched: z.enum(["update", "skip"]).default("update"),
  /** The type of a row whose type cell is empty or not mapped. */
  defaultTypeId: Id.nullable().default(null),
  /** The stage of a new partner whose stage cell is empty or not mapped. */
  defaultStage: LifecycleStage.default("applicant"),
  /** Rows (their row number in the file, the header being row 1) the person chose to leave out. */
  skipRows: z.array(z.number().int().min(2)).max(100_000).default([]),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ImportRun = z.strictObject({ mapping: ColumnMapping, options: ImportOptions.prefault({}) });
export type ImportRun = z.infer<typeof ImportRun>;

export const DryRunInput = ImportRun.extend({
  /** Which rows the answer lists: all of them, or only those with errors or likely duplicates. */
  show: z.enum(["all", "problems"]).default("all"),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type DryRunInput = z.infer<typeof DryRunInput>;

export const UploadQuery = z.object({ fileName: z.string().trim().min(1).max(200).default("partners.csv") });

const NamedRef = z.object({ id: z.string(), name: z.string() });

export const ImportPreview = z
  .object({
    id: Id,
    fileName: z.string(),
    sizeBytes: z.number().int(),
    status: z.enum(["uploaded", "committed"]),
    separator: Separator,
    headers: z.array(z.string()),
    /** The first rows of the file, cell by cell, to help choose the mapping. */
    sampleRows: z.array(z.array(z.string())),
    rowCount: z.number().int(),
    /** Empty once the import is committed (its file is no longer kept). */
    suggestedMapping: z.array(ImportField.nullable()),
    /** The mapping of the last dry run, if any. */
    lastMapping: z.array(ImportField.nullable()).nullable(),
    /** Things about the file worth knowing that do not stop it (a duplicate header, unnamed columns). */
    warnings: z.array(z.string()),
    summary: z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int() }).nullable(),
  })
  .meta({ id: "ImportPreview" });
export type ImportPreview = z.infer<typeof ImportPreview>;

export const RowError = z.object({ field: z.union([ImportField, z.literal("row")]), message: z.string() });
export type RowError = z.infer<typeof RowError>;

export const LikelyDuplicate = z.object({
  key: MatchKey,
  value: z.string(),
  /** The existing partner it looks like, or null when it looks like an earlier row of the file. */
  partner: NamedRef.nullable(),
  row: z.number().int().nullable(),
});
export type LikelyDuplicate = z.infer<typeof LikelyDuplicate>;

export const RowAction = z.enum(["create", "update", "skip"]);
export type RowAction = z.infer<typeof RowAction>;

export const ImportRowReport = z.object({
  row: z.number().int(),
  name: z.string(),
  action: RowAction,
  /** The partner an update or a skip is about. */
  partner: NamedRef.nullable(),
  skipReason: z.string().nullable(),
  errors: z.array(RowError),
  duplicates: z.array(LikelyDuplicate),
});
export type ImportRowReport = z.infer<typeof ImportRowReport>;

export const ImportTotals = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  skip: z.number().int(),
  /** Rows that have at least one error (and are not skipped): each stops the commit. */
  withErrors: z.number().int(),
  withDuplicates: z.number().int(),
});
export type ImportTotals = z.infer<typeof ImportTotals>;

export const ImportReport = z
  .object({
    importId: Id,
    totals: ImportTotals,
    rows: z.array(ImportRowReport),
    /** More rows matched `show` than `limit`: the full report is the CSV download. */
    truncated: z.boolean(),
    canCommit: z.boolean(),
  })
  .meta({ id: "ImportReport" });
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportResult = z
  .object({ importId: Id, created: z.number().int(), updated: z.number().int(), skipped: z.number().int() })
  .meta({ id: "ImportResult" });
export type ImportResult = z.infer<typeof ImportResult>;

/** The board's filters, for the CSV export of the pipeline. */
export const PipelineExportQuery = z.object({
  q: z.string().trim().max(200).optional(),
  stage: z.union([LifecycleStage, z.array(LifecycleStage)]).optional(),
  programId: Id.optional(),
  typeId: Id.optional(),
  tierId: Id.optional(),
  /** A staff user id, or "none" for partners nobody owns. */
  ownerUserId: z.string().max(100).optional(),
});
export type PipelineExportQuery = z.infer<typeof PipelineExportQuery>;
