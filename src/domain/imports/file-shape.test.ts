import { describe, expect, it } from "vitest";
import { detectSeparator, headerProblem, nameColumns } from "./file-shape";

describe("separator detection", () => {
  it("finds commas, semicolons and tabs on the first line", () => {
    expect(detectSeparator("Company,Website,Email\nA,b,c")).toBe(",");
    expect(detectSeparator("Company;Website;Email\r\nA;b;c")).toBe(";");
    expect(detectSeparator("Company\tWebsite\tEmail\nA\tb\tc")).toBe("\t");
  });

  it("ignores separators inside quotes and on later lines", () => {
    expect(detectSeparator('"Name, legal";Website;Email\na,b,c,d,e,f')).toBe(";");
  });

  it("falls back to a comma for a single column or a tie", () => {
    expect(detectSeparator("Company\nAcme")).toBe(",");
    expect(detectSeparator("a,b;c")).toBe(",");
  });
});

describe("header check", () => {
  it("accepts column names", () => {
    expect(headerProblem(["Company", "Website", "Email", ""])).toBeNull();
  });

  it("refuses an empty first row", () => {
    expect(headerProblem(["", " "])).toMatch(/first row of the file is empty/);
  });

  it("refuses a first row of data: an email, a web address or numbers", () => {
    expect(headerProblem(["Acme", "https://acme.com"])).toMatch(/looks like data.*https:\/\/acme\.com/);
    expect(headerProblem(["Acme", "info@acme.com"])).toMatch(/looks like data/);
    expect(headerProblem(["Acme", "2024-01-05"])).toMatch(/looks like data/);
    expect(headerProblem(["Acme", "www.acme.com"])).toMatch(/looks like data/);
  });
});

describe("column names", () => {
  it("names blank columns and says so", () => {
    const one = nameColumns(["Company", ""]);
    expect(one.headers).toEqual(["Company", "Column 2"]);
    expect(one.warnings).toEqual(["Column 2 has no name; it is left out unless you map it."]);
    expect(nameColumns(["", "Company", " "]).warnings[0]).toBe("Columns 1, 3 have no name; they are left out unless you map them.");
  });

  it("warns about a header that repeats", () => {
    const named = nameColumns(["Email", "Company", "email "]);
    expect(named.headers).toEqual(["Email", "Company", "email"]);
    expect(named.warnings).toEqual(['Two columns are named "email" (columns 1 and 3): only the first is suggested; map the other yourself if you need it.']);
  });
});
