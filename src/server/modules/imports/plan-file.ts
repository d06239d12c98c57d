import { nameColumns } from "../../../domain/imports/file-shape";
import { mappingProblems } from "../../../domain/imports/mapping";
import { countRow, DuplicateIndex, emptyTotals, rowPlanner, type PlannedRow } from "../../../domain/imports/plan";
import { readRow, rowReaders } from "../../../domain/imports/row-values";
import type { ImportRun, ImportTotals } from "../../../domain/imports/schemas";
import { badRequest } from "../../errors";
import { openRows, type ByteSource } from "./csv-reader";
import type { ImportContext } from "./lookups";

/**
 * Plans every row of a file with a mapping, in file order, handing each planned row to `onRow`
 * as it goes (the dry run keeps a page of them, the commit all, the report writes them out).
 * The same function serves all three, so they cannot disagree.
 */
export async function planFile(source: ByteSource, run: ImportRun, context: ImportContext, onRow: (planned: PlannedRow) => void): Promise<ImportTotals> {
  const { header, rows } = await openRows(source);
  const { headers } = nameColumns(header);
  const problems = mappingProblems(run.mapping, headers);
  const defaultType = run.options.defaultTypeId;
  if (defaultType && !context.lookups.types.some((t) => t.id === defaultType)) problems.push({ path: "body.options.defaultTypeId", message: "is not a partner type of this workspace" });
  if (problems.length > 0) {
    await rows.return(undefined);
    throw badRequest(`Please correct the mapping: ${problems.map((p) => p.message).join("; ")}.`, problems);
  }
  const readers = rowReaders(context.lookups);
  const plan = rowPlanner(new DuplicateIndex(context.existing), run.options, context.mayUpdate);
  const totals = emptyTotals();
  for await (const { row, cells } of rows) {
    const planned = plan({ row, ...readRow(cells, run.mapping, readers) });
    countRow(totals, planned.report);
    onRow(planned);
  }
  return totals;
}
