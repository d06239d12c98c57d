import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
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

/** A source of the file's bytes: the uploaded buffer in slices, or the stored file read slice by slice. */
export type ByteSource = AsyncIterable<Buffer> | Iterable<Buffer>;

/** A buffer as slices of 64 KB (views, not copies). */
export function* slices(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += sliceBytes) yield bytes.subarray(at, at + sliceBytes);
}

const notUtf8 = () => badRequest("The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (Comma delimited)\"; Airtable and Google Sheets write UTF-8 already.");

/** The text of the file, slice by slice; a byte-order mark is dropped, bytes that are not UTF-8 are a 400. */
async function* decoded(source: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    // Handed to the parser 64 K characters at a time: a megabyte of text at once would leave
    // thousands of parsed rows waiting, long enough to outlive the young generation's collections.
    for await (const chunk of source) {
      const text = decoder.decode(chunk, { stream: true });
      for (let at = 0; at < text.length; at += sliceBytes) yield text.slice(at, at + sliceBytes);
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch (error) {
    if (error instanceof TypeError) throw notUtf8();
    throw error;
  }
}

export interface CsvRow {
  /** The row number as a spreadsheet shows it when no cell holds a line break: the header is 1. */
  row: number;
  cells: string[];
}

/** Every record of the text, the header first, as arrays of cells. */
async function* csvRows(text: AsyncIterable<string>, separator: Separator): AsyncGenerator<CsvRow> {
  const parser = parse({
    bom: true,
    delimiter: separator,
    // Rows of any length reach the row check, which names the one with too many cells.
    relax_column_count: true,
    // A stray quote inside an unquoted cell (5" display) is kept as text.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    max_record_size: maxRecordChars,
  });
  // pipeline() hands a failure of the source (not UTF-8) to the parser, so the loop below sees it.
  pipeline(Readable.from(text), parser).catch(() => undefined);
  let row = 0;
  try {
    for await (const record of parser) yield { row: ++row, cells: Array.isArray(record) ? record.map(String) : [] };
  } catch (error) {
    throw unreadable(error);
  } finally {
    parser.destroy();
  }
}

function unreadable(error: unknown): AppError {
  if (error instanceof AppError) return error;
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

export interface OpenedFile {
  separator: Separator;
  header: string[];
  /** The rows after the header. */
  rows: AsyncGenerator<CsvRow>;
}

const emptyFile = () => badRequest("The file is empty. Export the partner list again, with its header row and at least one partner.");

/**
 * Opens a file for reading: the separator from its first slice, the header checked, and an
 * iterator over the rows after it. Empty files, files without a header and files that are not
 * UTF-8 are a 400.
 */
export async function openRows(source: ByteSource): Promise<OpenedFile> {
  const text = decoded(source);
  const first = await text.next();
  const head = first.done ? "" : first.value.replace(/^\uFEFF/, "");
  const separator = detectSeparator(head);
  async function* whole() {
    if (head) yield head;
    yield* text;
  }
  const rows = csvRows(whole(), separator);
  const header = await rows.next();
  if (header.done) throw emptyFile();
  const problem = headerProblem(header.value.cells);
  if (problem) {
    const blank = header.value.cells.every((cell) => cell.trim() === "");
    const more = blank ? !(await rows.next()).done : true;
    await rows.return(undefined);
    throw more ? badRequest(problem) : emptyFile();
  }
  return { separator, header: header.value.cells, rows };
}
