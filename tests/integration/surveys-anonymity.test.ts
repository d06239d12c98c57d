import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { SurveyDetail } from "../../src/domain/surveys/contracts";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/*
 * The promise (R-F7): an anonymous answer cannot be tied to its author from the database.
 * Six staff members answer a survey with answers unique to each of them; then every row of every
 * table that could hold a trace is read directly and searched for a link between person and answer.
 */

let t: TestApp & { world: World };
let w: World;
let surveyId = "";
const Rows = z.object({ rows: z.array(z.record(z.string(), z.unknown())) });
const rowsOf = async (query: ReturnType<typeof sql>) => Rows.parse(await t.ctx.db.execute(query)).rows;
const count = async (table: string) => Number((await rowsOf(sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n);
const tracedTables = ["audit_log", "activity", "notifications", "outbox"] as const;
const before: Record<string, number> = {};

// Each person's answer is unique, so finding it anywhere next to their name would be a link.
const choices = ["Amber", "Birch", "Cedar", "Dune", "Ember", "Fjord"];
const questions = [
  { key: "colour", kind: "choice", options: choices, text: "Pick a word" },
  { key: "trust", kind: "rating", min: 1, max: 10, text: "How much do you trust us?" },
];

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  const cookies = await signInWorld(t.app, w);
  const created = await call(t.app, { method: "POST", url: "/api/w/acme/surveys", cookie: cookies.owner, body: { title: "Anonymity proof", questions, audience: "staff" } });
  surveyId = SurveyDetail.parse(created.json()).id;
  for (const table of tracedTables) before[table] = await count(table);
  const people = [cookies.owner, cookies.admin, cookies.manager, cookies.manager2, cookies.interviewer, cookies.viewer];
  for (const [index, cookie] of people.entries()) {
    const response = await call(t.app, { method: "POST", url: `/api/w/acme/surveys/${surveyId}/answers`, cookie, body: { answers: { colour: choices[index], trust: index + 3 } } });
    expect(response.statusCode, response.body).toBe(201);
    // Time passes between answers, as it would between real people.
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
  }
});
afterAll(async () => t.close());

const columnsOf = async (table: string) =>
  (await rowsOf(sql`select column_name from information_schema.columns where table_name = ${table} order by column_name`)).map((row) => row.column_name);

describe("an anonymous answer cannot be tied to its author from the database", () => {
  it("stores answers and waiting bundles without user, time or ordered-id columns", async () => {
    expect(await columnsOf("survey_answers")).toEqual(["id", "question_key", "survey_id", "value"]);
    expect(await columnsOf("survey_pending")).toEqual(["id", "sealed", "survey_id"]);
    // All anyone learns about who took part: a person and a survey, no time, no answer.
    expect(await columnsOf("survey_respondents")).toEqual(["survey_id", "user_id"]);
    expect(await count("survey_respondents")).toBe(6);
  });

  it("gives answers and bundles random (v4) ids, never time-ordered ones", async () => {
    const ids = [...(await rowsOf(sql`select id::text as id from survey_answers`)), ...(await rowsOf(sql`select id::text as id from survey_pending`))].map((row) => String(row.id));
    expect(ids).toHaveLength(5 * 2 + 1);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("released the first five people's answers in one transaction that holds all five", async () => {
    const batches = await rowsOf(sql`select xmin::text as tx, question_key, count(*)::int as n from survey_answers group by xmin, question_key order by question_key`);
    expect(batches).toHaveLength(2);
    expect(new Set(batches.map((batch) => batch.tx)).size).toBe(1);
    expect(batches.map((batch) => batch.n)).toEqual([5, 5]);
    // The sixth person's bundle waits; it alone shares a transaction with its author's respondent row.
    expect(await count("survey_pending")).toBe(1);
  });

  it("keeps waiting bundles unreadable without the server's key, all of one size", async () => {
    const pending = await rowsOf(sql`select sealed, length(sealed) as size from survey_pending`);
    for (const row of pending) {
      const bytes = Buffer.from(z.instanceof(Uint8Array).parse(row.sealed));
      for (const word of choices) expect(bytes.includes(Buffer.from(word))).toBe(false);
      expect(bytes.toString("utf8")).not.toContain("colour");
      expect(Number(row.size)).toBe(12 + 16 + 1024);
    }
  });

  it("writes no audit entry, timeline entry, notification or email for an answer", async () => {
    for (const table of tracedTables) expect(await count(table), table).toBe(before[table]);
    const everything = JSON.stringify(await Promise.all(tracedTables.map((table) => rowsOf(sql.raw(`select * from ${table}`)))));
    for (const word of choices) expect(everything).not.toContain(word);
  });

  it("holds in the results table exactly the first five people's values, the sixth still sealed", async () => {
    const rows = await rowsOf(sql`select value from survey_answers where question_key = 'colour'`);
    expect(rows.map((row) => String(row.value)).sort()).toEqual(choices.slice(0, 5));
  });
});
