import { separators, type Separator } from "./schemas";

/*
 * What can be told about a CSV file from its first line: which separator it uses, and whether
 * that line is a header at all. Spreadsheets in much of Europe save with ";" and some tools
 * with tabs; Airtable and Google Sheets use ",".
 */

/**
 * The separator that occurs most often outside quotes on the first line; "," when none does or
 * on a tie (a one-column file has no separator, and "," is what most tools write).
 */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text.slice(0, 65_536)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && (char === "," || char === ";" || char === "\t")) counts[char]++;
  }
  return separators.reduce<Separator>((a, b) => (counts[b] > counts[a] ? b : a), ",");
}

/** Cells that no one would write as a column name: an email, a web address, a number, a date. */
function looksLikeValue(cell: string): boolean {
  return /@/.test(cell) || /^(https?:\/\/|www\.)/i.test(cell) || /^[\d\s.,:/+-]+$/.test(cell);
}

/**
 * Why a first row cannot be a header, or null when it can: empty, or made of values (an email,
 * a web address, numbers) rather than column names — the header was left out of the export.
 */
export function headerProblem(header: readonly string[]): string | null {
  const named = header.map((cell) => cell.trim()).filter((cell) => cell !== "");
  if (named.length === 0) return "The first row of the file is empty. It must hold the column names, such as Company, Website, Email.";
  const value = named.find(looksLikeValue);
  if (value !== undefined) {
    return `The first row looks like data, not column names ("${value.slice(0, 60)}"). Export the file with its header row, or add a first row naming the columns, such as Company, Website, Email.`;
  }
  return null;
}

/** Column names with blanks filled ("Column 4") and notes about names that repeat or are missing. */
export function nameColumns(header: readonly string[]): { headers: string[]; warnings: string[] } {
  const headers = header.map((cell, i) => cell.trim() || `Column ${i + 1}`);
  const warnings: string[] = [];
  const unnamed = header.flatMap((cell, i) => (cell.trim() === "" ? [i + 1] : []));
  if (unnamed.length > 0) warnings.push(`${unnamed.length === 1 ? "Column" : "Columns"} ${unnamed.join(", ")} ${unnamed.length === 1 ? "has" : "have"} no name; ${unnamed.length === 1 ? "it is" : "they are"} left out unless you map ${unnamed.length === 1 ? "it" : "them"}.`);
  const seen = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = cell.trim().toLowerCase();
    if (key === "") return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else warnings.push(`Two columns are named "${cell.trim()}" (columns ${first + 1} and ${i + 1}): only the first is suggested; map the other yourself if you need it.`);
  });
  return { headers, warnings };
}
