import { describe, expect, it } from "vitest";
import { readRow, rowReaders, type ImportLookups } from "./row-values";
import type { ColumnMapping } from "./schemas";

const lookups: ImportLookups = {
  types: [
    { id: "t-res", key: "reseller", name: "Reseller" },
    { id: "t-tech", key: "technology", name: "Technology alliance" },
  ],
  tiers: [{ id: "tier-gold", name: "Gold" }],
  owners: [
    { id: "u-maya", name: "Maya Manager", email: "maya@northwind.example" },
    { id: "u-sam1", name: "Sam Lee", email: "sam.one@northwind.example" },
    { id: "u-sam2", name: "Sam Lee", email: "sam.two@northwind.example" },
  ],
  programs: [{ id: "p-emea", key: "emea", name: "EMEA Resellers" }],
};
const readers = rowReaders(lookups);
const all: ColumnMapping = ["name", "website", "contactName", "contactEmail", "country", "timeZone", "type", "tier", "stage", "owner", "program"];

describe("reading a row", () => {
  it("turns cells into partner fields, names into ids", () => {
    const cells = ["  Acme Ltd ", "acme.com", "Ana Ruiz", "Ana@Acme.com", "Germany", "europe/berlin", "technology", "gold", "Active", "maya@northwind.example", "EMEA Resellers"];
    expect(readRow(cells, all, readers)).toEqual({
      values: { name: "Acme Ltd", website: "https://acme.com", contactName: "Ana Ruiz", contactEmail: "Ana@Acme.com", country: "DE", timeZone: "Europe/Berlin", typeId: "t-tech", tierId: "tier-gold", stage: "active", ownerUserId: "u-maya", programId: "p-emea" },
      errors: [],
    });
  });

  it("says nothing about empty cells and unmapped columns", () => {
    expect(readRow(["Acme", "", "ignored"], ["name", "website", null], readers)).toEqual({ values: { name: "Acme" }, errors: [] });
    expect(readRow(["Acme"], ["name", "website"], readers)).toEqual({ values: { name: "Acme" }, errors: [] });
  });

  it("names each bad cell by its field", () => {
    const cells = ["Acme", "not a site", "x", "ana at acme", "Atlantis", "Mars/Base", "Distributor", "Diamond", "Signed", "Maya M.", "APAC"];
    const { errors } = readRow(cells, all, readers);
    expect(errors.map((e) => e.field)).toEqual(["website", "contactEmail", "country", "timeZone", "type", "tier", "stage", "owner", "program"]);
    expect(errors.find((e) => e.field === "type")?.message).toBe('"Distributor" is not a partner type here (known: Reseller, Technology alliance)');
    expect(errors.find((e) => e.field === "owner")?.message).toMatch(/"Maya M\." is not an active owner, admin or partner manager/);
    expect(errors.find((e) => e.field === "stage")?.message).toMatch(/"Signed" is not a stage/);
  });

  it("reads stages by key, label and common synonyms", () => {
    const stage = (cell: string) => readRow(["A", cell], ["name", "stage"], readers).values.stage;
    expect(stage("Onboarding")).toBe("onboarding");
    expect(stage("Prospect")).toBe("applicant");
    expect(stage("Live")).toBe("active");
    expect(stage("Rejected")).toBe("declined");
  });

  it("asks for an email when a name is shared by two people", () => {
    const { errors } = readRow(["A", "Sam Lee"], ["name", "owner"], readers);
    expect(errors).toEqual([{ field: "owner", message: '"Sam Lee" names 2 people: use their email address' }]);
    expect(readRow(["A", "SAM.TWO@northwind.example"], ["name", "owner"], readers).values.ownerUserId).toBe("u-sam2");
    expect(readRow(["A", "nobody@northwind.example"], ["name", "owner"], readers).errors[0]?.field).toBe("owner");
  });

  it("refuses a row with more cells than the header has columns", () => {
    expect(readRow(["Acme", "acme.com", "extra"], ["name", "website"], readers).errors).toEqual([
      { field: "row", message: "has 3 cells but the header has 2 columns (a separator inside a cell that is not in quotes?)" },
    ]);
  });

  it("refuses cells that are too long", () => {
    expect(readRow(["x".repeat(201)], ["name"], readers).errors[0]).toEqual({ field: "name", message: "is 201 characters long; at most 200 fit" });
    expect(readRow(["A", "y".repeat(1001)], ["name", "website"], readers).errors[0]).toEqual({ field: "website", message: "is 1001 characters long; at most 1000 fit in a cell" });
  });

  it("lists no known names when the workspace has none", () => {
    const bare = rowReaders({ types: [], tiers: [], owners: [], programs: [] });
    expect(readRow(["A", "Gold"], ["name", "tier"], bare).errors[0]?.message).toBe('"Gold" is not a tier here');
  });
});
