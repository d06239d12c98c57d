import { parse } from "csv-parse/sync";
import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activity, partnerStageHistory, partners, programs } from "../../src/server/db/schema";
import type { World } from "../factories/world";
import { createTestWorld, signInWorld, type TestApp } from "../support/test-app";
import { commit, sampleCsv, send, uploaded } from "./imports-support";

/*
 * R-B6 export: the pipeline as CSV, filtered like the board, safe to open in a spreadsheet, and
 * readable by the import again.
 */

let t: TestApp & { world: World };
let w: World;
let cookies: Awaited<ReturnType<typeof signInWorld>>;

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  cookies = await signInWorld(t.app, w);
  t.clock.set(new Date("2026-11-26T10:00:00Z"));
});
afterAll(() => t.close());

const Created = z.object({ id: z.string() });

function rowsOf(body: string): string[][] {
  return parse(body, { bom: true });
}

describe("exporting the pipeline", () => {
  it("sends every partner as UTF-8 CSV with a byte-order mark and a dated file name", async () => {
    const response = await send(t, cookies.viewer, "GET", "/api/w/acme/pipeline/export.csv");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toContain('filename="pipeline-acme-2026-11-26.csv"');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = rowsOf(response.body);
    expect(header).toEqual(["Company", "Website", "Primary Contact", "Email", "Country", "Time Zone", "Partner Type", "Tier", "Stage", "Owner", "Owner Email", "Program", "Stage Changed", "Created", "Updated"]);
    expect(rows.map((r) => r[0])).toEqual(["Alpha Resellers", "Beta Services"]);
    expect(rows[0]?.slice(4, 12)).toEqual(["DE", "Europe/Berlin", "Reseller", "Registered", "onboarding", "Max Manager", "manager@acme.test", ""]);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const ids: string[] = [];
    try {
      for (const name of ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd", "-2+3", "@SUM(A1)"]) {
        const created = await send(t, cookies.owner, "POST", "/api/w/acme/partners", { name, typeId: w.acme.typeId });
        expect(created.statusCode).toBe(201);
        ids.push(Created.parse(created.json()).id);
      }
      await t.ctx.db.update(partners).set({ contactName: "\tTabbed", contactEmail: "\rcarriage@x.example" }).where(eq(partners.id, ids[1] ?? ""));
      const response = await send(t, cookies.owner, "GET", "/api/w/acme/pipeline/export.csv?q=%3D");
      expect(rowsOf(response.body).slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://evil.example\",\"click\")"]);
      const all = rowsOf((await send(t, cookies.owner, "GET", "/api/w/acme/pipeline/export.csv")).body);
      expect(all.map((r) => r[0])).toEqual(expect.arrayContaining(["'+cmd", "'-2+3", "'@SUM(A1)"]));
      expect(all.find((r) => r[0] === "'+cmd")?.slice(2, 4)).toEqual(["'\tTabbed", "'\rcarriage@x.example"]);
    } finally {
      await t.ctx.db.delete(activity).where(inArray(activity.partnerId, ids));
      await t.ctx.db.delete(partnerStageHistory).where(inArray(partnerStageHistory.partnerId, ids));
      await t.ctx.db.delete(partners).where(inArray(partners.id, ids));
    }
  });

  it("filters like the board: stage, owner, type, program and search", async () => {
    const [program] = await t.ctx.db.select({ id: programs.id }).from(programs).where(eq(programs.workspaceId, w.acme.id)).limit(1);
    const names = async (query: string) => rowsOf((await send(t, cookies.manager, "GET", `/api/w/acme/pipeline/export.csv?${query}`)).body).slice(1).map((r) => r[0]);
    expect(await names("stage=onboarding")).toEqual(["Alpha Resellers"]);
    expect(await names("stage=onboarding&stage=applicant")).toEqual(["Alpha Resellers", "Beta Services"]);
    expect(await names(`ownerUserId=${w.staff.otherManager.id}`)).toEqual(["Beta Services"]);
    expect(await names("ownerUserId=none")).toEqual([]);
    expect(await names(`typeId=${w.acme.typeId}&q=beta`)).toEqual(["Beta Services"]);
    if (program) {
      await t.ctx.db.update(partners).set({ programId: program.id }).where(eq(partners.id, w.partners.b));
      expect(await names(`programId=${program.id}`)).toEqual(["Beta Services"]);
    }
    expect((await send(t, cookies.manager, "GET", "/api/w/acme/pipeline/export.csv?stage=nowhere")).statusCode).toBe(400);
  });

  it("writes a file the import reads back", async () => {
    const exported = await send(t, cookies.owner, "GET", "/api/w/acme/pipeline/export.csv");
    const preview = await uploaded(t, cookies.owner, exported.rawPayload);
    expect(preview.suggestedMapping).toEqual(["name", "website", "contactName", "contactEmail", "country", "timeZone", "type", "tier", "stage", "owner", null, "program", null, null, null]);
    const response = await send(t, cookies.owner, "POST", `/api/w/acme/imports/${preview.id}/dry-run`, { mapping: preview.suggestedMapping, options: { matchOn: ["name"] } });
    expect(response.json()).toMatchObject({ totals: { update: 2, create: 0, withErrors: 0 } });
  });

  it("streams a large pipeline in pages", async () => {
    const preview = await uploaded(t, cookies.owner, sampleCsv);
    const mapping = ["name", "website", "contactName", "contactEmail", "country", "type", "tier", "stage", null, null, null, null] as const;
    expect((await commit(t, cookies.owner, preview.id, [...mapping])).statusCode).toBe(200);
    const many = Array.from({ length: 2100 }, (_, i) => ({ id: crypto.randomUUID(), workspaceId: w.acme.id, name: `Bulk ${String(i).padStart(4, "0")}`, typeId: w.acme.typeId, stage: "applicant" }));
    await t.ctx.db.insert(partners).values(many.slice(0, 1000));
    await t.ctx.db.insert(partners).values(many.slice(1000));
    const rows = rowsOf((await send(t, cookies.owner, "GET", "/api/w/acme/pipeline/export.csv")).body).slice(1);
    expect(rows).toHaveLength(2 + 25 + 2100);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it("serves the sample file of the import page", async () => {
    const response = await send(t, cookies.manager, "GET", "/api/w/acme/imports/sample.csv");
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(sampleCsv)).toBe(true);
    expect(response.headers["content-disposition"]).toContain("airtable-partners.csv");
  });
});
