import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PartnerSettings } from "../../src/domain/partners/schemas";
import { Program } from "../../src/domain/programs/schemas";
import { TemplateSummary } from "../../src/domain/programs/templates";
import { auditLog, journeys, journeyTemplates, journeyTemplateVersions } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type Call, type TestApp } from "../support/test-app";

let t: TestApp & { world: World };
let owner: string;
let admin: string;
let viewer: string;
let manager: string;
let partnerAdmin: string;
let globexOwner: string;

beforeAll(async () => {
  t = await createTestWorld();
  ({ owner, admin, viewer, manager, aAdmin: partnerAdmin, globexOwner } = await signInWorld(t.app, t.world));
});
afterAll(() => t.close());

const send = (method: Call["method"], url: string, body?: object, cookie = owner) => call(t.app, { method, url, cookie, ...(body ? { body } : {}) });

async function createProgram(key: string, name = `Program ${key}`) {
  const response = await send("POST", "/api/w/acme/programs", { key, name, description: "For tests" });
  expect(response.statusCode, response.body).toBe(201);
  return Program.parse(response.json());
}

async function settings() {
  return PartnerSettings.parse((await send("GET", "/api/w/acme/partner-settings")).json());
}

async function templateId(builtIn: string, workspaceId = t.world.acme.id) {
  const [row] = await t.ctx.db.select({ id: journeyTemplates.id }).from(journeyTemplates).where(and(eq(journeyTemplates.workspaceId, workspaceId), eq(journeyTemplates.builtIn, builtIn)));
  if (!row) throw new Error(`no ${builtIn}`);
  return row.id;
}

