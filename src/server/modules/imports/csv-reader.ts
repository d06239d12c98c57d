import { isUtf8 } from "node:buffer";
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { detectSeparator, headerProblem } from "../../../domain/imports/file-shape";
import type { Separator } from "../../../domain/imports/schemas";
import { AppError, badRequest } from "../../errors";

/*
 * Reads an uploaded CSV file row by row with csv-parse, in small slices so that a file of
 * 100,000 rows never sits in memory as parsed records. Every way a file can be unreadable
 * becomes a 400 that says what to change; the parser's own words never reach the person.
 */

/** A row larger than this is refused: partner fields are short, and it bounds the parser's buffers. */
export const maxRecordChars = 128 * 1024;
const sliceBytes = 64 * 1024;

/** Types a browser or tool sends for a .csv file; octet-stream and none only with a .csv/.tsv/.txt name. */
const csvTypes = new Set(["text/csv", "application/csv", "text/plain", "text/tab-separated-values", "application/vnd.ms-excel", "text/x-csv", "application/x-csv"]);

export function assertCsvUpload(contentType: string | undefined, fileName: string): void {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (csvTypes.has(type)) return;
  if ((type === "" || type === "application/octet-stream") && /\.(csv|tsv|txt)$/i.test(fileName)) return;
  throw new AppError(415, "Unsupported media type", `Send the partner list as a CSV file (text/csv); "${type || "no type"}" is not one. In a spreadsheet, use File → Download → CSV.`);
}

export const fileTooLarge = (limitBytes: number) =>
  new AppError(413, "File too large", `The file is larger than ${Math.round(limitBytes / (1024 * 1024))} MB, the most this server accepts. Split it into smaller files and import them one after the other.`);

/** Reads the body while counting, and stops with 413 past the limit whatever Content-Length claimed. */
export async function readUpload(body: Readable, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // Not destroyed on the early return: the 413 must still reach the client (the route then closes the connection).
    for await (const chunk of body.iterator({ destroyOnReturn: false })) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += buffer.length;
      if (total > limitBytes) throw fileTooLarge(limitBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badRequest("The upload stopped before the whole file arrived. Try again.");
  }
  return Buffer.concat(chunks, total);
}

const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** The checks a file passes before it is parsed at all: not empty, UTF-8. Returns its separator. */
export function checkEncoding(bytes: Buffer): Separator {
  const body = bytes.subarray(0, 3).equals(bom) ? bytes.subarray(3) : bytes;
  if (body.toString("utf8", 0, Math.min(body.length, 4096)).trim() === "") throw badRequest("The file is empty. Export the partner list again, with its header row and at least one partner.");
  if (!isUtf8(body)) {
    throw badRequest("The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (Comma delimited)\"; Airtable and Google Sheets write UTF-8 already.");
  }
  return detectSeparator(body.toString("utf8", 0, Math.min(body.length, 65_536)));
}

export interface CsvRow {
  /** The row number as a spreadsheet shows it when no cell holds a line break: the header is 1. */
  row: number;
  cells: string[];
}

function* slices(bytes: Buffer) {
  for (let at = 0; at < bytes.length; at += sliceBytes) yield bytes.subarray(at, at + sliceBytes);
}

/** Every record of the file, the header first, as arrays of cells. */
export async function* csvRows(bytes: Buffer, separator: Separator): AsyncGenerator<CsvRow> {
  const parser = Readable.from(slices(bytes)).pipe(
    parse({
      bom: true,
      delimiter: separator,
      // Rows of any length reach the row check, which names the one with too many cells.
      relax_column_count: true,
      // A stray quote inside an unquoted cell (5" display) is kept as text.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      max_record_size: maxRecordChars,
    }),
  );
  let row = 0;
  try {
    for await (const record of parser) yield { row: ++row, cells: Array.isArray(record) ? record.map(String) : [] };
  } catch (error) {
    throw unreadable(error);
  }
}

function unreadable(error: unknown): AppError {
  if (!(error instanceof CsvError)) return badRequest("The file could not be read as CSV. Export it again from your spreadsheet as CSV.");
  const line = typeof error.lines === "number" ? error.lines : undefined;
  const where = line === undefined ? "" : ` (line ${line})`;
  switch (error.code) {
    case "CSV_MAX_RECORD_SIZE":
      return badRequest(`A row of the file${where} is larger than ${maxRecordChars / 1024} KB, far more than partner details take. Remove the long content (or a quote that is never closed) and upload again.`);
    case "CSV_QUOTE_NOT_CLOSED":
      return badRequest(`A quote opened${where} is never closed, so the rest of the file would be one cell. Close the quote and upload again.`);
    default:
      return badRequest(`The file is not valid CSV${where}: check the quotes around cells on that line and upload again.`);
  }
}

export interface FileHeader {
  header: string[];
  rows: AsyncGenerator<CsvRow>;
}

/** The header and an iterator over the rows after it; a first row that is no header is a 400. */
export async function openRows(bytes: Buffer, separator: Separator): Promise<FileHeader> {
  const rows = csvRows(bytes, separator);
  const first = await rows.next();
  if (first.done) throw badRequest("The file is empty. Export the partner list again, with its header row and at least one partner.");
  const problem = headerProblem(first.value.cells);
  if (problem) {
    await rows.return(undefined);
    throw badRequest(problem);
  }
  return { header: first.value.cells, rows };
}
