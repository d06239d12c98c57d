import { and, eq } from "drizzle-orm";
import { blocksCommit, type PlannedRow } from "../../../domain/imports/plan";
import type { ImportResult, ImportRun } from "../../../domain/imports/schemas";
import type { AppContext } from "../../context";
import { partnerImports } from "../../db/schema";
import { badRequest, conflict } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { fileStorageFor } from "../../storage/file-storage";
import { writeAudit } from "../audit/writer";
import { insertPartners, updatePartners, type CommitScope } from "./commit-writes";
import { loadImportContext } from "./lookups";
import { planFile } from "./plan-file";
import { importById, openImportFile } from "./service";

const shownErrors = 50;

/**
 * Writes the whole file or nothing. The import row is marked committed first, inside the same
 * transaction: a second commit of the same import waits on that row and then finds it committed
 * (409), and any error rolls the mark back with everything else. The rows are planned again
 * here, against the partners as they are now, not as they were at the dry run.
 */
export async function commitImport(ctx: AppContext, caller: Caller, importId: string, run: ImportRun): Promise<ImportResult> {
  const existing = await importById(ctx.db, caller, importId);
  if (existing.status === "committed") throw conflict(`${existing.fileName} was already imported.`);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [claimed] = await tx
      .update(partnerImports)
      .set({ status: "committed", committedAt: now, mapping: run })
      .where(and(eq(partnerImports.id, importId), eq(partnerImports.workspaceId, caller.workspace.id), eq(partnerImports.status, "uploaded")))
      .returning();
    if (!claimed) throw conflict(`${existing.fileName} was already imported, or is being imported right now.`);
    const source = await openImportFile(ctx, tx, caller, { ...claimed, status: "uploaded" });
    const context = await loadImportContext(tx, caller);
    const planned: PlannedRow[] = [];
    const totals = await planFile(source, run, context, (row) => planned.push(row));
    if (totals.withErrors > 0) {
      const errors = planned.filter((p) => blocksCommit(p.report)).flatMap((p) => p.report.errors.map((e) => ({ path: `rows.${p.report.row}.${e.field}`, message: `row ${p.report.row} (${p.report.name || "no name"}): ${e.field} ${e.message}` })));
      throw badRequest(`${totals.withErrors} ${totals.withErrors === 1 ? "row has" : "rows have"} errors, so nothing was imported. Fix the mapping or skip those rows, and run the dry run again.`, errors.slice(0, shownErrors));
    }
    if (totals.create + totals.update === 0) throw badRequest("Every row is skipped, so there is nothing to import.");
    const stages = new Map(context.existing.map((p) => [p.id, p.stage]));
    const scope: CommitScope = { caller, importId, fileName: claimed.fileName, options: run.options, now, stageOf: (id) => stages.get(id) };
    await insertPartners(tx, scope, planned.filter((p) => p.report.action === "create"));
    await updatePartners(tx, scope, planned.filter((p) => p.report.action === "update"));
    const summary = { created: totals.create, updated: totals.update, skipped: totals.skip };
    await tx.update(partnerImports).set({ summary }).where(eq(partnerImports.id, importId));
    // The file served its purpose; the partners, the audit entry and the timelines keep the record.
    await fileStorageFor(ctx.config).remove(tx, caller.workspace.id, claimed.fileId, now);
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner_import.committed", entityType: "partner_import", entityId: importId, after: { fileName: claimed.fileName, rows: totals.rows, ...summary, mapping: run.mapping, options: run.options } });
    return { importId, ...summary };
  });
}
