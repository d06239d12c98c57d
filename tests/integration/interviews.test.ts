import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { KitList, ScheduleResult } from "../../src/domain/interviews/contracts";
import { CandidateView } from "../../src/domain/interviews/contracts";
import { activity, applications, notifications, outbox, partners, programs, staffCertifications } from "../../src/server/db/schema";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, type TestApp } from "../support/test-app";

/* Interview kits, scheduling and the rules of the panel (R-B3, R-B4). Scorecards and the decision: interviews-scoring.test.ts. */

let t: TestApp & { world: World };
let w: World;
const cookies = { owner: "", admin: "", manager: "", manager2: "", interviewer: "", viewer: "", aAdmin: "", bAdmin: "" };
let kitId = "";

const A = () => `/api/w/acme/partners/${w.partners.a}`;
const Problem = z.object({ detail: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() });

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  Object.assign(cookies, await signInWorld(t.app, w));
  await t.ctx.db.update(partners).set({ contactName: "Clara Contact", contactEmail: "clara@alpha.test" }).where(eq(partners.id, w.partners.a));
  const kits = KitList.parse((await call(t.app, { method: "GET", url: "/api/w/acme/interview-kits", cookie: cookies.manager })).json());
  kitId = kits.items[0]?.id ?? "";
});
afterAll(() => t.close());

function schedule(cookie: string, body: object, partnerUrl = A()) {
  return call(t.app, { method: "POST", url: `${partnerUrl}/interviews`, cookie, body: { kitId, stageKey: "functional_fit", startsAt: "2026-12-01T13:00:00Z", location: "https://meet.example/alpha", ...body } });
}

describe("interview kits", () => {
  it("gives every workspace the built-in Partner interviews kit once, with a culture stage for certified interviewers", async () => {
    const again = KitList.parse((await call(t.app, { method: "GET", url: "/api/w/acme/interview-kits", cookie: cookies.interviewer })).json());
    expect(again.items.map((kit) => kit.name)).toEqual(["Partner interviews"]);
    const kit = again.items[0];
    expect(kit?.builtIn).toBe(true);
    expect(kit?.stages.map((stage) => [stage.key, stage.certifiedOnly])).toEqual([
      ["functional_fit", false],
      ["culture_fit", true],
    ]);
    expect(kit?.stages[1]?.criteria.map((criterion) => criterion.name)).toEqual(["Values alignment", "Communication", "Client-first attitude"]);
  });

  it("lets admins create, edit and archive kits, and answers a stale edit with 409", async () => {
    const stages = [{ key: "technical", name: "Technical depth", criteria: [{ key: "architecture", name: "Architecture", weight: 2 }] }];
    expect((await call(t.app, { method: "POST", url: "/api/w/acme/interview-kits", cookie: cookies.manager, body: { name: "Tech", stages } })).statusCode).toBe(403);
    const created = await call(t.app, { method: "POST", url: "/api/w/acme/interview-kits", cookie: cookies.admin, body: { name: "Technology alliance", stages } });
    expect(created.statusCode).toBe(201);
    const id = z.object({ id: z.string() }).parse(created.json()).id;
    const edited = await call(t.app, { method: "PATCH", url: `/api/w/acme/interview-kits/${id}`, cookie: cookies.admin, body: { version: 1, name: "Technology alliances" } });
    expect(edited.json()).toMatchObject({ name: "Technology alliances", version: 2 });
    const stale = await call(t.app, { method: "PATCH", url: `/api/w/acme/interview-kits/${id}`, cookie: cookies.admin, body: { version: 1, name: "Lost update" } });
    expect(stale.statusCode).toBe(409);
    const archived = await call(t.app, { method: "POST", url: `/api/w/acme/interview-kits/${id}/archive`, cookie: cookies.admin, body: { version: 2 } });
    expect(archived.json()).toMatchObject({ archivedAt: expect.any(String) });
    const listed = KitList.parse((await call(t.app, { method: "GET", url: "/api/w/acme/interview-kits", cookie: cookies.admin })).json());
    expect(listed.items.map((kit) => kit.id)).not.toContain(id);
    const refused = await schedule(cookies.manager, { kitId: id, stageKey: "technical", panelUserIds: [w.staff.interviewer.id] });
    expect(refused.statusCode).toBe(400);
    expect(Problem.parse(refused.json()).errors).toEqual([{ path: "body.kitId", message: "is archived" }]);
  });

  it("refuses a kit whose criterion has no name, saying where", async () => {
    const response = await call(t.app, { method: "POST", url: "/api/w/acme/interview-kits", cookie: cookies.admin, body: { name: "Broken", stages: [{ key: "s", name: "S", criteria: [{ key: "c", name: " ", weight: 1 }] }] } });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain("name the criterion");
  });
});

