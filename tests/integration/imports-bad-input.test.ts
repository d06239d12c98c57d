import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partnerImports, partners } from "../../src/server/db/schema";
import type { World } from "../factories/world";
import { createTestWorld, signInWorld, type TestApp } from "../support/test-app";
import { commit, dryRun, Problem, send, uploadCsv, uploaded } from "./imports-support";

/*
 * Every awkward file the issue names gets a clear report or a 4xx, never a 500 and never a half
 * import. The server's upload cap is 12 MB here, so a 10 MB cell reaches the parser.
 */

let t: TestApp & { world: World };
let w: World;
let owner = "";
let globexOwner = "";
const mb = 1024 * 1024;

beforeAll(async () => {
  t = await createTestWorld({ UPLOAD_MAX_MB: "12" });
  w = t.world;
  ({ owner, globexOwner } = await signInWorld(t.app, w));
});
afterAll(() => t.close());

async function refused(body: Buffer | string, status = 400) {
  const response = await uploadCsv(t, owner, body);
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  return Problem.parse(response.json()).detail;
}

const importCount = async () => (await t.ctx.db.select({ id: partnerImports.id }).from(partnerImports).where(eq(partnerImports.workspaceId, w.acme.id))).length;

describe("files that cannot be imported are refused at upload, and nothing is kept", () => {
  it("an empty file", async () => {
    const before = await importCount();
    expect(await refused("")).toMatch(/The file is empty/);
    expect(await refused("\uFEFF \r\n")).toMatch(/The file is empty/);
    expect(await importCount()).toBe(before);
  });

  it("a file without a header row", async () => {
    expect(await refused("Acme,https://acme.example,ana@acme.example\nBolt,https://bolt.example,bo@bolt.example\n")).toMatch(/first row looks like data, not column names \("https:\/\/acme.example"\)/);
  });

  it("a header with no rows", async () => {
    expect(await refused("Company,Website\r\n")).toMatch(/column names but no partners/);
  });

  it("a 10 MB cell", async () => {
    const huge = `Company,Notes\nAcme,"${"x".repeat(10 * mb)}"\n`;
    expect(await refused(huge)).toMatch(/A row of the file \(line 2\) is larger than 128 KB/);
  });

  it("a quote that is never closed", async () => {
    expect(await refused('Company,Notes\nAcme,"never closed\nBolt,fine\n')).toMatch(/A quote opened \(line \d+\) is never closed/);
  });

  it("a file that is not UTF-8", async () => {
    expect(await refused(Buffer.from([0x43, 0x6f, 0x2c, 0x4e, 0x0a, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x2c, 0x31, 0x0a]))).toMatch(/not UTF-8 text/);
  });

  it("a file over the configured limit: 413", async () => {
    const response = await uploadCsv(t, owner, Buffer.alloc(13 * mb, "a"));
    expect(response.statusCode).toBe(413);
    expect(Problem.parse(response.json()).detail).toMatch(/larger than 12 MB/);
  });

  it("a file that is not CSV: 415", async () => {
    const response = await uploadCsv(t, owner, "%PDF-1.7", { contentType: "application/pdf", fileName: "partners.pdf" });
    expect(response.statusCode).toBe(415);
    expect(Problem.parse(response.json()).detail).toMatch(/CSV file/);
    expect((await uploadCsv(t, owner, "Company\nAcme\n", { contentType: "application/octet-stream", fileName: "partners.png" })).statusCode).toBe(415);
  });
});

describe("files that are merely unusual are read as they were meant", () => {
  it("a file separated by semicolons, with a byte-order mark and Windows line endings", async () => {
    const preview = await uploaded(t, owner, "\uFEFFFirma;Website;E-Mail\r\nMüller Vertrieb;mueller.example;info@mueller.example\r\n");
    expect(preview.separator).toBe(";");
    expect(preview.headers).toEqual(["Firma", "Website", "E-Mail"]);
    expect(preview.sampleRows).toEqual([["Müller Vertrieb", "mueller.example", "info@mueller.example"]]);
    expect(preview.suggestedMapping).toEqual([null, "website", "contactEmail"]);
  });

  it("a file separated by tabs", async () => {
    const preview = await uploaded(t, owner, "Company\tWebsite\nTab Co\ttab.example\n");
    expect(preview.separator).toBe("\t");
    expect(preview.sampleRows).toEqual([["Tab Co", "tab.example"]]);
  });

  it("a quoted newline stays inside its cell", async () => {
    const preview = await uploaded(t, owner, 'Company,Notes\r\nAcme,"first line\r\nsecond line"\r\nBolt,plain\r\n');
    expect(preview.rowCount).toBe(2);
    expect(preview.sampleRows[0]).toEqual(["Acme", "first line\r\nsecond line"]);
  });

  it("a duplicate header: said so, and suggested once", async () => {
    const preview = await uploaded(t, owner, "Company,Email,Email\nAcme,a@acme.example,b@acme.example\n");
    expect(preview.suggestedMapping).toEqual(["name", "contactEmail", null]);
    expect(preview.warnings).toEqual(['Two columns are named "Email" (columns 2 and 3): only the first is suggested; map the other yourself if you need it.']);
  });
});

describe("rows and mappings that are wrong", () => {
  it("a row with too many fields is an error of that row, and stops the commit", async () => {
    const preview = await uploaded(t, owner, "Company,Website,Type\nGood Co,good.example,Reseller\nBad Co,bad.example,Reseller,surplus\n");
    const report = await dryRun(t, owner, preview.id, ["name", "website", "type"]);
    expect(report.rows[1]).toMatchObject({ row: 3, errors: [{ field: "row", message: "has 4 cells but the header has 3 columns (a separator inside a cell that is not in quotes?)" }] });
    const before = (await t.ctx.db.select({ id: partners.id }).from(partners)).length;
    const response = await commit(t, owner, preview.id, ["name", "website", "type"]);
    expect(response.statusCode).toBe(400);
    expect((await t.ctx.db.select({ id: partners.id }).from(partners)).length).toBe(before);
  });

  it("a mapping that does not fit the file, chooses a field twice or has no name", async () => {
    const preview = await uploaded(t, owner, "Company,Website\nAcme,acme.example\n");
    const url = `/api/w/acme/imports/${preview.id}/dry-run`;
    const short = await send(t, owner, "POST", url, { mapping: ["name"] });
    expect(short.statusCode).toBe(400);
    expect(Problem.parse(short.json()).errors).toEqual([{ path: "body.mapping", message: "has 1 entries but the file has 2 columns: send one entry per column, null to leave it out" }]);
    const twice = await send(t, owner, "POST", url, { mapping: ["website", "website"] });
    expect(Problem.parse(twice.json()).errors?.map((e) => e.path)).toEqual(["body.mapping.1", "body.mapping"]);
    const unknownField = await send(t, owner, "POST", url, { mapping: ["name", "favouriteColour"] });
    expect(unknownField.statusCode).toBe(400);
    const otherType = await send(t, owner, "POST", url, { mapping: ["name", "website"], options: { defaultTypeId: crypto.randomUUID() } });
    expect(Problem.parse(otherType.json()).errors).toEqual([{ path: "body.options.defaultTypeId", message: "is not a partner type of this workspace" }]);
  });

  it("an import of another workspace does not exist", async () => {
    const preview = await uploaded(t, owner, "Company\nAcme\n");
    const response = await t.app.inject({ method: "GET", url: `/api/w/globex/imports/${preview.id}`, headers: { cookie: globexOwner } });
    expect(response.statusCode).toBe(404);
  });
});
