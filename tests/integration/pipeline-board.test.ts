import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lifecycleStages } from "../../src/domain/partners/lifecycle";
import { Board, BoardColumn } from "../../src/domain/pipeline/contracts";
import { partnerTeam, partnerTypes, partners, programs } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/*
 * R-B1, the board: every stage as a column with its count and its newest moves first, the rest of
 * a column page by page, and the same filters as the table. Only staff readers see it.
 */

let t: TestApp & { world: World };
let cookies: Awaited<ReturnType<typeof signInWorld>>;
let programId: string;
let agencyTypeId: string;
const now = new Date("2026-11-26T12:00:00.000Z");
const dayMs = 86_400_000;

const get = (url: string, cookie = cookies.owner) => call(t.app, { method: "GET", url, cookie });
const board = async (query = "", cookie = cookies.owner) => {
  const response = await get(`/api/w/acme/pipeline/board${query}`, cookie);
  expect(response.statusCode, response.body).toBe(200);
  return Board.parse(response.json());
};
const column = (b: Board, stage: string) => {
  const found = b.columns.find((c) => c.stage === stage);
  if (!found) throw new Error(`no ${stage} column`);
  return found;
};

/** Screening: 25 partners, one moved each hour; two moved within the same millisecond. */
async function seedScreening() {
  const w = t.world;
  const rows = Array.from({ length: 25 }, (_, i) => ({
    id: newId(),
    workspaceId: w.acme.id,
    name: `Screened ${String(i).padStart(2, "0")}`,
    typeId: i % 5 === 0 ? agencyTypeId : w.acme.typeId,
    tierId: i % 2 === 0 ? w.acme.tierId : null,
    ownerUserId: i % 3 === 0 ? null : w.staff.manager.id,
    programId: i < 10 ? programId : null,
    contactName: `Contact ${i}`,
    contactEmail: `contact${i}@screened.example`,
    website: i === 7 ? "https://needle.example" : null,
    stage: "screening",
    stageChangedAt: new Date(now.getTime() - (i + 1) * 3_600_000 - (i >= 20 ? 3 * dayMs : 0)),
  }));
  await t.ctx.db.insert(partners).values(rows);
  // Microseconds apart: a cursor rounded to milliseconds would lose one of them.
  const twins = [newId(), newId()];
  await t.ctx.db.insert(partners).values(twins.map((id, i) => ({ id, workspaceId: w.acme.id, name: `Twin ${i}`, typeId: w.acme.typeId, stage: "screening" })));
  for (const [i, id] of twins.entries()) {
    await t.ctx.db.execute(sql`update partners set stage_changed_at = ${`2026-11-20 10:00:00.12340${i + 1}+00`}::timestamptz where id = ${id}::uuid`);
  }
  return { rows, twins };
}

let screened: Awaited<ReturnType<typeof seedScreening>>;

beforeAll(async () => {
  t = await createTestWorld();
  cookies = await signInWorld(t.app, t.world);
  t.clock.freeze(now);
  programId = newId();
  await t.ctx.db.insert(programs).values({ id: programId, workspaceId: t.world.acme.id, key: "enterprise", name: "Enterprise program", createdAt: now });
  const [agency] = await t.ctx.db.select({ id: partnerTypes.id }).from(partnerTypes).where(and(eq(partnerTypes.workspaceId, t.world.acme.id), eq(partnerTypes.key, "agency")));
  if (!agency) throw new Error("acme has no agency type");
  agencyTypeId = agency.id;
  screened = await seedScreening();
});
afterAll(() => t.close());