describe("programs", () => {
  it("starts every workspace with one program whose tracks point each partner type at its built-in template", async () => {
    const response = await send("GET", "/api/w/acme/programs", undefined, viewer);
    expect(response.statusCode).toBe(200);
    const [program, ...others] = Program.array().parse(response.json());
    expect(others).toEqual([]);
    expect(program).toMatchObject({ key: "partner-program", name: "Partner program", version: 1, tierRequirements: [] });
    const byType = Object.fromEntries((program?.tracks ?? []).map((track) => [track.partnerType.key, track.template?.key]));
    expect(byType).toEqual({
      reseller: "reseller-onboarding",
      referral: "trust-first-welcome",
      technology: "trust-first-welcome",
      service: "bpo-transition",
      agency: "partnership-governance",
    });
  });

  it("creates, renames and deletes a program, with an audit entry for each change", async () => {
    const created = await createProgram("emea-resellers", "EMEA resellers");
    expect(created).toMatchObject({ key: "emea-resellers", name: "EMEA resellers", description: "For tests", version: 1, tracks: [] });
    expect(Program.parse((await send("GET", `/api/w/acme/programs/${created.id}`, undefined, manager)).json()).name).toBe("EMEA resellers");

    const renamed = await send("PATCH", `/api/w/acme/programs/${created.id}`, { version: 1, name: "EMEA channel", key: "emea-channel" }, admin);
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ key: "emea-channel", name: "EMEA channel", version: 2 });

    const deleted = await send("DELETE", `/api/w/acme/programs/${created.id}?version=2`);
    expect(deleted.statusCode).toBe(200);
    expect((await send("GET", `/api/w/acme/programs/${created.id}`)).statusCode).toBe(404);
    const actions = await t.ctx.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(actions.map((a) => a.action)).toEqual(["program.created", "program.updated", "program.deleted"]);
  });

  it("answers a stale version with 409 and keeps the newer change", async () => {
    const program = await createProgram("contested");
    expect((await send("PATCH", `/api/w/acme/programs/${program.id}`, { version: 1, description: "First" })).statusCode).toBe(200);
    const stale = await send("PATCH", `/api/w/acme/programs/${program.id}`, { version: 1, description: "Second" }, admin);
    expect(stale.statusCode).toBe(409);
    expect(stale.headers["content-type"]).toContain("application/problem+json");
    expect((await send("DELETE", `/api/w/acme/programs/${program.id}?version=1`)).statusCode).toBe(409);
    expect(Program.parse((await send("GET", `/api/w/acme/programs/${program.id}`)).json())).toMatchObject({ description: "First", version: 2 });
    // Nothing but the version: not an error, just nothing to change.
    expect((await send("PATCH", `/api/w/acme/programs/${program.id}`, { version: 2 })).statusCode).toBe(200);
  });

  it("refuses keys that are taken or malformed, naming the field", async () => {
    await createProgram("unique-key");
    expect((await send("POST", "/api/w/acme/programs", { key: "unique-key", name: "Again" })).statusCode).toBe(409);
    const bad = await send("POST", "/api/w/acme/programs", { key: "Has Spaces", name: "" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.key", "body.name"]);
    const other = await createProgram("other-key");
    expect((await send("PATCH", `/api/w/acme/programs/${other.id}`, { version: 1, key: "unique-key" })).statusCode).toBe(409);
    expect((await send("DELETE", `/api/w/acme/programs/${other.id}`)).statusCode).toBe(400);
  });

  it("keeps a program that journeys were started under", async () => {
    const program = await createProgram("in-use");
    const [version] = await t.ctx.db.select({ id: journeyTemplateVersions.id }).from(journeyTemplateVersions).where(eq(journeyTemplateVersions.templateId, await templateId("reseller-onboarding")));
    await t.ctx.db.insert(journeys).values({ id: newId(), workspaceId: t.world.acme.id, partnerId: t.world.partners.a, templateVersionId: version?.id ?? "", programId: program.id, name: "Started", startedAt: new Date() });
    const refused = await send("DELETE", `/api/w/acme/programs/${program.id}?version=1`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain("1 journey");
  });
});

describe("tracks and tier requirements", () => {
  it("points a partner type at a template, changes it and removes it, moving the program's version each time", async () => {
    const program = await createProgram("tracked");
    const url = `/api/w/acme/programs/${program.id}/tracks/${t.world.acme.typeId}`;
    const set = await send("PUT", url, { version: 1, templateId: await templateId("reseller-onboarding"), description: "Value-added resellers" });
    expect(set.statusCode, set.body).toBe(200);
    expect(Program.parse(set.json())).toMatchObject({
      version: 2,
      tracks: [{ partnerType: { key: "reseller" }, template: { key: "reseller-onboarding", latestVersion: 1, archived: false }, description: "Value-added resellers" }],
    });
    const changed = Program.parse((await send("PUT", url, { version: 2, templateId: null })).json());
    expect(changed.tracks).toEqual([expect.objectContaining({ template: null, description: "" })]);
    expect((await send("PUT", url, { version: 2, templateId: null })).statusCode).toBe(409);
    const removed = await send("DELETE", `${url}?version=3`);
    expect(Program.parse(removed.json())).toMatchObject({ version: 4, tracks: [] });
    expect((await send("DELETE", `${url}?version=4`)).statusCode).toBe(404);
  });

  it("refuses a template of another workspace or an archived one, and a partner type it does not know", async () => {
    const program = await createProgram("picky");
    const url = `/api/w/acme/programs/${program.id}/tracks/${t.world.acme.typeId}`;
    const foreign = await send("PUT", url, { version: 1, templateId: await templateId("reseller-onboarding", t.world.globex.id) });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([{ path: "body.templateId", message: "is not a template of this workspace" }]);

    const created = TemplateSummary.parse(
      (await send("POST", "/api/w/acme/templates", { key: "to-archive", yaml: "name: Old\ndescription: Old one\nphases:\n  - key: a\n    name: A\n    steps:\n      - { key: s, title: S, kind: task, owner: host:manager, due: { after: start, days: 1 } }\n" })).json(),
    );
    await send("POST", `/api/w/acme/templates/${created.id}/archive`);
    const archived = await send("PUT", url, { version: 1, templateId: created.id });
    expect(archived.statusCode).toBe(400);
    expect(archived.json().errors[0]).toMatchObject({ path: "body.templateId", message: expect.stringContaining("archived") });

    expect((await send("PUT", `/api/w/acme/programs/${program.id}/tracks/${newId()}`, { version: 1, templateId: null })).statusCode).toBe(404);
    // Nothing was half-written by the refused calls.
    expect(Program.parse((await send("GET", `/api/w/acme/programs/${program.id}`)).json())).toMatchObject({ version: 1, tracks: [] });
  });

  it("writes, rewrites and clears what a tier asks of a partner in this program", async () => {
    const program = await createProgram("tiered");
    const url = `/api/w/acme/programs/${program.id}/tiers/${t.world.acme.tierId}`;
    const first = Program.parse((await send("PUT", url, { version: 1, requirements: "Signed agreement." })).json());
    expect(first.tierRequirements).toEqual([{ tier: expect.objectContaining({ id: t.world.acme.tierId, name: "Registered", rank: 1 }), requirements: "Signed agreement." }]);
    const second = Program.parse((await send("PUT", url, { version: 2, requirements: "Signed agreement and a profile." })).json());
    expect(second.tierRequirements[0]?.requirements).toBe("Signed agreement and a profile.");
    const cleared = Program.parse((await send("PUT", url, { version: 3, requirements: "" })).json());
    expect(cleared.tierRequirements).toEqual([]);
    expect((await send("PUT", `/api/w/acme/programs/${program.id}/tiers/${newId()}`, { version: 4, requirements: "x" })).statusCode).toBe(404);
  });
});

describe("partner types (the tracks)", () => {
  it("adds a type under a new key and renames it while its key stays", async () => {
    const created = await send("POST", "/api/w/acme/partner-types", { key: "distributor", name: "Distributor" });
    expect(created.statusCode).toBe(201);
    const id: string = created.json().id;
    expect((await settings()).types).toContainEqual({ id, key: "distributor", name: "Distributor" });
    const renamed = await send("PATCH", `/api/w/acme/partner-types/${id}`, { name: "Distribution partner" }, admin);
    expect(renamed.json()).toEqual({ id, key: "distributor", name: "Distribution partner" });
    expect((await settings()).types).toContainEqual({ id, key: "distributor", name: "Distribution partner" });
  });

  it("refuses a key that is taken or malformed, and a key change on rename", async () => {
    expect((await send("POST", "/api/w/acme/partner-types", { key: "reseller", name: "Second reseller" })).statusCode).toBe(409);
    const bad = await send("POST", "/api/w/acme/partner-types", { key: "Big-Partners", name: "Big" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: "body.key" })]);
    const rekey = await send("PATCH", `/api/w/acme/partner-types/${t.world.acme.typeId}`, { name: "Reseller", key: "vendor" });
    expect(rekey.statusCode).toBe(400);
    expect((await send("PATCH", `/api/w/acme/partner-types/${newId()}`, { name: "Ghost" })).statusCode).toBe(404);
  });
});

