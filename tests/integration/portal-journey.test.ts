import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { Journey, WhatsNext } from "../../src/domain/journeys/contracts";
import type { World } from "../factories/world";
import { call, createTestWorld, signIn, testOrigin, type TestApp } from "../support/test-app";

/*
 * The partner's side of a journey through the API (issue 4, R-G1): a journey started from a
 * published template, seen by the partner without its internal steps, and worked on with files,
 * a meeting and a document — the step kinds' completion rules and this module's uploads and
 * meetings together.
 */

const templateYaml = `
name: Portal API journey
description: Partner-side steps of every kind this issue brings.
phases:
  - key: start
    name: Start
    steps:
      - key: documents
        title: Company documents
        kind: upload_request
        owner: partner:admin
        due: { after: start, days: 5 }
        accept: [.pdf]
        maxFiles: 2
      - key: kickoff
        title: Kickoff call
        kind: meeting
        owner: partner:admin
        due: { after: start, days: 3 }
        meetingType: kickoff
      - key: conduct
        title: Code of conduct
        kind: document_acknowledgement
        owner: partner:admin
        due: { after: start, days: 7 }
        signatureRequired: true
        body: "# Conduct"
      - key: vetting
        title: Internal vetting
        kind: task
        owner: host:manager
        visibility: internal
        due: { after: start, days: 2 }
`;

let t: TestApp & { world: World };
let w: World;
let journey: Journey;
const cookies = { owner: "", manager: "", aAdmin: "", aMember: "" };
const pdf = Buffer.from("%PDF-1.7 portal");

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  cookies.owner = await signIn(t.app, w.staff.owner.email);
  cookies.manager = await signIn(t.app, w.staff.manager.email);
  cookies.aAdmin = await signIn(t.app, w.partnerUsers.aAdmin.email);
  cookies.aMember = await signIn(t.app, w.partnerUsers.aMember.email);
  const template = await call(t.app, { method: "POST", url: "/api/w/acme/templates", cookie: cookies.owner, body: { key: "portal-api", yaml: templateYaml } });
  expect(template.statusCode, template.body).toBe(201);
  const started = await call(t.app, { method: "POST", url: `/api/w/acme/partners/${w.partners.a}/journeys`, cookie: cookies.manager, body: { templateId: z.object({ id: z.string() }).parse(template.json()).id } });
  expect(started.statusCode, started.body).toBe(201);
  journey = Journey.parse(started.json());
});
afterAll(() => t.close());

const base = () => `/api/w/acme/partners/${w.partners.a}/journeys/${journey.id}`;
function stepOf(key: string) {
  const step = journey.steps.find((candidate) => candidate.key === key);
  if (!step) throw new Error(`no step ${key}`);
  return step;
}
const stepUrl = (key: string) => `${base()}/steps/${stepOf(key).id}`;

async function partnerView(cookie = cookies.aAdmin) {
  const response = await call(t.app, { method: "GET", url: base(), cookie });
  expect(response.statusCode).toBe(200);
  return Journey.parse(response.json());
}

async function complete(key: string, body: object, cookie = cookies.aAdmin) {
  const current = (await partnerView(cookie)).steps.find((step) => step.key === key);
  return call(t.app, { method: "POST", url: `${stepUrl(key)}/complete`, cookie, body: { version: current?.version ?? 0, ...body } });
}

function upload(fileName: string, cookie = cookies.aAdmin) {
  return t.app.inject({ method: "POST", url: `${stepUrl("documents")}/files?fileName=${fileName}`, headers: { origin: testOrigin, cookie, "content-type": "application/pdf" }, payload: pdf });
}

