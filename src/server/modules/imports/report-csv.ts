import type { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { neutraliseCell } from "../../../domain/imports/cells";
import type { ImportRowReport } from "../../../domain/imports/schemas";
import type { AppContext } from "../../context";
import type { Caller } from "../../plugins/route-kit";
import { loadImportContext } from "./lookups";
import { planFile } from "./plan-file";
import { lastRunOf, openImportFile } from "./service";

const columns = ["row", "name", "action", "partner", "errors", "likely duplicates", "skip reason"];

function cellsOf(r: ImportRowReport): string[] {
  const duplicates = r.duplicates.map((d) => `same ${d.key} (${d.value}) as ${d.partner ? d.partner.name : `row ${d.row}`}`);
  return [String(r.row), r.name, r.action, r.partner?.name ?? "", r.errors.map((e) => `${e.field}: ${e.message}`).join("; "), duplicates.join("; "), r.skipReason ?? ""];
}

/**
 * The full report of the last dry run, every row, as CSV. The file is checked and the rows
 * planned before the first byte is sent, so a problem is still an error answer, not a cut file.
 */
export async function importReportCsv(ctx: AppContext, caller: Caller, importId: string): Promise<{ fileName: string; csv: Readable }> {
  const { row, run } = await lastRunOf(ctx, caller, importId);
  const source = await openImportFile(ctx, ctx.db, caller, row);
  const context = await loadImportContext(ctx.db, caller);
  const csv = stringify({ header: true, columns, bom: true });
  const lines: string[][] = [];
  await planFile(source, run, context, ({ report }) => lines.push(cellsOf(report).map(neutraliseCell)));
  void (async () => {
    for (const line of lines) if (!csv.write(line)) await new Promise((resolve) => csv.once("drain", resolve));
    csv.end();
  })();
  return { fileName: `${row.fileName.replace(/\.(csv|tsv|txt)$/i, "")}-report.csv`, csv };
}