describe("who may do what", () => {
  it("lets host readers read, only owners and admins change, and keeps partner users and other workspaces out", async () => {
    const [program] = Program.array().parse((await send("GET", "/api/w/acme/programs")).json());
    const programUrl = `/api/w/acme/programs/${program?.id}`;
    for (const cookie of [viewer, manager]) {
      expect((await send("GET", programUrl, undefined, cookie)).statusCode).toBe(200);
      expect((await send("PATCH", programUrl, { version: program?.version ?? 1, name: "Mine now" }, cookie)).statusCode).toBe(403);
      expect((await send("POST", "/api/w/acme/programs", { key: "sneaky", name: "Sneaky" }, cookie)).statusCode).toBe(403);
      expect((await send("POST", "/api/w/acme/partner-types", { key: "sneaky", name: "Sneaky" }, cookie)).statusCode).toBe(403);
    }
    expect((await send("GET", "/api/w/acme/programs", undefined, partnerAdmin)).statusCode).toBe(403);
    expect((await send("GET", programUrl, undefined, partnerAdmin)).statusCode).toBe(403);
    const foreign = await send("GET", `/api/w/globex/programs/${program?.id}`, undefined, globexOwner);
    expect(foreign.statusCode).toBe(404);
    const globexType = (await send("PATCH", `/api/w/globex/partner-types/${t.world.acme.typeId}`, { name: "Taken over" }, globexOwner)).statusCode;
    expect(globexType).toBe(404);
  });
});