describe("the partner's journey", () => {
  it("shows shared steps only, each with what the partner may do, and puts its own work first in what's next", async () => {
    const view = await partnerView();
    expect(view.steps.map((step) => step.key)).toEqual(["documents", "kickoff", "conduct"]);
    expect(view.steps.every((step) => step.canAct)).toBe(true);
    const member = await partnerView(cookies.aMember);
    expect(member.steps.every((step) => !step.canAct)).toBe(true);
    const next = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/whats-next`, cookie: cookies.aAdmin });
    const whatsNext = WhatsNext.parse(next.json());
    expect(whatsNext.mine.map((item) => item.title).sort()).toEqual(["Code of conduct", "Company documents", "Kickoff call"]);
    expect(JSON.stringify(whatsNext)).not.toContain("Internal vetting");
  });
});

describe("an upload request", () => {
  it("cannot be completed before a file is there; once done, its files are listed in the result and stay", async () => {
    expect((await complete("documents", { input: {} })).statusCode).toBe(409);
    const file = await upload("register.pdf");
    expect(file.statusCode).toBe(201);
    const done = await complete("documents", { input: {}, note: "Our register extract." });
    expect(done.statusCode, done.body).toBe(200);
    const step = Journey.parse(done.json()).steps.find((candidate) => candidate.key === "documents");
    expect(step?.result).toMatchObject({ files: [{ id: file.json().id, fileName: "register.pdf" }], note: "Our register extract." });
    expect((await upload("late.pdf")).statusCode).toBe(409);
    const removal = await call(t.app, { method: "DELETE", url: `${stepUrl("documents")}/files/${file.json().id}`, cookie: cookies.aAdmin });
    expect(removal.statusCode).toBe(409);
    const download = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/files/${file.json().id}`, cookie: cookies.aMember });
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });
});

describe("a meeting", () => {
  it("is held only once scheduled, and keeps its time and notes in the result", async () => {
    expect((await complete("kickoff", { input: {} })).statusCode).toBe(409);
    const view = await partnerView();
    const scheduled = await call(t.app, {
      method: "PUT",
      url: `${stepUrl("kickoff")}/meeting`,
      cookie: cookies.aAdmin,
      body: { version: view.steps.find((step) => step.key === "kickoff")?.version, startsAt: "2026-12-01T09:00:00Z", attendeeUserIds: [w.partnerUsers.aAdmin.id, w.staff.manager.id] },
    });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const held = await complete("kickoff", { input: { notes: "Agreed on weekly calls." } });
    expect(held.statusCode, held.body).toBe(200);
    const step = Journey.parse(held.json()).steps.find((candidate) => candidate.key === "kickoff");
    expect(step?.result).toMatchObject({ meeting: { startsAt: "2026-12-01T09:00:00.000Z", sequence: 0 }, notes: "Agreed on weekly calls." });
    const ics = await call(t.app, { method: "GET", url: `${stepUrl("kickoff")}/meeting.ics`, cookie: cookies.aMember });
    expect(ics.body).toContain("DTSTART:20261201T090000Z");
    const moved = await call(t.app, { method: "PUT", url: `${stepUrl("kickoff")}/meeting`, cookie: cookies.aAdmin, body: { version: step?.version, startsAt: "2026-12-02T09:00:00Z", attendeeUserIds: [w.partnerUsers.aAdmin.id] } });
    expect(moved.statusCode).toBe(409);
  });
});

describe("a document acknowledgement", () => {
  it("asks for the typed name it requires, then records who acknowledged and when", async () => {
    const unsigned = await complete("conduct", { input: { acknowledged: true } });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().errors).toEqual([expect.objectContaining({ path: "body.input.signature" })]);
    const signed = await complete("conduct", { input: { acknowledged: true, signature: "Alice Alpha" } });
    expect(signed.statusCode, signed.body).toBe(200);
    const step = Journey.parse(signed.json()).steps.find((candidate) => candidate.key === "conduct");
    expect(step?.result).toMatchObject({ acknowledgedBy: "Alice Alpha", signature: "Alice Alpha", acknowledgedAt: expect.any(String) });
    expect(step?.completedBy?.name).toBe("Alice Alpha");
  });
});
