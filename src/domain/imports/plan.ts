import { normaliseEmail, normaliseName, websiteDomain } from "./normalise";
import type { Named, RowValues } from "./row-values";
import type { ImportOptions, ImportRowReport, ImportTotals, LikelyDuplicate, MatchKey, RowError } from "./schemas";

/*
 * What the import would do with each row: create a partner, update the one it already is, or
 * skip it; and which rows look like an existing partner or an earlier row of the same file.
 * Rows are planned in file order, each against the partners of the workspace and the rows
 * before it, so a dry run and the commit that follows it reach the same answer.
 */

export interface ExistingPartner extends Named {
  website: string | null;
  contactEmail: string | null;
}

export type RowKeys = Record<MatchKey, string | null>;

const keyWords: Record<MatchKey, string> = { website: "website domain", email: "contact email", name: "name" };

export function keysOf(values: { name?: string | null; website?: string | null; contactEmail?: string | null }): RowKeys {
  return {
    website: values.website ? websiteDomain(values.website) : null,
    email: values.contactEmail ? normaliseEmail(values.contactEmail) : null,
    name: values.name ? normaliseName(values.name) || null : null,
  };
}

/** The keys a row has, with their values. */
function present(keys: RowKeys): [MatchKey, string][] {
  return matchOrder.flatMap((key) => {
    const value = keys[key];
    return value === null ? [] : [[key, value]];
  });
}
const matchOrder = ["website", "email", "name"] as const;

/** The partners of the workspace and the rows planned so far, by each of their keys. */
export class DuplicateIndex {
  private readonly existing: Record<MatchKey, Map<string, Named>> = { website: new Map(), email: new Map(), name: new Map() };
  private readonly earlier: Record<MatchKey, Map<string, number>> = { website: new Map(), email: new Map(), name: new Map() };

  constructor(partners: Iterable<ExistingPartner>) {
    for (const partner of partners) {
      for (const [key, value] of present(keysOf(partner))) if (!this.existing[key].has(value)) this.existing[key].set(value, { id: partner.id, name: partner.name });
    }
  }

  /** Everything this row's keys match: existing partners first, then earlier rows. */
  matches(keys: RowKeys): LikelyDuplicate[] {
    const found: LikelyDuplicate[] = [];
    const pairs = present(keys);
    for (const [key, value] of pairs) {
      const partner = this.existing[key].get(value);
      if (partner) found.push({ key, value, partner, row: null });
    }
    for (const [key, value] of pairs) {
      const row = this.earlier[key].get(value);
      if (row !== undefined) found.push({ key, value, partner: null, row });
    }
    return found;
  }

  remember(keys: RowKeys, row: number): void {
    for (const [key, value] of present(keys)) if (!this.earlier[key].has(value)) this.earlier[key].set(value, row);
  }
}

export interface RowInput {
  row: number;
  values: RowValues;
  errors: RowError[];
}
export interface PlannedRow {
  report: ImportRowReport;
  values: RowValues;
  /** The partner an update writes to. */
  targetId: string | null;
}

/** The existing partners a row is, by the keys the person chose to identify partners with. */
function targetsOf(duplicates: LikelyDuplicate[], matchOn: readonly MatchKey[]): { partner: Named; key: MatchKey }[] {
  const byId = new Map<string, { partner: Named; key: MatchKey }>();
  for (const d of duplicates) if (d.partner && matchOn.includes(d.key) && !byId.has(d.partner.id)) byId.set(d.partner.id, { partner: d.partner, key: d.key });
  return [...byId.values()];
}

/**
 * A planner for one file: each call plans the next row in file order and, unless the row is
 * skipped, remembers its keys for the rows after it. `mayUpdate` says whether the person
 * importing may change an existing partner.
 */
export function rowPlanner(index: DuplicateIndex, options: ImportOptions, mayUpdate: (partnerId: string) => boolean): (input: RowInput) => PlannedRow {
  const skipRows = new Set(options.skipRows);
  return (input) => {
    const keys = keysOf(input.values);
    const duplicates = index.matches(keys);
    const errors = [...input.errors];
    if (!input.values.name && !errors.some((e) => e.field === "name")) errors.push({ field: "name", message: "is empty: every partner needs a name" });
    for (const d of duplicates) {
      if (d.row !== null && options.matchOn.includes(d.key)) errors.push({ field: "row", message: `has the same ${keyWords[d.key]} as row ${d.row} (${d.value}): keep one of them and skip the other` });
    }
    const targets = targetsOf(duplicates, options.matchOn);
    if (targets.length > 1) errors.push({ field: "row", message: `matches ${targets.length} partners: ${targets.map((t) => `${t.partner.name} (same ${keyWords[t.key]})`).join(", ")}` });
    const target = targets.length === 1 ? targets[0] : undefined;
    const shown = duplicates.filter((d) => !(target && d.partner?.id === target.partner.id && options.matchOn.includes(d.key)));
    const base = { row: input.row, name: input.values.name ?? "", partner: target?.partner ?? null, errors, duplicates: shown };

    if (skipRows.has(input.row)) return skipped(base, "You chose to skip this row.");
    if (target && options.whenMatched === "skip") return skipped(base, `${target.partner.name} already exists (same ${keyWords[target.key]}).`);
    index.remember(keys, input.row);
    if (target) {
      if (!mayUpdate(target.partner.id)) errors.push({ field: "row", message: `is ${target.partner.name}, which you do not manage: skip this row, or ask an admin to import it` });
      return { report: { ...base, action: "update", skipReason: null }, values: input.values, targetId: target.partner.id };
    }
    if (!input.values.typeId && !options.defaultTypeId && !errors.some((e) => e.field === "type")) errors.push({ field: "type", message: "is empty and no default type is chosen" });
    return { report: { ...base, action: "create", skipReason: null }, values: input.values, targetId: null };
  };
}

function skipped(base: Omit<ImportRowReport, "action" | "skipReason">, reason: string): PlannedRow {
  return { report: { ...base, action: "skip", skipReason: reason }, values: {}, targetId: null };
}

export function emptyTotals(): ImportTotals {
  return { rows: 0, create: 0, update: 0, skip: 0, withErrors: 0, withDuplicates: 0 };
}

/** A skipped row's errors stop nothing: it is not written. */
export function blocksCommit(report: ImportRowReport): boolean {
  return report.action !== "skip" && report.errors.length > 0;
}

export function countRow(totals: ImportTotals, report: ImportRowReport): void {
  totals.rows++;
  totals[report.action]++;
  if (blocksCommit(report)) totals.withErrors++;
  if (report.duplicates.length > 0) totals.withDuplicates++;
}

export function hasProblems(report: ImportRowReport): boolean {
  return blocksCommit(report) || report.duplicates.length > 0;
}