describe("scheduling an interview", () => {
  it("copies the stage's criteria, notifies the panel with the link and invites the candidate in their time zone", async () => {
    const response = await schedule(cookies.manager, { panelUserIds: [w.staff.interviewer.id, w.staff.admin.id] });
    expect(response.statusCode).toBe(201);
    const { interview, candidateInvited } = ScheduleResult.parse(response.json());
    expect(candidateInvited).toBe(true);
    expect(interview.criteria.map((criterion) => criterion.key)).toEqual(["capability", "delivery_track_record", "commercial_fit"]);
    expect(interview.panel.map((member) => [member.name, member.scorecard])).toEqual([
      ["Ann Admin", "not_started"],
      ["Ivo Interviewer", "not_started"],
    ]);
    const bell = await t.ctx.db.select().from(notifications).where(and(eq(notifications.userId, w.staff.interviewer.id), eq(notifications.kind, "interview.scheduled")));
    expect(bell).toHaveLength(1);
    expect(bell[0]?.link).toBe(`/w/acme/interviews/${w.partners.a}/${interview.id}`);
    const [mail] = await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, `interview:${interview.id}:invitation:v1`));
    expect(mail?.toAddress).toBe("clara@alpha.test");
    expect(mail?.textBody).toContain("Tuesday 1 December 2026, 14:00 (Europe/Berlin)");
    expect(mail?.textBody).toContain("https://meet.example/alpha");
    const timeline = await t.ctx.db.select().from(activity).where(and(eq(activity.partnerId, w.partners.a), eq(activity.kind, "interview.scheduled")));
    expect(timeline[0]?.visibility).toBe("internal");
  });

  it("refuses a viewer on the panel, naming them", async () => {
    const response = await schedule(cookies.manager, { panelUserIds: [w.staff.interviewer.id, w.staff.viewer.id] });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors).toEqual([{ path: "body.panelUserIds.1", message: "Vera Viewer is a viewer: viewers read but do not interview" }]);
  });

  it("seats only certified culture interviewers on a culture stage", async () => {
    const refused = await schedule(cookies.manager, { stageKey: "culture_fit", panelUserIds: [w.staff.interviewer.id] });
    expect(refused.statusCode).toBe(400);
    const problem = Problem.parse(refused.json());
    expect(problem.errors).toEqual([{ path: "body.panelUserIds.0", message: "Ivo Interviewer is not certified to run culture interviews" }]);
    expect(problem.detail).toContain("Ivo Interviewer");
    await t.ctx.db.insert(staffCertifications).values({ workspaceId: w.acme.id, userId: w.staff.interviewer.id, kind: "culture_interviews", certifiedAt: t.clock.now() });
    const accepted = await schedule(cookies.manager, { stageKey: "culture_fit", panelUserIds: [w.staff.interviewer.id] });
    expect(accepted.statusCode).toBe(201);
    expect(ScheduleResult.parse(accepted.json()).interview.certifiedOnly).toBe(true);
  });

  it("names an unknown stage and refuses strangers on the panel", async () => {
    const unknownStage = await schedule(cookies.manager, { stageKey: "vibes", panelUserIds: [w.staff.interviewer.id] });
    expect(Problem.parse(unknownStage.json()).errors?.[0]?.path).toBe("body.stageKey");
    const stranger = await schedule(cookies.manager, { panelUserIds: [w.partnerUsers.aAdmin.id] });
    expect(stranger.statusCode).toBe(400);
    expect(Problem.parse(stranger.json()).errors?.[0]?.message).toContain("is not an active staff member");
  });

  it("lets only those who manage the partner schedule", async () => {
    expect((await schedule(cookies.manager2, { panelUserIds: [w.staff.interviewer.id] })).statusCode).toBe(403);
    expect((await schedule(cookies.interviewer, { panelUserIds: [w.staff.interviewer.id] })).statusCode).toBe(403);
    expect((await schedule(cookies.aAdmin, { panelUserIds: [w.staff.interviewer.id] })).statusCode).toBe(403);
  });

  it("reschedules with the version (stale → 409), re-invites the candidate, and cancels", async () => {
    const { interview } = ScheduleResult.parse((await schedule(cookies.manager, { panelUserIds: [w.staff.interviewer.id] })).json());
    const url = `${A()}/interviews/${interview.id}`;
    const moved = await call(t.app, { method: "PATCH", url, cookie: cookies.manager, body: { version: 1, startsAt: "2026-12-02T08:00:00Z" } });
    expect(moved.statusCode).toBe(200);
    expect(ScheduleResult.parse(moved.json())).toMatchObject({ candidateInvited: true, interview: { version: 2, startsAt: "2026-12-02T08:00:00.000Z" } });
    const [mail] = await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, `interview:${interview.id}:invitation:v2`));
    expect(mail?.textBody).toContain("Wednesday 2 December 2026, 09:00 (Europe/Berlin)");
    expect((await call(t.app, { method: "PATCH", url, cookie: cookies.manager, body: { version: 1, location: "Room 2" } })).statusCode).toBe(409);
    const cancelled = await call(t.app, { method: "POST", url: `${url}/cancel`, cookie: cookies.manager, body: { version: 2, reason: "The candidate asked to pause" } });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", version: 3 });
    expect((await call(t.app, { method: "POST", url: `${url}/cancel`, cookie: cookies.manager, body: { version: 3, reason: "again" } })).statusCode).toBe(409);
  });

  it("offers the .ics to the panel and staff readers, not to others", async () => {
    const { interview } = ScheduleResult.parse((await schedule(cookies.manager, { panelUserIds: [w.staff.interviewer.id] })).json());
    const url = `${A()}/interviews/${interview.id}/invite.ics`;
    const ics = await call(t.app, { method: "GET", url, cookie: cookies.interviewer });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers["content-type"]).toContain("text/calendar");
    expect(ics.body).toContain("SUMMARY:Interview: Alpha Resellers\\, Functional fit");
    expect(ics.body).toContain("ATTENDEE");
    expect((await call(t.app, { method: "GET", url, cookie: cookies.manager2 })).statusCode).toBe(200);
    expect((await call(t.app, { method: "GET", url, cookie: cookies.aAdmin })).statusCode).toBe(403);
  });
});

