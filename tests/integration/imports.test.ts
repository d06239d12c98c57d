import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportResult, type ColumnMapping } from "../../src/domain/imports/schemas";
import { activity, auditLog, partnerImports, partnerStageHistory, partners, storedFiles } from "../../src/server/db/schema";
import type { World } from "../factories/world";
import { createTestWorld, signInWorld, type TestApp } from "../support/test-app";
import { addSampleOwners, commit, dryRun, Problem, sampleCsv, send, uploaded } from "./imports-support";

/*
 * R-B6: a partner list exported from Airtable or a spreadsheet is uploaded, mapped, dry-run with
 * a report per row, and committed in one transaction — all rows or none.
 */

let t: TestApp & { world: World };
let w: World;
let cookies: Awaited<ReturnType<typeof signInWorld>>;

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  await addSampleOwners(t, w);
  cookies = await signInWorld(t.app, w);
});
afterAll(() => t.close());

const sampleHeaders = ["Company", "Website", "Primary Contact", "Email", "Country", "Partner Type", "Tier", "Stage", "Owner", "Owner Email", "Notes", "Last Modified"];
const suggested: ColumnMapping = ["name", "website", "contactName", "contactEmail", "country", "type", "tier", "stage", "owner", null, null, null];
/** The fix the report leads to: owners by their email, not their display name. */
const fixed: ColumnMapping = ["name", "website", "contactName", "contactEmail", "country", "type", "tier", "stage", null, "owner", null, null];
const countPartners = async () => (await t.ctx.db.select({ id: partners.id }).from(partners).where(eq(partners.workspaceId, w.acme.id))).length;

describe("uploading an Airtable export", () => {
  it("answers the columns, first rows, separator and a suggested mapping", async () => {
    const preview = await uploaded(t, cookies.manager, sampleCsv);
    expect(preview.headers).toEqual(sampleHeaders);
    expect(preview.separator).toBe(",");
    expect(preview.rowCount).toBe(25);
    expect(preview.sampleRows).toHaveLength(5);
    expect(preview.sampleRows[0]?.slice(0, 2)).toEqual(["Kestrel Analytics", "https://kestrel-analytics.example"]);
    expect(preview.suggestedMapping).toEqual(suggested);
    expect(preview.warnings).toEqual([]);
    const again = await send(t, cookies.admin, "GET", `/api/w/acme/imports/${preview.id}`);
    expect(again.json()).toMatchObject({ id: preview.id, rowCount: 25, status: "uploaded", lastMapping: null });
  });

  it("keeps the file in stored files until it is committed", async () => {
    const preview = await uploaded(t, cookies.owner, sampleCsv);
    const [row] = await t.ctx.db.select({ fileId: partnerImports.fileId }).from(partnerImports).where(eq(partnerImports.id, preview.id));
    const [file] = await t.ctx.db.select().from(storedFiles).where(eq(storedFiles.id, row?.fileId ?? ""));
    expect(file).toMatchObject({ sizeBytes: sampleCsv.length, deletedAt: null, partnerId: null });
  });
});

