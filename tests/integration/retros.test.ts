import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { activity, auditLog, journeyTemplates, journeyTemplateVersions } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { insertPartnerMeeting } from "../../src/server/modules/meetings/insert";
import { insertJourneyRows } from "../factories/journey-rows";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Retrospective insights (R-F10): tied to the template version they want changed. */

let t: TestApp & { world: World };
let w: World;
const cookies = { owner: "", admin: "", manager: "", viewer: "", interviewer: "", aAdmin: "", globexOwner: "" };
let templateId = "";
let retroMeetingId = "";
let checkInMeetingId = "";
const Insight = z.object({ id: z.string(), status: z.string(), templateVersion: z.number(), text: z.string(), partner: z.object({ id: z.string(), name: z.string() }).nullable(), meeting: z.object({ id: z.string() }).nullable() });
const Insights = z.object({ versions: z.array(z.object({ version: z.number(), changeRequests: z.array(Insight), answers: z.array(Insight) })) });
const Problem = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() });

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  Object.assign(cookies, await signInWorld(t.app, w));
  const rows = await insertJourneyRows(t.ctx, {
    workspaceId: w.acme.id,
    partnerId: w.partners.a,
    hostUserId: w.staff.manager.id,
    partnerUserId: w.partnerUsers.aAdmin.id,
    startedAt: t.clock.now(),
    template: { name: "Reseller onboarding", description: "The journey the retro looks back on.", phases: [{ key: "start", name: "Start", steps: [{ key: "retro", title: "Retrospective", kind: "task", owner: "host:manager", due: { after: "start", days: 30 } }] }] },
  });
  templateId = rows.templateId;
  const base = { workspaceId: w.acme.id, partnerId: w.partners.a, startsAt: new Date("2026-12-10T10:00:00Z"), durationMinutes: 60, location: null, agenda: [], organizerUserId: w.staff.manager.id, attendeeUserIds: [w.partnerUsers.aAdmin.id], createdBy: w.staff.manager.id, now: t.clock.now() };
  await t.ctx.db.transaction(async (tx) => {
    retroMeetingId = (await insertPartnerMeeting(tx, { ...base, kind: "retrospective", title: "Onboarding retrospective" })).id;
    checkInMeetingId = (await insertPartnerMeeting(tx, { ...base, kind: "check_in", title: "Weekly check-in" })).id;
  });
});
afterAll(() => t.close());

const record = (cookie: string, body: object) => call(t.app, { method: "POST", url: "/api/w/acme/retro-insights", cookie, body });
const insightsOf = async (cookie = cookies.manager) => Insights.parse((await call(t.app, { method: "GET", url: `/api/w/acme/templates/${templateId}/insights`, cookie })).json());

async function publishVersion(version: number) {
  await t.ctx.db.insert(journeyTemplateVersions).values({ id: newId(), workspaceId: w.acme.id, templateId, version, document: {}, yaml: "", changeNote: `Version ${String(version)}`, createdAt: t.clock.now() });
  await t.ctx.db.update(journeyTemplates).set({ latestVersion: version }).where(eq(journeyTemplates.id, templateId));
}

