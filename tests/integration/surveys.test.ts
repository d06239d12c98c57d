import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { MySurvey, SurveyDetail } from "../../src/domain/surveys/contracts";
import { surveyPending } from "../../src/server/db/schema";
import { openAnswers, sealAnswers } from "../../src/server/modules/surveys/seal";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Anonymous surveys (R-F7): who may answer, once each, results from five answers, closing. */

let t: TestApp & { world: World };
let w: World;
let cookies: Awaited<ReturnType<typeof signInWorld>>;

const questions = [
  { key: "trust", kind: "rating", min: 1, max: 10, text: "How much do you trust the partner team?" },
  { key: "channel", kind: "choice", options: ["Email", "Chat", "Calls"], text: "Which channel works best?" },
];

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  cookies = await signInWorld(t.app, w);
});
afterAll(async () => t.close());

async function open(body: object, cookie = cookies.owner) {
  const response = await call(t.app, { method: "POST", url: "/api/w/acme/surveys", cookie, body });
  expect(response.statusCode, response.body).toBe(201);
  return SurveyDetail.parse(response.json());
}
const answer = (surveyId: string, cookie: string, answers: object) => call(t.app, { method: "POST", url: `/api/w/acme/surveys/${surveyId}/answers`, cookie, body: { answers } });
async function read(surveyId: string) {
  const response = await call(t.app, { method: "GET", url: `/api/w/acme/surveys/${surveyId}`, cookie: cookies.viewer });
  expect(response.statusCode, response.body).toBe(200);
  return SurveyDetail.parse(response.json());
}
async function mine(cookie: string) {
  const response = await call(t.app, { method: "GET", url: "/api/w/acme/my-surveys", cookie });
  return z.array(MySurvey).parse(response.json());
}