describe("who sees which candidate", () => {
  it("shows an interviewer only the candidates and interviews they sit on", async () => {
    const mine = z.object({ items: z.array(z.object({ partner: z.object({ id: z.string() }), upcoming: z.boolean() })) }).parse((await call(t.app, { method: "GET", url: "/api/w/acme/my-interviews", cookie: cookies.interviewer })).json());
    expect(mine.items.length).toBeGreaterThan(0);
    expect(new Set(mine.items.map((item) => item.partner.id))).toEqual(new Set([w.partners.a]));
    expect((await call(t.app, { method: "GET", url: `${A()}/candidate`, cookie: cookies.interviewer })).statusCode).toBe(200);
    const B = `/api/w/acme/partners/${w.partners.b}`;
    expect((await call(t.app, { method: "GET", url: `${B}/interviews`, cookie: cookies.interviewer })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: `${B}/candidate`, cookie: cookies.interviewer })).statusCode).toBe(403);
    const { interview } = ScheduleResult.parse((await schedule(cookies.manager, { panelUserIds: [w.staff.admin.id] })).json());
    expect((await call(t.app, { method: "GET", url: `${A()}/interviews/${interview.id}`, cookie: cookies.interviewer })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: `${B}/interviews/${interview.id}`, cookie: cookies.interviewer })).statusCode).toBe(404);
    const listed = z.object({ items: z.array(z.object({ id: z.string() })) }).parse((await call(t.app, { method: "GET", url: `${A()}/interviews`, cookie: cookies.interviewer })).json());
    expect(listed.items.map((item) => item.id)).not.toContain(interview.id);
  });

  it("shows an interviewer the candidate's basics and application answers", async () => {
    const [program] = await t.ctx.db.select({ id: programs.id, name: programs.name }).from(programs).where(eq(programs.workspaceId, w.acme.id)).limit(1);
    if (!program) throw new Error("acme has no program");
    await t.ctx.db.insert(applications).values({
      id: crypto.randomUUID(),
      workspaceId: w.acme.id,
      programId: program.id,
      partnerId: w.partners.a,
      contactName: "Clara Contact",
      contactEmail: "clara@alpha.test",
      questions: [{ key: "why_us", label: "Why partner with us?", help: "", required: true, kind: "long_text" }],
      answers: { why_us: "Our clients keep asking for your product." },
      submittedAt: t.clock.now(),
    });
    const view = CandidateView.parse((await call(t.app, { method: "GET", url: `${A()}/candidate`, cookie: cookies.interviewer })).json());
    expect(view.partner).toMatchObject({ name: "Alpha Resellers", timeZone: "Europe/Berlin" });
    expect(view.application?.answers).toContainEqual({ key: "why_us", label: "Why partner with us?", value: "Our clients keep asking for your product." });
    expect(view.application?.answers).toContainEqual({ key: "program", label: "Program", value: program.name });
  });

  it("shows partner users none of it", async () => {
    expect((await call(t.app, { method: "GET", url: `${A()}/interviews`, cookie: cookies.aAdmin })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: `${A()}/interviews`, cookie: cookies.bAdmin })).statusCode).toBe(404);
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/interview-kits", cookie: cookies.aAdmin })).statusCode).toBe(403);
    expect((await call(t.app, { method: "GET", url: "/api/w/acme/my-interviews", cookie: cookies.aAdmin })).statusCode).toBe(403);
    const emails = await t.ctx.db.select({ key: outbox.dedupeKey }).from(outbox).where(like(outbox.dedupeKey, "interview:%"));
    expect(emails.length).toBeGreaterThan(0);
  });
});
