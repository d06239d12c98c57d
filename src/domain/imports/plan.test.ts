import { describe, expect, it } from "vitest";
import { blocksCommit, countRow, DuplicateIndex, emptyTotals, hasProblems, keysOf, rowPlanner, type ExistingPartner, type RowInput } from "./plan";
import { ImportOptions } from "./schemas";

const existing: ExistingPartner[] = [
  { id: "p-acme", name: "Acme Inc.", website: "https://www.acme.com", contactEmail: "ana@acme.com" },
  { id: "p-bolt", name: "Bolt Partners", website: null, contactEmail: "sales@bolt.io" },
  { id: "p-copy", name: "Acme", website: "https://other.example", contactEmail: null },
];
const options = (o: Partial<ImportOptions> = {}) => ImportOptions.parse({ defaultTypeId: "00000000-0000-4000-8000-000000000001", ...o });
const row = (n: number, values: RowInput["values"], errors: RowInput["errors"] = []): RowInput => ({ row: n, values, errors });
const planner = (o: Partial<ImportOptions> = {}, mayUpdate = () => true) => rowPlanner(new DuplicateIndex(existing), options(o), mayUpdate);

describe("duplicate keys", () => {
  it("compares by website domain, contact email and normalised name", () => {
    expect(keysOf({ name: "Acme, Inc.", website: "http://WWW.acme.com/x", contactEmail: "Ana@Acme.com" })).toEqual({ name: "acme", website: "acme.com", email: "ana@acme.com" });
    expect(keysOf({})).toEqual({ name: null, website: null, email: null });
    expect(keysOf({ name: "!!!", website: "not a site" })).toEqual({ name: null, website: null, email: null });
  });
});

describe("planning rows", () => {
  it("creates a partner that matches nothing", () => {
    const planned = planner()(row(2, { name: "Nova Systems", website: "https://nova.example" }));
    expect(planned.report).toEqual({ row: 2, name: "Nova Systems", action: "create", partner: null, skipReason: null, errors: [], duplicates: [] });
    expect(planned.targetId).toBeNull();
  });

  it("updates the existing partner with the same website domain", () => {
    const planned = planner()(row(2, { name: "ACME", website: "acme.com" }));
    expect(planned.report.action).toBe("update");
    expect(planned.report.partner).toEqual({ id: "p-acme", name: "Acme Inc." });
    expect(planned.targetId).toBe("p-acme");
    // The same name also matches "Acme" (another partner): a likely duplicate, not the target.
    expect(planned.report.duplicates).toEqual([
      { key: "name", value: "acme", partner: { id: "p-acme", name: "Acme Inc." }, row: null },
    ]);
  });

  it("only reports a match on a key that does not identify partners", () => {
    const planned = planner()(row(2, { name: "Bolt Partners Ltd", contactEmail: "SALES@bolt.io" }));
    expect(planned.report.action).toBe("create");
    expect(planned.report.duplicates.map((d) => [d.key, d.partner?.name])).toEqual([
      ["email", "Bolt Partners"],
      ["name", "Bolt Partners"],
    ]);
    expect(hasProblems(planned.report)).toBe(true);
    expect(blocksCommit(planned.report)).toBe(false);
  });

  it("skips an existing partner when asked to leave them alone", () => {
    const planned = planner({ whenMatched: "skip", matchOn: ["email"] })(row(2, { name: "Bolt", contactEmail: "sales@bolt.io" }));
    expect(planned.report.action).toBe("skip");
    expect(planned.report.skipReason).toBe("Bolt Partners already exists (same contact email).");
  });

  it("refuses a row that matches two partners", () => {
    const planned = planner({ matchOn: ["website", "name"] })(row(2, { name: "Acme", website: "https://other.example/about", contactEmail: "x@y.z" }));
    expect(planned.report.errors).toEqual([{ field: "row", message: "matches 2 partners: Acme (same website domain), Acme Inc. (same name)" }]);
    expect(blocksCommit(planned.report)).toBe(true);
  });

  it("refuses a second row with the same key as an earlier row", () => {
    const plan = planner();
    plan(row(2, { name: "Nova", website: "nova.example" }));
    const second = plan(row(3, { name: "Nova Two", website: "https://www.nova.example" }));
    expect(second.report.errors).toEqual([{ field: "row", message: "has the same website domain as row 2 (nova.example): keep one of them and skip the other" }]);
    const third = plan(row(4, { name: "Nova" }));
    expect(third.report.errors).toEqual([]);
    expect(third.report.duplicates).toEqual([{ key: "name", value: "nova", partner: null, row: 2 }]);
  });

  it("forgets skipped rows, so the row kept is not a duplicate of them", () => {
    const plan = planner({ skipRows: [2] });
    const first = plan(row(2, { name: "Nova", website: "nova.example" }, [{ field: "country", message: "bad" }]));
    expect(first.report.action).toBe("skip");
    expect(first.report.skipReason).toBe("You chose to skip this row.");
    expect(blocksCommit(first.report)).toBe(false);
    expect(plan(row(3, { name: "Nova", website: "nova.example" })).report.errors).toEqual([]);
  });

  it("needs a name, and a type unless a default is chosen", () => {
    const planned = rowPlanner(new DuplicateIndex([]), ImportOptions.parse({}), () => true)(row(5, { website: "x.example" }));
    expect(planned.report.errors).toEqual([
      { field: "name", message: "is empty: every partner needs a name" },
      { field: "type", message: "is empty and no default type is chosen" },
    ]);
    const named = rowPlanner(new DuplicateIndex([]), ImportOptions.parse({}), () => true)(row(6, { name: "N" }, [{ field: "type", message: "unknown" }]));
    expect(named.report.errors).toEqual([{ field: "type", message: "unknown" }]);
  });

  it("refuses to update a partner the importer does not manage", () => {
    const planned = planner({}, () => false)(row(2, { name: "Acme", website: "acme.com" }));
    expect(planned.report.errors).toEqual([{ field: "row", message: "is Acme Inc., which you do not manage: skip this row, or ask an admin to import it" }]);
  });

  it("counts rows by what happens to them", () => {
    const totals = emptyTotals();
    const plan = planner();
    for (const input of [row(2, { name: "Nova" }), row(3, { name: "Acme", website: "acme.com" }), row(4, {}), row(5, { name: "Bolt", contactEmail: "sales@bolt.io" })]) countRow(totals, plan(input).report);
    expect(totals).toEqual({ rows: 4, create: 3, update: 1, skip: 0, withErrors: 1, withDuplicates: 2 });
  });
});
