import { lifecycleStages, type LifecycleStage } from "../partners/lifecycle";
import { ContactEmail, TimeZone } from "../partners/schemas";
import { countryCode, normaliseEmail, normaliseWebsite, squash } from "./normalise";
import type { ColumnMapping, ImportField, RowError } from "./schemas";

/*
 * One row of the file read into partner fields: each mapped cell cleaned and checked, names of
 * types, tiers, stages, owners and programs turned into ids. An empty cell says nothing (a new
 * partner gets the default; an update keeps what the partner has).
 */

export interface Named {
  id: string;
  name: string;
}
export interface ImportLookups {
  types: readonly (Named & { key: string })[];
  tiers: readonly Named[];
  /** Staff who may own partners (active owners, admins and partner managers). */
  owners: readonly (Named & { email: string })[];
  programs: readonly (Named & { key: string })[];
}

export interface RowValues {
  name?: string;
  website?: string;
  contactName?: string;
  contactEmail?: string;
  country?: string;
  timeZone?: string;
  typeId?: string;
  tierId?: string;
  stage?: LifecycleStage;
  ownerUserId?: string;
  programId?: string;
}

type Reading = { ok: true; values: RowValues } | { ok: false; message: string };
type Reader = (cell: string) => Reading;

const stageSynonyms: Record<string, LifecycleStage> = { prospect: "applicant", lead: "applicant", applied: "applicant", new: "applicant", interview: "interviewing", rejected: "declined", churned: "exited", former: "exited", live: "active" };
const maxCell = 1000;

function text(max: number, key: "name" | "contactName"): Reader {
  return (cell) => (cell.length > max ? { ok: false, message: `is ${cell.length} characters long; at most ${max} fit` } : { ok: true, values: { [key]: cell } });
}

/** Finds a record by any of its names, squashed; the message lists what exists when none does. */
function byName<T extends Named>(items: readonly T[], names: (item: T) => string[], what: string): (cell: string) => T | string {
  const index = new Map<string, T>();
  for (const item of items) for (const name of names(item)) if (!index.has(squash(name))) index.set(squash(name), item);
  const known = items.map((item) => item.name).join(", ");
  return (cell) => index.get(squash(cell)) ?? `"${cell}" is not ${what} here${known ? ` (known: ${known})` : ""}`;
}

function ownerReader(owners: ImportLookups["owners"]): Reader {
  const byEmail = new Map(owners.map((o) => [normaliseEmail(o.email), o]));
  const byFullName = new Map<string, Named[]>();
  for (const owner of owners) byFullName.set(squash(owner.name), [...(byFullName.get(squash(owner.name)) ?? []), owner]);
  return (cell) => {
    const found = cell.includes("@") ? [byEmail.get(normaliseEmail(cell))].filter((o) => o !== undefined) : (byFullName.get(squash(cell)) ?? []);
    if (found.length > 1) return { ok: false, message: `"${cell}" names ${found.length} people: use their email address` };
    const [owner] = found;
    if (!owner) return { ok: false, message: `"${cell}" is not an active owner, admin or partner manager of this workspace (give their name or email)` };
    return { ok: true, values: { ownerUserId: owner.id } };
  };
}

function idReader(find: (cell: string) => Named | string, key: "typeId" | "tierId" | "programId"): Reader {
  return (cell) => {
    const found = find(cell);
    return typeof found === "string" ? { ok: false, message: found } : { ok: true, values: { [key]: found.id } };
  };
}

function stageReader(cell: string): Reading {
  const key = squash(cell);
  const stage = lifecycleStages.find((s) => s === key) ?? stageSynonyms[key];
  return stage ? { ok: true, values: { stage } } : { ok: false, message: `"${cell}" is not a stage (stages: ${lifecycleStages.join(", ")})` };
}

/** The readers of every field, built once per import from the workspace's reference data. */
export function rowReaders(lookups: ImportLookups): Record<ImportField, Reader> {
  return {
    name: text(200, "name"),
    contactName: text(200, "contactName"),
    website: (cell) => {
      const website = normaliseWebsite(cell);
      return website ? { ok: true, values: { website } } : { ok: false, message: `"${cell.slice(0, 80)}" is not a web address (such as https://example.com)` };
    },
    contactEmail: (cell) => {
      const parsed = ContactEmail.safeParse(cell);
      return parsed.success ? { ok: true, values: { contactEmail: parsed.data } } : { ok: false, message: `"${cell.slice(0, 80)}" is not an email address` };
    },
    country: (cell) => {
      const code = countryCode(cell);
      return code ? { ok: true, values: { country: code } } : { ok: false, message: `"${cell.slice(0, 80)}" is not a country (a name such as Germany, or a code such as DE)` };
    },
    timeZone: (cell) => {
      const parsed = TimeZone.safeParse(cell);
      return parsed.success ? { ok: true, values: { timeZone: parsed.data } } : { ok: false, message: `"${cell.slice(0, 80)}" is not a time zone (such as Europe/Berlin)` };
    },
    type: idReader(byName(lookups.types, (t) => [t.name, t.key], "a partner type"), "typeId"),
    tier: idReader(byName(lookups.tiers, (t) => [t.name], "a tier"), "tierId"),
    program: idReader(byName(lookups.programs, (p) => [p.name, p.key], "a program"), "programId"),
    stage: stageReader,
    owner: ownerReader(lookups.owners),
  };
}

/** The values of one row and what is wrong with its cells. */
export function readRow(cells: readonly string[], mapping: ColumnMapping, readers: Record<ImportField, Reader>): { values: RowValues; errors: RowError[] } {
  const errors: RowError[] = [];
  const values: RowValues = {};
  if (cells.length > mapping.length) {
    errors.push({ field: "row", message: `has ${cells.length} cells but the header has ${mapping.length} columns (a separator inside a cell that is not in quotes?)` });
  }
  mapping.forEach((field, column) => {
    const cell = (cells[column] ?? "").trim();
    if (field === null || cell === "") return;
    if (cell.length > maxCell) {
      errors.push({ field, message: `is ${cell.length} characters long; at most ${maxCell} fit in a cell` });
      return;
    }
    const reading = readers[field](cell);
    if (reading.ok) Object.assign(values, reading.values);
    else errors.push({ field, message: reading.message });
  });
  return { values, errors };
}
