import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Partner, PartnerList } from "../../src/domain/partners/schemas";
import { partners, programs } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/*
 * The partner record gains what the pipeline works with (issue 5): the program it belongs to and
 * the contact to write to before anyone has portal access. The table view reads the partners
 * list, which now tells each row's program and time in stage.
 */

let t: TestApp & { world: World };
let owner: string;
let programId: string;
let globexProgramId: string;

beforeAll(async () => {
  t = await createTestWorld();
  ({ owner } = await signInWorld(t.app, t.world));
  const [acme] = await t.ctx.db.select({ id: programs.id }).from(programs).where(and(eq(programs.workspaceId, t.world.acme.id), eq(programs.key, "partner-program")));
  const [globex] = await t.ctx.db.select({ id: programs.id }).from(programs).where(eq(programs.workspaceId, t.world.globex.id));
  if (!acme || !globex) throw new Error("the workspaces have no programs");
  programId = acme.id;
  globexProgramId = globex.id;
});
afterAll(() => t.close());

const create = (body: object) => call(t.app, { method: "POST", url: "/api/w/acme/partners", cookie: owner, body: { typeId: t.world.acme.typeId, ...body } });

describe("a partner's program and contact", () => {
  it("are kept on create, shown on read and changed by a patch, with the change in the audit log", async () => {
    const created = await create({ name: "Contactable Co", programId, contactName: " Ada Okafor ", contactEmail: "ada@contactable.example" });
    expect(created.statusCode, created.body).toBe(201);
    const partner = Partner.parse(created.json());
    expect(partner).toMatchObject({ program: { id: programId, name: "Partner program" }, contactName: "Ada Okafor", contactEmail: "ada@contactable.example" });
    const url = `/api/w/acme/partners/${partner.id}`;
    const patched = await call(t.app, { method: "PATCH", url, cookie: owner, body: { version: partner.version, contactEmail: "ops@contactable.example", programId: null } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(Partner.parse((await call(t.app, { method: "GET", url, cookie: owner })).json())).toMatchObject({ program: null, contactName: "Ada Okafor", contactEmail: "ops@contactable.example", version: partner.version + 1 });
    const audit = await call(t.app, { method: "GET", url: `/api/w/acme/audit?entityId=${partner.id}`, cookie: owner });
    const updated = audit.json().items.find((entry: { action: string }) => entry.action === "partner.updated");
    expect(updated).toMatchObject({ before: { contactEmail: "ada@contactable.example", program: "Partner program" }, after: { contactEmail: "ops@contactable.example", program: null } });
  });

  it("refuses an email that is not an address and a program of another workspace, naming each field, and writes nothing", async () => {
    const response = await create({ name: "Wrong Fields Ltd", contactEmail: "ada at example", programId: newId() });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: "body.contactEmail" })]);
    const foreign = await create({ name: "Wrong Fields Ltd", programId: globexProgramId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([{ path: "body.programId", message: "is not a program of this workspace" }]);
    expect(await t.ctx.db.select().from(partners).where(eq(partners.name, "Wrong Fields Ltd"))).toEqual([]);
  });
});

describe("the partners list for the pipeline table", () => {
  it("tells each row's program and when it entered its stage, filters by program and sorts by time in stage", async () => {
    const base = new Date("2026-10-01T09:00:00Z");
    const rows = [0, 1, 2].map((i) => ({ id: newId(), workspaceId: t.world.acme.id, name: `Tabled ${i}`, typeId: t.world.acme.typeId, programId, stage: "screening", stageChangedAt: new Date(base.getTime() + i * 86_400_000) }));
    await t.ctx.db.insert(partners).values(rows);
    const longestFirst = await call(t.app, { method: "GET", url: `/api/w/acme/partners?programId=${programId}&stage=screening&sort=inStage`, cookie: owner });
    expect(longestFirst.statusCode, longestFirst.body).toBe(200);
    const list = PartnerList.parse(longestFirst.json());
    expect(list.items.map((p) => p.name)).toEqual(["Tabled 0", "Tabled 1", "Tabled 2"]);
    expect(list.items[0]).toMatchObject({ program: { id: programId, name: "Partner program" }, stageChangedAt: "2026-10-01T09:00:00.000Z" });
    const newestFirst = PartnerList.parse((await call(t.app, { method: "GET", url: `/api/w/acme/partners?programId=${programId}&stage=screening&sort=-inStage`, cookie: owner })).json());
    expect(newestFirst.items.map((p) => p.name)).toEqual(["Tabled 2", "Tabled 1", "Tabled 0"]);
  });
});