describe("opening a survey", () => {
  it("refuses a survey for one partner without the partner, naming the field", async () => {
    const response = await call(t.app, { method: "POST", url: "/api/w/acme/surveys", cookie: cookies.manager, body: { title: "Pulse", questions, audience: "partner" } });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("partnerId");
  });

  it("refuses two questions with the same key and a partner of another workspace", async () => {
    const twice = await call(t.app, { method: "POST", url: "/api/w/acme/surveys", cookie: cookies.manager, body: { title: "Pulse", questions: [questions[0], questions[0]], audience: "staff" } });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain("used twice");
    const foreign = await call(t.app, { method: "POST", url: "/api/w/acme/surveys", cookie: cookies.manager, body: { title: "Pulse", questions, audience: "partner", partnerId: w.globex.partnerId } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body).toContain("partnerId");
  });

  it("tells its audience in the bell, and only its audience", async () => {
    const survey = await open({ title: "Alpha pulse", questions, audience: "partner", partnerId: w.partners.a });
    const bell = async (cookie: string) => JSON.stringify((await call(t.app, { method: "GET", url: "/api/w/acme/notifications", cookie })).json());
    expect(await bell(cookies.aMember)).toContain("Alpha pulse");
    expect(await bell(cookies.bAdmin)).not.toContain("Alpha pulse");
    expect((await mine(cookies.aMember)).map((s) => s.id)).toContain(survey.id);
    expect((await mine(cookies.bAdmin)).map((s) => s.id)).not.toContain(survey.id);
    expect((await mine(cookies.manager)).map((s) => s.id)).not.toContain(survey.id);
  });
});

describe("answering", () => {
  it("lets only its audience answer: others get 404", async () => {
    const survey = await open({ title: "Alpha only", questions, audience: "partner", partnerId: w.partners.a });
    expect((await answer(survey.id, cookies.bAdmin, { trust: 5, channel: "Chat" })).statusCode).toBe(404);
    expect((await answer(survey.id, cookies.owner, { trust: 5, channel: "Chat" })).statusCode).toBe(404);
    expect((await answer(survey.id, cookies.aMember, { trust: 5, channel: "Chat" })).statusCode).toBe(201);
  });

  it("checks every answer against its question and names the question (400), writing nothing", async () => {
    const survey = await open({ title: "Validation", questions, audience: "staff" });
    const outOfRange = await answer(survey.id, cookies.manager, { trust: 11, channel: "Fax" });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.body).toContain("answers.trust");
    expect(outOfRange.body).toContain("answers.channel");
    const missing = await answer(survey.id, cookies.manager, { trust: 4 });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("answers.channel");
    const unknown = await answer(survey.id, cookies.manager, { trust: 4, channel: "Chat", mood: "fine" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain("answers.mood");
    expect((await read(survey.id)).answered).toBe(0);
    expect((await answer(survey.id, cookies.manager, { trust: 4, channel: "Chat" })).statusCode).toBe(201);
  });

  it("takes one answer per person (409 the second time)", async () => {
    const survey = await open({ title: "Once", questions, audience: "staff" });
    expect((await answer(survey.id, cookies.admin, { trust: 8, channel: "Email" })).statusCode).toBe(201);
    const again = await answer(survey.id, cookies.admin, { trust: 2, channel: "Calls" });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("already answered");
    expect((await mine(cookies.admin)).find((s) => s.id === survey.id)?.answered).toBe(true);
    expect((await read(survey.id)).answered).toBe(1);
  });

  it("hides results under five answers and shows them from the fifth", async () => {
    const survey = await open({ title: "Threshold", questions, audience: "staff" });
    const people = [cookies.owner, cookies.admin, cookies.manager, cookies.manager2];
    for (const [index, cookie] of people.entries()) expect((await answer(survey.id, cookie, { trust: index + 5, channel: "Chat" })).statusCode).toBe(201);
    const before = await read(survey.id);
    expect(before.answered).toBe(4);
    expect(before.waitingForBatch).toBe(4);
    expect(before.results).toEqual([
      { key: "trust", shown: false, count: 0, message: "not enough answers yet (0 of 5)" },
      { key: "channel", shown: false, count: 0, message: "not enough answers yet (0 of 5)" },
    ]);
    expect((await answer(survey.id, cookies.interviewer, { trust: 10, channel: "Email" })).statusCode).toBe(201);
    const after = await read(survey.id);
    expect(after.waitingForBatch).toBe(0);
    expect(after.results).toEqual([
      { key: "trust", shown: true, count: 5, mean: 7.2, distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 1, "6": 1, "7": 1, "8": 1, "9": 0, "10": 1 } },
      { key: "channel", shown: true, count: 5, mean: null, distribution: { Email: 1, Chat: 4, Calls: 0 } },
    ]);
  });
});

describe("closing", () => {
  it("mixes answers still waiting into one release with everyone's when five or more answered", async () => {
    const survey = await open({ title: "Close with leftovers", questions, audience: "staff" });
    const people = [cookies.owner, cookies.admin, cookies.manager, cookies.manager2, cookies.interviewer, cookies.viewer];
    for (const cookie of people) expect((await answer(survey.id, cookie, { trust: 6, channel: "Calls" })).statusCode).toBe(201);
    expect((await read(survey.id)).waitingForBatch).toBe(1);
    const closed = await call(t.app, { method: "POST", url: `/api/w/acme/surveys/${survey.id}/close`, cookie: cookies.manager, body: { version: 1 } });
    expect(closed.statusCode, closed.body).toBe(200);
    const detail = SurveyDetail.parse(closed.json());
    expect(detail.status).toBe("closed");
    expect(detail.waitingForBatch).toBe(0);
    expect(detail.results.map((result) => result.count)).toEqual([6, 6]);
    const transactions = await t.ctx.db.execute(sql`select distinct xmin::text as tx from survey_answers where survey_id = ${survey.id}`);
    expect(z.object({ rows: z.array(z.unknown()) }).parse(transactions).rows).toHaveLength(1);
    expect((await answer(survey.id, cookies.owner, { trust: 6, channel: "Calls" })).statusCode).toBe(409);
    expect((await mine(cookies.owner)).map((s) => s.id)).not.toContain(survey.id);
  });

  it("destroys the waiting answers when fewer than five answered: no result could ever show", async () => {
    const survey = await open({ title: "Too few", questions, audience: "staff" });
    await answer(survey.id, cookies.owner, { trust: 3, channel: "Email" });
    await answer(survey.id, cookies.admin, { trust: 4, channel: "Email" });
    const stale = await call(t.app, { method: "POST", url: `/api/w/acme/surveys/${survey.id}/close`, cookie: cookies.manager, body: { version: 2 } });
    expect(stale.statusCode).toBe(409);
    const closed = await call(t.app, { method: "POST", url: `/api/w/acme/surveys/${survey.id}/close`, cookie: cookies.manager, body: { version: 1 } });
    const detail = SurveyDetail.parse(closed.json());
    expect(detail.answered).toBe(2);
    expect(detail.waitingForBatch).toBe(0);
    expect(detail.results.every((result) => !result.shown && result.count === 0)).toBe(true);
    const again = await call(t.app, { method: "POST", url: `/api/w/acme/surveys/${survey.id}/close`, cookie: cookies.manager, body: { version: 2 } });
    expect(again.statusCode).toBe(409);
  });
});

describe("sealing", () => {
  it("opens a bundle only with the server's secret", async () => {
    const survey = await open({ title: "Sealed", questions, audience: "staff" });
    await answer(survey.id, cookies.viewer, { trust: 9, channel: "Chat" });
    const [row] = z.object({ rows: z.array(z.object({ sealed: z.instanceof(Uint8Array) })) }).parse(await t.ctx.db.execute(sql`select sealed from survey_pending where survey_id = ${survey.id}`)).rows;
    if (!row) throw new Error("no pending bundle");
    expect(openAnswers(t.ctx.config, survey.id, row.sealed).answers).toEqual([
      { questionKey: "trust", value: 9 },
      { questionKey: "channel", value: "Chat" },
    ]);
    expect(() => openAnswers({ authSecret: "another-secret-of-at-least-32-characters!" }, survey.id, row.sealed)).toThrow();
    expect(() => openAnswers(t.ctx.config, crypto.randomUUID(), row.sealed)).toThrow();
  });

  it("drops a bundle sealed under an old secret instead of blocking the release", async () => {
    const survey = await open({ title: "Rotated secret", questions, audience: "staff" });
    const stale = sealAnswers({ authSecret: "an-old-secret-that-was-rotated-away-long-ago" }, survey.id, [{ questionKey: "trust", value: 1 }]);
    await t.ctx.db.insert(surveyPending).values({ id: crypto.randomUUID(), surveyId: survey.id, sealed: stale });
    for (const cookie of [cookies.owner, cookies.admin, cookies.manager, cookies.manager2, cookies.interviewer]) {
      expect((await answer(survey.id, cookie, { trust: 5, channel: "Chat" })).statusCode).toBe(201);
    }
    const detail = await read(survey.id);
    expect(detail.waitingForBatch).toBe(0);
    expect(detail.results[0]).toMatchObject({ shown: true, count: 5, mean: 5 });
  });
});
