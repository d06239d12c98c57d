import { readFileSync } from "node:fs";
import { z } from "zod";
import { ImportPreview, ImportReport, type ImportOptions, type ColumnMapping } from "../../src/domain/imports/schemas";
import { insertStaff } from "../factories/people";
import type { World } from "../factories/world";
import { testOrigin, testPasswordHash, type TestApp } from "../support/test-app";

/** What the import tests share: the sample file, uploads as a browser sends them, and runs. */

export const sampleCsv = readFileSync(new URL("../../src/server/db/seed/samples/airtable-partners.csv", import.meta.url));

/** The sample names the demo's staff as owners; the test world gets the same three people. */
export async function addSampleOwners(t: TestApp, w: World) {
  const hash = await testPasswordHash();
  await insertStaff(t.ctx.db, w.acme.id, { name: "Maya Manager", email: "maya@northwind.example" }, "partner_manager", hash);
  await insertStaff(t.ctx.db, w.acme.id, { name: "Marco Manager", email: "marco@northwind.example" }, "partner_manager", hash);
  await insertStaff(t.ctx.db, w.acme.id, { name: "Adam Admin", email: "admin@northwind.example" }, "admin", hash);
}

export function uploadCsv(t: TestApp, cookie: string, body: Buffer | string, options: { fileName?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = { origin: testOrigin, cookie, "content-type": options.contentType ?? "text/csv" };
  return t.app.inject({ method: "POST", url: `/api/w/acme/imports?fileName=${encodeURIComponent(options.fileName ?? "partners.csv")}`, headers, payload: body });
}

export async function uploaded(t: TestApp, cookie: string, body: Buffer | string) {
  const response = await uploadCsv(t, cookie, body);
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.statusCode} ${response.body}`);
  return ImportPreview.parse(response.json());
}

export function send(t: TestApp, cookie: string, method: "GET" | "POST", url: string, payload?: object) {
  return t.app.inject({ method, url, headers: { origin: testOrigin, cookie }, ...(payload ? { payload } : {}) });
}

export async function dryRun(t: TestApp, cookie: string, importId: string, mapping: ColumnMapping, options: Partial<ImportOptions> = {}, extra: object = {}) {
  const response = await send(t, cookie, "POST", `/api/w/acme/imports/${importId}/dry-run`, { mapping, options, ...extra });
  if (response.statusCode !== 200) throw new Error(`dry run failed: ${response.statusCode} ${response.body}`);
  return ImportReport.parse(response.json());
}

export function commit(t: TestApp, cookie: string, importId: string, mapping: ColumnMapping, options: Partial<ImportOptions> = {}) {
  return send(t, cookie, "POST", `/api/w/acme/imports/${importId}/commit`, { mapping, options });
}

export const Problem = z.object({ detail: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() });