describe("a dry run", () => {
  it("reports the one bad row of the sample, and writes nothing", async () => {
    const before = await countPartners();
    const preview = await uploaded(t, cookies.manager, sampleCsv);
    const report = await dryRun(t, cookies.manager, preview.id, suggested, { defaultTypeId: null }, { show: "problems" });
    expect(report.totals).toEqual({ rows: 25, create: 25, update: 0, skip: 0, withErrors: 1, withDuplicates: 0 });
    expect(report.canCommit).toBe(false);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ row: 17, name: "Ashgrove Labs", action: "create", errors: [{ field: "owner", message: expect.stringMatching(/"Maya M\." is not an active owner/) }] });
    expect(await countPartners()).toBe(before);
  });

  it("is clean once owners are mapped from their email column", async () => {
    const preview = await uploaded(t, cookies.manager, sampleCsv);
    const report = await dryRun(t, cookies.manager, preview.id, fixed);
    expect(report.totals.withErrors).toBe(0);
    expect(report.canCommit).toBe(true);
    expect(report.rows).toHaveLength(25);
    expect(report.rows.find((r) => r.name === "Oakhurst Distribution")).toMatchObject({ action: "create", errors: [] });
    // The page comes back to the mapping of the last dry run.
    expect((await send(t, cookies.manager, "GET", `/api/w/acme/imports/${preview.id}`)).json()).toMatchObject({ lastMapping: fixed });
  });

  it("can skip the bad row instead", async () => {
    const preview = await uploaded(t, cookies.manager, sampleCsv);
    const report = await dryRun(t, cookies.manager, preview.id, suggested, { skipRows: [17] });
    expect(report.totals).toMatchObject({ create: 24, skip: 1, withErrors: 0 });
    expect(report.rows.find((r) => r.row === 17)).toMatchObject({ action: "skip", skipReason: "You chose to skip this row." });
  });

  it("pages a long report and offers all of it as CSV", async () => {
    const preview = await uploaded(t, cookies.manager, sampleCsv);
    const report = await dryRun(t, cookies.manager, preview.id, suggested, {}, { limit: 10 });
    expect(report.rows).toHaveLength(10);
    expect(report.truncated).toBe(true);
    const csv = await send(t, cookies.manager, "GET", `/api/w/acme/imports/${preview.id}/report.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toContain("partners-report.csv");
    const lines = csv.body.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("row,name,action,partner,errors,likely duplicates,skip reason");
    expect(lines).toHaveLength(26);
    expect(lines.find((l) => l.startsWith("17,"))).toMatch(/owner: "+Maya M\./);
  });

  it("asks for a dry run before the report can be downloaded", async () => {
    const preview = await uploaded(t, cookies.manager, sampleCsv);
    expect((await send(t, cookies.manager, "GET", `/api/w/acme/imports/${preview.id}/report.csv`)).statusCode).toBe(409);
  });
});

describe("committing", () => {
  it("refuses a file with a bad row, writes nothing and leaves the import open", async () => {
    const before = await countPartners();
    const preview = await uploaded(t, cookies.manager, sampleCsv);
    const refused = await commit(t, cookies.manager, preview.id, suggested);
    expect(refused.statusCode).toBe(400);
    const problem = Problem.parse(refused.json());
    expect(problem.detail).toMatch(/1 row has errors, so nothing was imported/);
    expect(problem.errors?.[0]).toMatchObject({ path: "rows.17.owner" });
    expect(await countPartners()).toBe(before);
    const [row] = await t.ctx.db.select({ status: partnerImports.status }).from(partnerImports).where(eq(partnerImports.id, preview.id));
    expect(row?.status).toBe("uploaded");
  });

  it("creates every partner with its stage history, timeline and one audit entry", async () => {
    const before = await countPartners();
    const preview = await uploaded(t, cookies.manager, sampleCsv);
    const done = await commit(t, cookies.manager, preview.id, fixed);
    expect(done.statusCode).toBe(200);
    expect(ImportResult.parse(done.json())).toEqual({ importId: preview.id, created: 25, updated: 0, skipped: 0 });
    expect(await countPartners()).toBe(before + 25);

    const [oakhurst] = await t.ctx.db.select().from(partners).where(and(eq(partners.workspaceId, w.acme.id), eq(partners.name, "Oakhurst Distribution")));
    expect(oakhurst).toMatchObject({ website: "https://oakhurst.example", contactName: "Peter Novak", contactEmail: "peter@oakhurst.example", country: "PL", stage: "contracting" });
    const [orchard] = await t.ctx.db.select().from(partners).where(and(eq(partners.workspaceId, w.acme.id), eq(partners.name, "Orchard Data Co.")));
    expect(orchard).toMatchObject({ website: "https://orcharddata.example", country: "ES", stage: "onboarding", tierId: expect.any(String) });

    const history = await t.ctx.db.select().from(partnerStageHistory).where(eq(partnerStageHistory.partnerId, oakhurst?.id ?? ""));
    expect(history).toMatchObject([{ fromStage: null, toStage: "contracting", reason: "imported from partners.csv", byUserId: w.staff.manager.id }]);
    const timeline = await t.ctx.db.select().from(activity).where(eq(activity.partnerId, oakhurst?.id ?? ""));
    expect(timeline).toMatchObject([{ kind: "partner.imported", summary: "Max Manager imported Oakhurst Distribution as contracting from partners.csv" }]);
    const audits = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, preview.id), eq(auditLog.action, "partner_import.committed")));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toMatchObject({ rows: 25, created: 25, updated: 0, skipped: 0 });

    // The file is gone; the import says what it did, once.
    const status = await send(t, cookies.manager, "GET", `/api/w/acme/imports/${preview.id}`);
    expect(status.json()).toMatchObject({ status: "committed", summary: { created: 25, updated: 0, skipped: 0 } });
    const again = await commit(t, cookies.manager, preview.id, fixed);
    expect(again.statusCode).toBe(409);
    expect((await send(t, cookies.manager, "POST", `/api/w/acme/imports/${preview.id}/dry-run`, { mapping: fixed })).statusCode).toBe(409);
  });

  it("answers a second commit running at the same time with 409, and imports once", async () => {
    const csv = "Company,Website,Partner Type\nTwin One,twin-one.example,Reseller\nTwin Two,twin-two.example,Reseller\n";
    const preview = await uploaded(t, cookies.owner, csv);
    const mapping: ColumnMapping = ["name", "website", "type"];
    const answers = await Promise.all([commit(t, cookies.owner, preview.id, mapping), commit(t, cookies.admin, preview.id, mapping)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const twins = await t.ctx.db.select().from(partners).where(and(eq(partners.workspaceId, w.acme.id), eq(partners.name, "Twin One")));
    expect(twins).toHaveLength(1);
  });
});

describe("duplicates", () => {
  const mapping: ColumnMapping = ["name", "website", "contactEmail", "stage", "type"];

  it("updates the partner with the same website domain, and flags look-alikes", async () => {
    await t.ctx.db.update(partners).set({ website: "https://www.alpha-resellers.example", contactEmail: "hello@beta.example" }).where(eq(partners.id, w.partners.a));
    await t.ctx.db.update(partners).set({ contactEmail: "hello@beta.example" }).where(eq(partners.id, w.partners.b));
    const csv = [
      "Company,Website,Email,Stage,Type",
      "Alpha Resellers GmbH,alpha-resellers.example,,Active,",
      "Beta Services Ltd,beta-new.example,HELLO@beta.example,,Agency",
      "Gamma New,gamma.example,,,Agency",
      "Gamma Again,https://www.gamma.example/about,,,Agency",
    ].join("\n");
    const preview = await uploaded(t, cookies.owner, csv);
    const report = await dryRun(t, cookies.owner, preview.id, mapping);
    const [alpha, beta, gamma, again] = report.rows;
    expect(alpha).toMatchObject({ action: "update", partner: { id: w.partners.a, name: "Alpha Resellers" }, errors: [] });
    expect(alpha?.duplicates).toEqual([{ key: "name", value: "alpha resellers", partner: { id: w.partners.a, name: "Alpha Resellers" }, row: null }]);
    expect(beta).toMatchObject({ action: "create", errors: [] });
    expect(beta?.duplicates.map((d) => d.key)).toEqual(["email", "name"]);
    expect(gamma).toMatchObject({ action: "create", errors: [] });
    expect(again?.errors).toEqual([{ field: "row", message: "has the same website domain as row 4 (gamma.example): keep one of them and skip the other" }]);

    const skipped = await dryRun(t, cookies.owner, preview.id, mapping, { whenMatched: "skip", skipRows: [5] });
    expect(skipped.totals).toMatchObject({ create: 2, update: 0, skip: 2, withErrors: 0 });

    const done = await commit(t, cookies.owner, preview.id, mapping, { skipRows: [5] });
    expect(done.json()).toMatchObject({ created: 2, updated: 1, skipped: 1 });
    const [updated] = await t.ctx.db.select().from(partners).where(eq(partners.id, w.partners.a));
    // Empty cells leave fields alone; the stage moved and the move is in the history.
    expect(updated).toMatchObject({ name: "Alpha Resellers GmbH", website: "https://alpha-resellers.example", stage: "active", contactEmail: "hello@beta.example", typeId: w.acme.typeId });
    const moves = await t.ctx.db.select().from(partnerStageHistory).where(and(eq(partnerStageHistory.partnerId, w.partners.a), eq(partnerStageHistory.toStage, "active")));
    expect(moves).toMatchObject([{ fromStage: "onboarding", reason: "imported from partners.csv" }]);
  });

  it("lets a partner manager update only partners they manage", async () => {
    const csv = "Company,Website\nAlpha Resellers,alpha-resellers.example\n";
    const preview = await uploaded(t, cookies.manager2, csv);
    const report = await dryRun(t, cookies.manager2, preview.id, ["name", "website"]);
    expect(report.rows[0]?.errors).toEqual([{ field: "row", message: "is Alpha Resellers GmbH, which you do not manage: skip this row, or ask an admin to import it" }]);
    const mine = await dryRun(t, cookies.manager, preview.id, ["name", "website"]);
    expect(mine.rows[0]).toMatchObject({ action: "update", errors: [] });
  });

  it("gives new partners of a partner manager to that manager unless an owner is named", async () => {
    const preview = await uploaded(t, cookies.manager2, "Company,Type\nOwned By Mia,Agency\n");
    expect((await commit(t, cookies.manager2, preview.id, ["name", "type"])).statusCode).toBe(200);
    const [row] = await t.ctx.db.select().from(partners).where(eq(partners.name, "Owned By Mia"));
    expect(row?.ownerUserId).toBe(w.staff.otherManager.id);
  });
});