describe("recording an insight", () => {
  let insightId = "";

  it("links it to the version the partner went through, the retrospective meeting and its partner", async () => {
    const response = await record(cookies.manager, { templateId, templateVersion: 1, text: "  The contract step came too late; move it to week one.  ", meetingId: retroMeetingId });
    expect(response.statusCode).toBe(201);
    const insight = Insight.parse(response.json());
    insightId = insight.id;
    expect(insight).toMatchObject({ status: "open", templateVersion: 1, text: "The contract step came too late; move it to week one.", partner: { id: w.partners.a, name: "Alpha Resellers" }, meeting: { id: retroMeetingId } });
    const [audit] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityType, "retro_insight"), eq(auditLog.entityId, insightId)));
    expect(audit?.action).toBe("retro_insight.recorded");
    const timeline = await t.ctx.db.select().from(activity).where(eq(activity.kind, "retro_insight.recorded"));
    expect(timeline.map((entry) => entry.visibility)).toEqual(["internal"]);
  });

  it("shows on its version as a change request, and on the next version as answered", async () => {
    expect((await insightsOf()).versions).toEqual([{ version: 1, changeRequests: [expect.objectContaining({ id: insightId })], answers: [] }].map((v) => expect.objectContaining(v)));
    await publishVersion(2);
    const after = await insightsOf();
    expect(after.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(after.versions[0]?.answers.map((i) => i.id)).toEqual([insightId]);
    expect(after.versions[0]?.changeRequests).toEqual([]);
    expect(after.versions[1]?.changeRequests.map((i) => i.id)).toEqual([insightId]);
  });

  it("marks it addressed when the status read still holds, and answers 409 when it does not", async () => {
    const url = `/api/w/acme/retro-insights/${insightId}`;
    const done = await call(t.app, { method: "PATCH", url, cookie: cookies.manager, body: { status: "addressed", statusRead: "open" } });
    expect(done.statusCode).toBe(200);
    expect(Insight.parse(done.json()).status).toBe("addressed");
    const stale = await call(t.app, { method: "PATCH", url, cookie: cookies.admin, body: { status: "dismissed", statusRead: "open" } });
    expect(stale.statusCode).toBe(409);
    const listed = z.array(Insight).parse((await call(t.app, { method: "GET", url: `/api/w/acme/retro-insights?templateId=${templateId}&status=addressed`, cookie: cookies.viewer })).json());
    expect(listed.map((i) => i.id)).toEqual([insightId]);
    const open = z.array(Insight).parse((await call(t.app, { method: "GET", url: "/api/w/acme/retro-insights?status=open", cookie: cookies.viewer })).json());
    expect(open.map((i) => i.id)).not.toContain(insightId);
    expect((await call(t.app, { method: "PATCH", url: `/api/w/acme/retro-insights/${newId()}`, cookie: cookies.manager, body: { status: "addressed", statusRead: "open" } })).statusCode).toBe(404);
  });
});

describe("bad input", () => {
  const fieldOf = async (body: object) => {
    const response = await record(cookies.manager, body);
    expect(response.statusCode).toBe(400);
    return Problem.parse(response.json()).errors?.map((error) => error.path);
  };

  it("names the field at fault and writes nothing", async () => {
    const before = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, "retro_insight.recorded"));
    expect(await fieldOf({ templateId, templateVersion: 9, text: "No such version" })).toEqual(["body.templateVersion"]);
    expect(await fieldOf({ templateId, templateVersion: 0, text: "Zero" })).toEqual(["body.templateVersion"]);
    expect(await fieldOf({ templateId: newId(), templateVersion: 1, text: "No such template" })).toEqual(["body.templateId"]);
    expect(await fieldOf({ templateId, templateVersion: 1, text: "   " })).toEqual(["body.text"]);
    expect(await fieldOf({ templateId, templateVersion: 1, text: "Wrong meeting", meetingId: checkInMeetingId })).toEqual(["body.meetingId"]);
    expect(await fieldOf({ templateId, templateVersion: 1, text: "Other partner", meetingId: retroMeetingId, partnerId: w.partners.b })).toEqual(["body.partnerId"]);
    expect(await fieldOf({ templateId, templateVersion: 1, text: "Unknown partner", partnerId: w.globex.partnerId })).toEqual(["body.partnerId"]);
    const after = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, "retro_insight.recorded"));
    expect(after).toHaveLength(before.length);
  });

  it("does not let another workspace's template in", async () => {
    const [globexTemplate] = await t.ctx.db.select({ id: journeyTemplates.id }).from(journeyTemplates).where(eq(journeyTemplates.workspaceId, w.globex.id)).limit(1);
    expect(await fieldOf({ templateId: globexTemplate?.id ?? newId(), templateVersion: 1, text: "Cross-workspace" })).toEqual(["body.templateId"]);
    expect((await call(t.app, { method: "GET", url: `/api/w/acme/templates/${globexTemplate?.id ?? newId()}/insights`, cookie: cookies.manager })).statusCode).toBe(404);
  });
});

describe("who may", () => {
  it("keeps insights to staff: partner users are refused, viewers read but do not record", async () => {
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/retro-insights", cookie: cookies.aAdmin })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: `/api/w/acme/templates/${templateId}/insights`, cookie: cookies.aAdmin })).statusCode).toBe(403);
    expect((await record(cookies.aAdmin, { templateId, templateVersion: 1, text: "From the portal" })).statusCode).toBe(403);
    expect((await record(cookies.viewer, { templateId, templateVersion: 1, text: "From a viewer" })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: `/api/w/acme/templates/${templateId}/insights`, cookie: cookies.viewer })).statusCode).toBe(200);
  });
});