describe("the pipeline board", () => {
  it("shows the nine pipeline stages and declined as columns, in order, each with its total", async () => {
    const b = await board();
    expect(b.columns.map((c) => c.stage)).toEqual([...lifecycleStages]);
    expect(column(b, "screening").total).toBe(27);
    expect(column(b, "onboarding")).toMatchObject({ total: 1, cards: [expect.objectContaining({ name: "Alpha Resellers" })], nextCursor: null });
    expect(column(b, "declined")).toEqual({ stage: "declined", total: 0, cards: [], nextCursor: null });
  });

  it("puts the newest moves first and tells each card's program, owner, contact and days in stage", async () => {
    const screening = column(await board("?limit=5"), "screening");
    expect(screening.cards.map((c) => c.name)).toEqual(["Screened 00", "Screened 01", "Screened 02", "Screened 03", "Screened 04"]);
    expect(screening.cards[1]).toMatchObject({
      stage: "screening",
      version: 1,
      type: { id: t.world.acme.typeId },
      tier: null,
      program: { id: programId, name: "Enterprise program" },
      owner: { id: t.world.staff.manager.id, name: "Max Manager" },
      contact: { name: "Contact 1", email: "contact1@screened.example" },
      daysInStage: 0,
      canMove: true,
    });
    expect(screening.cards[0]).toMatchObject({ owner: null, tier: { id: t.world.acme.tierId } });
    expect(screening.nextCursor).toEqual(expect.any(String));
  });

  it("counts whole days in the stage by the server's clock", async () => {
    const all = await collect("screening", "?limit=100");
    expect(all.find((c) => c.name === "Screened 21")?.daysInStage).toBe(3);
    expect(all.find((c) => c.name === "Twin 0")?.daysInStage).toBe(6);
  });

  it("pages a column to its end with the cursor, every card exactly once, in order", async () => {
    const paged = await collect("screening", "?limit=4");
    const ids = paged.map((c) => c.id);
    expect(new Set(ids).size).toBe(27);
    expect(ids).toEqual(expect.arrayContaining([...screened.rows.map((r) => r.id), ...screened.twins]));
    const times = paged.map((c) => Date.parse(c.stageChangedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("keeps cards moved within the same millisecond on their pages", async () => {
    // The twins moved a microsecond apart; both must arrive, one page at a time.
    const paged = await collect("screening", "?limit=1");
    expect(paged.filter((c) => c.name.startsWith("Twin")).map((c) => c.name).sort()).toEqual(["Twin 0", "Twin 1"]);
    expect(paged).toHaveLength(27);
  });

  it("filters by program, owner, type and search text, and counts only what matches", async () => {
    expect(column(await board(`?programId=${programId}`), "screening").total).toBe(10);
    expect(column(await board(`?programId=${programId}`), "onboarding").total).toBe(0);
    const unowned = column(await board("?ownerUserId=none&limit=100"), "screening");
    expect(unowned.total).toBe(2 + 9);
    expect(unowned.cards.every((c) => c.owner === null)).toBe(true);
    const managed = await board(`?ownerUserId=${t.world.staff.manager.id}`);
    expect(column(managed, "screening").total).toBe(16);
    expect(column(managed, "onboarding").total).toBe(1);
    expect(column(await board(`?typeId=${agencyTypeId}`), "screening").total).toBe(5);
    const needle = column(await board("?q=NEEDLE"), "screening");
    expect(needle.cards.map((c) => c.name)).toEqual(["Screened 07"]);
    expect(column(await board("?q=100%25"), "screening").total).toBe(0);
  });

  it("answers a cursor it never handed out, or an unknown stage, with a 400 that names the field", async () => {
    const bad = await get("/api/w/acme/pipeline/columns/screening?cursor=yesterday");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: "querystring.cursor" })]);
    const stage = await get("/api/w/acme/pipeline/columns/hired");
    expect(stage.statusCode).toBe(400);
    expect((await get("/api/w/acme/pipeline/board?limit=0")).statusCode).toBe(400);
  });

  it("tells each reader which cards they may move: the partners they manage, none for a viewer", async () => {
    const movable = async (cookie: string) => (await collect("screening", "?limit=100", cookie)).filter((c) => c.canMove).length;
    expect(await movable(cookies.owner)).toBe(27);
    expect(await movable(cookies.manager)).toBe(16);
    expect(await movable(cookies.manager2)).toBe(0);
    expect(await movable(cookies.viewer)).toBe(0);
    await t.ctx.db.insert(partnerTeam).values({ workspaceId: t.world.acme.id, partnerId: screened.twins[0] ?? "", userId: t.world.staff.otherManager.id });
    expect(await movable(cookies.manager2)).toBe(1);
  });

  it("lets staff readers see it and nobody else", async () => {
    expect((await get("/api/w/acme/pipeline/board", cookies.viewer)).statusCode).toBe(200);
    expect((await get("/api/w/acme/pipeline/board", cookies.manager2)).statusCode).toBe(200);
    expect((await get("/api/w/acme/pipeline/board", cookies.interviewer)).statusCode).toBe(403);
    expect((await get("/api/w/acme/pipeline/columns/screening", cookies.interviewer)).statusCode).toBe(403);
    expect((await get("/api/w/acme/pipeline/board", cookies.aAdmin)).statusCode).toBe(403);
    expect((await get("/api/w/acme/pipeline/board", cookies.bAdmin)).statusCode).toBe(403);
    const foreign = await get("/api/w/acme/pipeline/board", cookies.globexOwner);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain("Screened");
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/pipeline/board" })).statusCode).toBe(401);
  });

  it("shows another workspace none of acme's partners", async () => {
    const globex = await get("/api/w/globex/pipeline/board", cookies.globexOwner);
    const cards = Board.parse(globex.json()).columns.flatMap((c) => c.cards.map((card) => card.name));
    expect(cards).toEqual(["Gamma Globex Partner"]);
  });
});

/** Every card of a column, following the cursors. */
async function collect(stage: string, query: string, cookie = cookies.owner) {
  const first = column(await board(query, cookie), stage);
  const cards = [...first.cards];
  let cursor = first.nextCursor;
  for (let guard = 0; cursor && guard < 100; guard++) {
    const response = await get(`/api/w/acme/pipeline/columns/${stage}${query}&cursor=${encodeURIComponent(cursor)}`, cookie);
    expect(response.statusCode, response.body).toBe(200);
    const page = BoardColumn.parse(response.json());
    cards.push(...page.cards);
    cursor = page.nextCursor;
  }
  return cards;
}
