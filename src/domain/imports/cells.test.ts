import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./cells";

describe("export cell neutralisation", () => {
  it("prefixes a quote to cells a spreadsheet would run", () => {
    for (const cell of ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it("leaves ordinary text alone", () => {
    for (const cell of ["Acme", "", "a=b", "info@acme.com", "'quoted"]) expect(neutraliseCell(cell)).toBe(cell);
  });
});
