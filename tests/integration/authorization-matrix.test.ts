import { and, eq, like } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { journeySteps, journeyTemplates, journeyTemplateVersions, outbox, partners, programs, staffMemberships } from "../../src/server/db/schema";
import { insertJourneyRows } from "../factories/journey-rows";
import { JourneyTemplate } from "../../src/domain/journeys/template/schema";
import type { World } from "../factories/world";
import { notify } from "../../src/server/modules/notifications/service";
import { insertPartnerUser, insertPerson, insertStaff } from "../factories/people";
import { createTestWorld, signIn, testOrigin, testPassword, testPasswordHash, type TestApp } from "../support/test-app";
import { callers, type Caller, type MatrixKit, type Method, type RouteSpec, type Status } from "./matrix/kit";
import { recruitingRows } from "./matrix/recruiting";
import { relationshipRows } from "./matrix/relationship";

/*
 * R-A4: every route × every kind of caller, compared with a table written by hand from DESIGN
 * sections 2 and 6 — never computed from can(). A route the server offers that has no row here
 * fails the first test, so a new endpoint cannot ship without a declared answer for everyone.
 */

/** Paths of better-auth that the OpenAPI document hides; listed by hand (DESIGN section 6). */
const hiddenRoutes = [
  "POST /api/auth/sign-in/email",
  "POST /api/auth/sign-out",
  "GET /api/auth/get-session",
  "POST /api/auth/invitation/accept",
  "POST /api/auth/sign-in/magic-link",
  "POST /api/auth/request-password-reset",
  "POST /api/auth/reset-password",
  "POST /api/auth/sign-up/email",
  "GET /api/auth/list-sessions",
  "GET /api/auth/list-accounts",
  "POST /api/auth/update-user",
  "POST /api/auth/change-password",
  "GET /api/openapi.json",
] as const;

let t: TestApp & { world: World };
let w: World;
const credentials = new Map<Caller, { cookie?: string; token?: string; email?: string }>();
let ownerCookie = "";
let sequence = 0;
const next = () => ++sequence;
const signInPerson = { email: "signin.matrix@acme.test" };
const resetPerson = { email: "reset.matrix@acme.test" };
const usedResetTokens = new Set<string>();

const Created = z.object({ id: z.string() });
const CreatedToken = z.object({ id: z.string(), secret: z.string() });
const Method = z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]);
const OpenApi = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

/** Every request of this file: JSON from our own origin, each from its own address (so better-auth's per-address limits stay out of the matrix). */
function send(method: Method, url: string, auth: { cookie?: string; token?: string }, body?: object) {
  const headers: Record<string, string> = { origin: testOrigin };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const n = next();
  const remoteAddress = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  return t.app.inject({ method, url, headers, remoteAddress, ...(body === undefined ? {} : { payload: body }) });
}

async function asOwner(method: Method, url: string, body?: object) {
  const response = await send(method, url, { cookie: ownerCookie }, body);
  if (response.statusCode >= 300) throw new Error(`setup call ${method} ${url} failed: ${response.statusCode} ${response.body}`);
  return response;
}

// Fresh objects, one per call, so that no cell depends on another having run first.
async function freshStaffInvitation() {
  return Created.parse((await asOwner("POST", "/api/w/acme/invitations", { email: `staff.${next()}@invited.test`, role: "viewer" })).json()).id;
}
async function freshPartnerInvitation() {
  return Created.parse((await asOwner("POST", `/api/w/acme/partners/${w.partners.a}/invitations`, { email: `portal.${next()}@alpha.test`, role: "partner_member" })).json()).id;
}
async function invitationTokenOf(invitationId: string) {
  const [mail] = await t.ctx.db.select({ text: outbox.textBody }).from(outbox).where(eq(outbox.dedupeKey, `invitation:${invitationId}`));
  const token = mail?.text.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no invitation link was sent for ${invitationId}`);
  return token;
}
async function freshStaff(status: "active" | "deactivated") {
  const n = next();
  const id = await insertStaff(t.ctx.db, w.acme.id, { name: `Temp Staff ${n}`, email: `temp.${n}@acme.test` }, "viewer", await testPasswordHash());
  if (status === "deactivated") {
    await t.ctx.db.update(staffMemberships).set({ status }).where(and(eq(staffMemberships.workspaceId, w.acme.id), eq(staffMemberships.userId, id)));
  }
  return id;
}
async function freshPartnerMember() {
  const n = next();
  return insertPartnerUser(t.ctx.db, w.acme.id, w.partners.a, { name: `Temp Alpha ${n}`, email: `temp.${n}@alpha.test` }, "partner_member", await testPasswordHash());
}
async function partnerA() {
  const [row] = await t.ctx.db.select({ version: partners.version, stage: partners.stage }).from(partners).where(eq(partners.id, w.partners.a));
  if (!row) throw new Error("partner A is gone");
  return row;
}
async function freshResetToken() {
  await send("POST", "/api/auth/request-password-reset", {}, { email: resetPerson.email });
  const mails = await t.ctx.db.select({ key: outbox.dedupeKey }).from(outbox).where(and(eq(outbox.toAddress, resetPerson.email), like(outbox.dedupeKey, "password-reset:%")));
  const token = mails.map((m) => m.key.slice("password-reset:".length)).find((candidate) => !usedResetTokens.has(candidate));
  if (!token) throw new Error("no password reset email was written");
  usedResetTokens.add(token);
  return token;
}

// Programs and templates: fresh objects per call, like the rest.
const minimalTemplate = (name: string) =>
  `name: ${name}\ndescription: A template made by the authorization matrix.\nphases:\n  - key: only\n    name: Only\n    steps:\n      - key: hello\n        title: Say hello\n        kind: task\n        owner: host:manager\n        due: { after: start, days: 1 }\n`;
const Versioned = z.object({ id: z.string(), version: z.number() });
async function freshProgram() {
  return Versioned.parse((await asOwner("POST", "/api/w/acme/programs", { key: `matrix-${next()}`, name: `Matrix program ${next()}` })).json());
}
async function freshTemplate(archived = false) {
  const created = Created.parse((await asOwner("POST", "/api/w/acme/templates", { key: `matrix-${next()}`, yaml: minimalTemplate(`Matrix template ${next()}`) })).json());
  if (archived) await asOwner("POST", `/api/w/acme/templates/${created.id}/archive`);
  return created.id;
}
async function acmeTemplateId() {
  const [row] = await t.ctx.db.select({ id: journeyTemplates.id }).from(journeyTemplates).where(and(eq(journeyTemplates.workspaceId, w.acme.id), eq(journeyTemplates.builtIn, "reseller-onboarding")));
  if (!row) throw new Error("acme has no built-in reseller template");
  return row.id;
}
async function acmeProgramId() {
  const [row] = await t.ctx.db.select({ id: programs.id }).from(programs).where(eq(programs.workspaceId, w.acme.id)).limit(1);
  if (!row) throw new Error("acme has no program");
  return row.id;
}

// Files and meetings on journey steps: one journey of partner A written by the factory, its steps
// shared and owned by partner A's admin (so aAdmin may act, aMember may not).
let stepWork: Promise<{ journeyId: string; steps: Record<string, string> }> | undefined;
function stepWorkJourney() {
  stepWork ??= insertJourneyRows(t.ctx, {
    workspaceId: w.acme.id,
    partnerId: w.partners.a,
    hostUserId: w.staff.manager.id,
    partnerUserId: w.partnerUsers.aAdmin.id,
    startedAt: t.clock.now(),
    template: {
      name: "Matrix step work",
      description: "Steps the matrix uploads to and schedules.",
      phases: [
        {
          key: "work",
          name: "Work",
          steps: [
            { key: "m_upload", title: "Matrix upload", kind: "upload_request", owner: "partner:admin", due: { after: "start", days: 1 }, accept: [".pdf"], maxFiles: 20 },
            { key: "m_delete", title: "Matrix delete", kind: "upload_request", owner: "partner:admin", due: { after: "start", days: 1 }, accept: [".pdf"], maxFiles: 20 },
            { key: "m_meeting", title: "Matrix meeting", kind: "meeting", owner: "partner:admin", due: { after: "start", days: 1 }, meetingType: "check_in" },
            { key: "m_ics", title: "Matrix calendar", kind: "meeting", owner: "partner:admin", due: { after: "start", days: 1 }, meetingType: "check_in" },
          ],
        },
      ],
    },
  }).then((rows) => ({ journeyId: rows.journeyId, steps: rows.stepIds }));
  return stepWork;
}
async function stepUrl(key: string) {
  const { journeyId, steps } = await stepWorkJourney();
  return `${A()}/journeys/${journeyId}/steps/${steps[key] ?? "missing"}`;
}
async function freshFile(key: string) {
  const response = await send("POST", `${await stepUrl(key)}/files?fileName=matrix-${next()}.pdf`, { cookie: ownerCookie }, Buffer.from("%PDF-1.7 matrix"));
  if (response.statusCode !== 201) throw new Error(`setup upload failed: ${response.statusCode} ${response.body}`);
  return Created.parse(response.json()).id;
}
let sharedFile: Promise<string> | undefined;
let scheduledIcs: Promise<string> | undefined;
async function stepVersion(key: string) {
  const { steps } = await stepWorkJourney();
  const [row] = await t.ctx.db.select({ version: journeySteps.version }).from(journeySteps).where(eq(journeySteps.id, steps[key] ?? ""));
  return row?.version ?? 1;
}
async function scheduledMeetingUrl() {
  scheduledIcs ??= (async () => {
    const url = await stepUrl("m_ics");
    await asOwner("PUT", `${url}/meeting`, { version: await stepVersion("m_ics"), startsAt: "2026-06-01T09:00:00Z", attendeeUserIds: [w.staff.manager.id] });
    return `${url}/meeting.ics`;
  })();
  return scheduledIcs;
}

const A = () => `/api/w/acme/partners/${w.partners.a}`;

// Notifications (issue 4): each person marks one of their own; a caller who is nobody here tries the owner's.
async function freshNotificationUrl(caller: Caller) {
  const people: Partial<Record<Caller, string>> = {
    owner: w.staff.owner.id,
    admin: w.staff.admin.id,
    manager: w.staff.manager.id,
    manager2: w.staff.otherManager.id,
    interviewer: w.staff.interviewer.id,
    viewer: w.staff.viewer.id,
    aAdmin: w.partnerUsers.aAdmin.id,
    aMember: w.partnerUsers.aMember.id,
    bAdmin: w.partnerUsers.bAdmin.id,
  };
  const userId = people[caller] ?? w.staff.owner.id;
  const dedupeKey = `matrix:${next()}`;
  await t.ctx.db.transaction((tx) => notify(tx, t.clock, { workspaceId: w.acme.id, userIds: [userId], kind: "matrix", title: "Matrix notice", body: "", link: null, dedupeKey }));
  const row = await t.ctx.db.query.notifications.findFirst({ where: (n, { and, eq }) => and(eq(n.userId, userId), eq(n.dedupeKey, dedupeKey)) });
  if (!row) throw new Error("notify wrote no notification");
  return `/api/w/acme/notifications/${row.id}/read`;
}

// Journeys (issue 4): a fresh journey of partner A per call, written straight into the tables.
const matrixJourney = {
  name: "Matrix journey",
  description: "Two steps the matrix works on.",
  phases: [
    {
      key: "work",
      name: "Work",
      steps: [
        { key: "m_task", title: "Matrix partner task", kind: "task" as const, owner: "partner:admin" as const, due: { after: "start" as const, days: 3 } },
        { key: "m_host", title: "Matrix host task", kind: "task" as const, owner: "host:manager" as const, due: { after: "start" as const, days: 5 } },
      ],
    },
  ],
};
async function freshJourney(options: { doneTask?: boolean; secondVersion?: boolean } = {}) {
  const rows = await insertJourneyRows(t.ctx, { workspaceId: w.acme.id, partnerId: w.partners.a, hostUserId: w.staff.manager.id, partnerUserId: w.partnerUsers.aAdmin.id, startedAt: t.clock.now(), template: matrixJourney });
  if (options.doneTask) await t.ctx.db.update(journeySteps).set({ status: "done", completedAt: t.clock.now() }).where(eq(journeySteps.id, rows.stepIds.m_task ?? ""));
  if (options.secondVersion) {
    const next = { ...matrixJourney, phases: [{ ...matrixJourney.phases[0], steps: [...(matrixJourney.phases[0]?.steps ?? []), { key: "m_new", title: "Matrix new step", kind: "task" as const, owner: "host:manager" as const, due: { after: "start" as const, days: 9 } }] }] };
    await t.ctx.db.insert(journeyTemplateVersions).values({ id: crypto.randomUUID(), workspaceId: w.acme.id, templateId: rows.templateId, version: 2, document: JourneyTemplate.parse(next), yaml: "", createdAt: t.clock.now() });
    await t.ctx.db.update(journeyTemplates).set({ latestVersion: 2 }).where(eq(journeyTemplates.id, rows.templateId));
  }
  return { url: `${A()}/journeys/${rows.journeyId}`, task: `${A()}/journeys/${rows.journeyId}/steps/${rows.stepIds.m_task ?? ""}` };
}
let sharedJourney: ReturnType<typeof freshJourney> | undefined;
async function freshPartnerOfManager() {
  return Created.parse((await asOwner("POST", "/api/w/acme/partners", { name: `Matrix Journey Partner ${next()}`, typeId: w.acme.typeId, ownerUserId: w.staff.manager.id })).json()).id;
}
async function resellerTemplateId() {
  const [row] = await t.ctx.db.select({ id: journeyTemplates.id }).from(journeyTemplates).where(and(eq(journeyTemplates.workspaceId, w.acme.id), eq(journeyTemplates.key, "reseller-onboarding")));
  if (!row) throw new Error("the built-in reseller template is missing");
  return row.id;
}

/*
 * The table. Columns (see `callers`):
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 * mgr owns partner A; mg2 (manager2) neither owns A nor is on its team; aAd/aMb are partner A's
 * admin and member, bAd partner B's admin; glx the owner of the other workspace; tok an API token
 * with only partners:read; rev a revoked token.
 */
const coreTable: Record<string, RouteSpec> = {
  // Signed-out endpoints answer everybody alike.
  "GET /api/health": /*                      */ { expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
  "GET /api/ready": /*                       */ { expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
  "GET /api/setup": /*                       */ { expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
  "GET /api/openapi.json": /*                */ { expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
  // Setup is closed once an owner exists: 409 for everyone, whoever asks.
  "POST /api/setup": {
    expect: /*                               */ [409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409],
    prepare: () => ({ url: "/api/setup", body: { workspaceName: "Takeover", workspaceSlug: "takeover", name: "Mallory", email: `mallory.${next()}@evil.test`, password: "long-enough-password" } }),
  },
  "GET /api/invitations/{token}": {
    capability: true,
    expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    prepare: async () => ({ url: `/api/invitations/${await invitationTokenOf(await freshStaffInvitation())}` }),
  },

  // Who am I: people only, not tokens.
  "GET /api/me": /*                          */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 401] },

  // The workspace and its staff.
  "GET /api/w/{ws}": /*                      */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 200, 401] },
  "GET /api/w/{ws}/users": /*                */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },
  "POST /api/w/{ws}/invitations": {
    expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/invitations", body: { email: `invitee.${next()}@invited.test`, role: "viewer" } }),
  },
  "DELETE /api/w/{ws}/invitations/{invitationId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/invitations/${await freshStaffInvitation()}` }),
  },
  "PATCH /api/w/{ws}/users/{userId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/users/${await freshStaff("active")}`, body: { role: "interviewer", version: 1 } }),
  },
  "POST /api/w/{ws}/users/{userId}/deactivate": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/users/${await freshStaff("active")}/deactivate`, body: { version: 1 } }),
  },
  "POST /api/w/{ws}/users/{userId}/reactivate": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/users/${await freshStaff("deactivated")}/reactivate`, body: { version: 1 } }),
  },

  // Partners. Everyone in the workspace may see the reference data; lists are for host readers.
  "GET /api/w/{ws}/partner-settings": /*     */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 200, 401] },
  "GET /api/w/{ws}/partners": /*             */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 200, 401] },
  "POST /api/w/{ws}/partners": {
    expect: /*                               */ [401, 201, 201, 201, 201, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/partners", body: { name: `Matrix Partner ${next()}`, typeId: w.acme.typeId, country: "FR", timeZone: "Europe/Paris" } }),
  },
  // Partner A: its own people see it, partner B's admin gets 404, only A's managers change it.
  "GET /api/w/{ws}/partners/{partnerId}": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 200, 401],
    prepare: () => ({ url: A() }),
  },
  "PATCH /api/w/{ws}/partners/{partnerId}": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: A(), body: { version: (await partnerA()).version, website: `https://alpha-${next()}.example` } }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/stage": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => {
      const { version, stage } = await partnerA();
      return { url: `${A()}/stage`, body: { version, stage: stage === "active" ? "onboarding" : "active", reason: "matrix" } };
    },
  },
  "GET /api/w/{ws}/partners/{partnerId}/stage-history": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 404, 404, 200, 401],
    prepare: () => ({ url: `${A()}/stage-history` }),
  },
  "PUT /api/w/{ws}/partners/{partnerId}/team": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: () => ({ url: `${A()}/team`, body: { userIds: [w.staff.admin.id] } }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/people": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 200, 401],
    prepare: () => ({ url: `${A()}/people` }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/invitations": {
    expect: /*                               */ [401, 201, 201, 201, 403, 403, 403, 201, 403, 404, 404, 403, 401],
    prepare: () => ({ url: `${A()}/invitations`, body: { email: `colleague.${next()}@alpha.test`, role: "partner_member" } }),
  },
  "DELETE /api/w/{ws}/partners/{partnerId}/invitations/{invitationId}": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 200, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${A()}/invitations/${await freshPartnerInvitation()}` }),
  },
  "DELETE /api/w/{ws}/partners/{partnerId}/members/{userId}": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 200, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${A()}/members/${await freshPartnerMember()}` }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/timeline": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 200, 401],
    prepare: () => ({ url: `${A()}/timeline` }),
  },
  // The portal is for partner users only; each sees their own organisation.
  "GET /api/w/{ws}/portal": /*               */ { expect: [401, 403, 403, 403, 403, 403, 403, 200, 200, 200, 404, 403, 401] },

  // The bell: every person of the workspace reads and marks their own; API tokens are not people.
  "GET /api/w/{ws}/notifications": /*        */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 403, 401] },
  "POST /api/w/{ws}/notifications/{notificationId}/read": {
    expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 403, 401],
    prepare: async (caller) => ({ url: await freshNotificationUrl(caller) }),
  },
  "POST /api/w/{ws}/notifications/read-all": { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 403, 401] },
  // Partner events: partner A's managers (and tokens with events:write, which tok lacks); partner users never.
  "POST /api/w/{ws}/events": {
    expect: /*                               */ [401, 201, 201, 201, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/events", body: { partnerId: w.partners.a, name: `matrix_event_${next()}` } }),
  },
  // Test builds only (the matrix runs with NODE_ENV=test): owners move the clock.
  "POST /api/w/{ws}/test/clock": {
    expect: /*                               */ [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/test/clock", body: { now: t.clock.now().toISOString() } }),
  },

  // Programs and templates (issue 4): host readers read, owners and admins change them; partner
  // users never see them; the token holds only partners:read (these need journeys:*).
  "GET /api/w/{ws}/programs": /*            */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },
  "POST /api/w/{ws}/programs": {
    expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/programs", body: { key: `matrix-${next()}`, name: `Matrix program ${next()}` } }),
  },
  "GET /api/w/{ws}/programs/{programId}": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/programs/${await acmeProgramId()}` }),
  },
  "PATCH /api/w/{ws}/programs/{programId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => {
      const program = await freshProgram();
      return { url: `/api/w/acme/programs/${program.id}`, body: { version: program.version, description: "Changed by the matrix" } };
    },
  },
  "DELETE /api/w/{ws}/programs/{programId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => {
      const program = await freshProgram();
      return { url: `/api/w/acme/programs/${program.id}?version=${program.version}` };
    },
  },
  "PUT /api/w/{ws}/programs/{programId}/tracks/{partnerTypeId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => {
      const program = await freshProgram();
      return { url: `/api/w/acme/programs/${program.id}/tracks/${w.acme.typeId}`, body: { version: program.version, templateId: await acmeTemplateId() } };
    },
  },
  "DELETE /api/w/{ws}/programs/{programId}/tracks/{partnerTypeId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => {
      const program = await freshProgram();
      const withTrack = Versioned.parse((await asOwner("PUT", `/api/w/acme/programs/${program.id}/tracks/${w.acme.typeId}`, { version: program.version, templateId: null })).json());
      return { url: `/api/w/acme/programs/${program.id}/tracks/${w.acme.typeId}?version=${withTrack.version}` };
    },
  },
  "PUT /api/w/{ws}/programs/{programId}/tiers/{tierId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => {
      const program = await freshProgram();
      return { url: `/api/w/acme/programs/${program.id}/tiers/${w.acme.tierId}`, body: { version: program.version, requirements: "One certified seller." } };
    },
  },
  "POST /api/w/{ws}/partner-types": {
    expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/partner-types", body: { key: `matrix_${next()}`, name: `Matrix type ${next()}` } }),
  },
  "PATCH /api/w/{ws}/partner-types/{partnerTypeId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: `/api/w/acme/partner-types/${w.acme.typeId}`, body: { name: "Reseller" } }),
  },
  "GET /api/w/{ws}/templates": /*           */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },
  "POST /api/w/{ws}/templates": {
    expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/templates", body: { key: `matrix-${next()}`, yaml: minimalTemplate(`Matrix template ${next()}`) } }),
  },
  "POST /api/w/{ws}/templates/validate": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/templates/validate", body: { yaml: minimalTemplate("Checked") } }),
  },
  "GET /api/w/{ws}/template-schema": /*     */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },
  "GET /api/w/{ws}/templates/{templateId}": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/templates/${await acmeTemplateId()}` }),
  },
  "GET /api/w/{ws}/templates/{templateId}/versions": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/templates/${await acmeTemplateId()}/versions` }),
  },
  "POST /api/w/{ws}/templates/{templateId}/versions": {
    expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/templates/${await freshTemplate()}/versions`, body: { yaml: minimalTemplate("Renamed by the matrix"), changeNote: "New name", baseVersion: 1 } }),
  },
  "GET /api/w/{ws}/templates/{templateId}/versions/{version}": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/templates/${await acmeTemplateId()}/versions/1` }),
  },
  "GET /api/w/{ws}/templates/{templateId}/diff": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/templates/${await acmeTemplateId()}/diff?from=1&to=1` }),
  },
  "GET /api/w/{ws}/templates/{templateId}/export": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/templates/${await acmeTemplateId()}/export` }),
  },
  "POST /api/w/{ws}/templates/{templateId}/archive": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/templates/${await freshTemplate()}/archive` }),
  },
  "POST /api/w/{ws}/templates/{templateId}/restore": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/templates/${await freshTemplate(true)}/restore` }),
  },

  // Files and meetings on journey steps (issue 4): readers of the journey see them; acting needs
  // the step to be the caller's (aAdmin's step here; aMember may not); removing a file needs its
  // uploader (the owner here) or a manager of the partner. The token lacks journeys:* scopes.
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/files": {
    expect: /*                               */ [401, 201, 201, 201, 403, 403, 403, 201, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${await stepUrl("m_upload")}/files?fileName=matrix-${next()}.pdf`, body: Buffer.from("%PDF-1.7 matrix") }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/files": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
    prepare: async () => ({ url: `${await stepUrl("m_upload")}/files` }),
  },
  "DELETE /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/files/{fileId}": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${await stepUrl("m_delete")}/files/${await freshFile("m_delete")}` }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/files/{fileId}": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
    prepare: async () => ({ url: `${A()}/files/${await (sharedFile ??= freshFile("m_upload"))}` }),
  },
  "PUT /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/meeting": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 200, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${await stepUrl("m_meeting")}/meeting`, body: { version: await stepVersion("m_meeting"), startsAt: "2026-06-02T09:00:00Z", attendeeUserIds: [w.staff.manager.id] } }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/meeting.ics": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
    prepare: async () => ({ url: await scheduledMeetingUrl() }),
  },

  // Journeys: host readers and A's own people read; A's managers change; the read token lacks journeys:*.
  "GET /api/w/{ws}/partners/{partnerId}/journeys": /*  */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401], prepare: () => ({ url: `${A()}/journeys` }) },
  "POST /api/w/{ws}/partners/{partnerId}/journeys": {
    expect: /*                               */ [401, 201, 201, 201, 403, 403, 403, 404, 404, 404, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/partners/${await freshPartnerOfManager()}/journeys`, body: { templateId: await resellerTemplateId() } }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
    prepare: async () => ({ url: (await (sharedJourney ??= freshJourney())).url }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/events": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await (sharedJourney ??= freshJourney())).url}/events` }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/completion-preview": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await (sharedJourney ??= freshJourney())).task}/completion-preview` }),
  },
  // The task belongs to A's admin: A's member may not complete it; staff who manage A may.
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/complete": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 200, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney()).task}/complete`, body: { version: 1 } }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/reopen": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney({ doneTask: true })).task}/reopen`, body: { version: 1, reason: "matrix" } }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/skip": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney()).task}/skip`, body: { version: 1, reason: "matrix" } }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/reassign": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney()).task}/reassign`, body: { version: 1, userId: w.partnerUsers.aMember.id } }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps/{stepId}/reschedule": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney()).task}/reschedule`, body: { version: 1, dueAt: "2026-12-01T09:00:00Z", reason: "matrix" } }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/steps": {
    expect: /*                               */ [401, 201, 201, 201, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney()).url}/steps`, body: { phaseKey: "work", title: "Matrix ad-hoc", ownerRole: "host:manager", dueAt: "2026-12-01T09:00:00Z" } }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/cancel": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney()).url}/cancel`, body: { version: 1, reason: "matrix" } }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/upgrade-preview": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney({ secondVersion: true })).url}/upgrade-preview?toVersion=2` }),
  },
  "POST /api/w/{ws}/partners/{partnerId}/journeys/{journeyId}/upgrade": {
    expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
    prepare: async () => ({ url: `${(await freshJourney({ secondVersion: true })).url}/upgrade`, body: { version: 1, toVersion: 2 } }),
  },
  "GET /api/w/{ws}/partners/{partnerId}/whats-next": /*  */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401], prepare: () => ({ url: `${A()}/whats-next` }) },
  "GET /api/w/{ws}/partners/{partnerId}/assignees": /*   */ { expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401], prepare: () => ({ url: `${A()}/assignees` }) },
  // Work lists: everyone on the host side who can hold a step; cohorts for host readers.
  "GET /api/w/{ws}/work": /*                 */ { expect: [401, 200, 200, 200, 200, 200, 403, 403, 403, 403, 404, 403, 401] },
  "GET /api/w/{ws}/journeys": /*             */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },

  // Admin pages.
  "GET /api/w/{ws}/audit": /*                */ { expect: [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401] },
  "GET /api/w/{ws}/audit.csv": /*            */ { expect: [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401] },
  "GET /api/w/{ws}/outbox": /*               */ { expect: [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401] },
  "GET /api/w/{ws}/api-tokens": /*           */ { expect: [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401] },
  "POST /api/w/{ws}/api-tokens": {
    expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/api-tokens", body: { name: `matrix ${next()}`, scopes: ["partners:read"], expiresInDays: 1 } }),
  },
  "DELETE /api/w/{ws}/api-tokens/{tokenId}": {
    expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => {
      const created = Created.parse((await asOwner("POST", "/api/w/acme/api-tokens", { name: `to revoke ${next()}`, scopes: ["partners:read"], expiresInDays: 1 })).json());
      return { url: `/api/w/acme/api-tokens/${created.id}` };
    },
  },

  // better-auth. It knows cookies only: a Bearer token is no one to it.
  "POST /api/auth/sign-in/email": {
    expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    prepare: () => ({ url: "/api/auth/sign-in/email", body: { email: signInPerson.email, password: testPassword } }),
  },
  "POST /api/auth/sign-out": {
    expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    prepare: () => ({ url: "/api/auth/sign-out", body: {}, freshSession: true }),
  },
  "GET /api/auth/get-session": /*            */ { expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
  "POST /api/auth/invitation/accept": {
    expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    prepare: async () => ({ url: "/api/auth/invitation/accept", body: { token: await invitationTokenOf(await freshStaffInvitation()), name: "New Colleague", password: "a-new-password-1" } }),
  },
  "POST /api/auth/sign-in/magic-link": {
    expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    prepare: () => ({ url: "/api/auth/sign-in/magic-link", body: { email: signInPerson.email } }),
  },
  "POST /api/auth/request-password-reset": {
    expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    prepare: () => ({ url: "/api/auth/request-password-reset", body: { email: resetPerson.email, redirectTo: "/reset-password" } }),
  },
  "POST /api/auth/reset-password": {
    expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    prepare: async () => ({ url: "/api/auth/reset-password", body: { token: await freshResetToken(), newPassword: `reset-password-${next()}` } }),
  },
  // Open sign-up is off (DESIGN section 6): refused for everyone.
  "POST /api/auth/sign-up/email": {
    expect: /*                               */ [400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
    prepare: () => ({ url: "/api/auth/sign-up/email", body: { email: `self.${next()}@signup.test`, password: "long-enough-password", name: "Self Signup" } }),
  },
  "GET /api/auth/list-sessions": /*          */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401] },
  "GET /api/auth/list-accounts": /*          */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401] },
  "POST /api/auth/update-user": {
    expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401],
    prepare: () => ({ url: "/api/auth/update-user", body: { image: null } }),
  },
  "POST /api/auth/change-password": {
    expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401],
    prepare: () => ({ url: "/api/auth/change-password", body: { currentPassword: testPassword, newPassword: testPassword } }),
  },
};

const kit: MatrixKit = {
  app: () => t,
  world: () => w,
  send,
  asOwner,
  next,
  partnerAUrl: A,
};
const table: Record<string, RouteSpec> = { ...coreTable, ...recruitingRows(kit), ...relationshipRows(kit) };

/** Text that must never reach someone outside partner A or outside workspace acme. */
const alphaSecrets = ["Alpha Resellers", "alice@alpha.test", "aaron@alpha.test"];
const acmeSecrets = ["Acme Cloud", "Alpha Resellers", "Beta Services", "owner@acme.test"];

interface Cell {
  route: string;
  caller: Caller;
  expected: Status;
  actual: number;
  problems: string[];
}
const results: Cell[] = [];

function leaksOf(caller: Caller, spec: RouteSpec, response: LightMyRequestResponse): string[] {
  const body = response.body;
  const found: string[] = [];
  const perCaller = spec.capability ? [] : caller === "bAdmin" ? alphaSecrets : caller === "globex" ? acmeSecrets : [];
  const forbiddenText = response.statusCode >= 400 ? [...perCaller, ...alphaSecrets] : perCaller;
  for (const text of forbiddenText) if (body.includes(text)) found.push(`body leaks "${text}"`);
  if (response.statusCode >= 400 && !String(response.headers["content-type"]).includes("application/problem+json")) {
    found.push(`error is ${String(response.headers["content-type"])}, not problem+json`);
  }
  return found;
}

function resolvePath(route: string) {
  return route
    .slice(route.indexOf(" ") + 1)
    .replace("{ws}", "acme")
    .replace("{partnerId}", w.partners.a);
}

function formatRow(route: string, cells: Cell[]) {
  const lines = cells.map((c) => `  ${c.caller.padEnd(13)} expected ${c.expected}  actual ${c.actual}${c.expected === c.actual && c.problems.length === 0 ? "" : "   <-- " + [c.expected === c.actual ? "" : "WRONG STATUS", ...c.problems].filter(Boolean).join("; ")}`);
  return `${route}\n${lines.join("\n")}`;
}

function formatMatrix(cells: Cell[]) {
  const short: Record<Caller, string> = { anon: "anon", owner: "own", admin: "adm", manager: "mgr", manager2: "mg2", interviewer: "int", viewer: "vwr", aAdmin: "aAd", aMember: "aMb", bAdmin: "bAd", globex: "glx", readToken: "tok", revokedToken: "rev" };
  const routes = [...new Set(cells.map((c) => c.route))];
  const width = Math.max(...routes.map((r) => r.length));
  const header = `${"route".padEnd(width)} | ${callers.map((c) => short[c].padEnd(7)).join(" ")}`;
  const lines = routes.map((route) => {
    const row = callers.map((caller) => {
      const cell = cells.find((c) => c.route === route && c.caller === caller);
      if (!cell) return "-".padEnd(7);
      const ok = cell.expected === cell.actual && cell.problems.length === 0;
      const status = cell.expected === cell.actual ? String(cell.actual) : `${cell.expected}≠${cell.actual}`;
      return (ok ? status : `${status}${cell.problems.length ? "!" : ""}`).padEnd(7);
    });
    return `${route.padEnd(width)} | ${row.join(" ")}`;
  });
  return [header, ...lines, "(cells show the status; expected≠actual marks a difference, ! a leak or non-problem+json error)"].join("\n");
}

beforeAll(async () => {
  t = await createTestWorld();
  w = t.world;
  const hash = await testPasswordHash();
  await insertStaff(t.ctx.db, w.acme.id, { name: "Sig Signin", email: signInPerson.email }, "viewer", hash);
  await insertPerson(t.ctx.db, { name: "Rex Reset", email: resetPerson.email }, hash);
  const people: [Caller, string][] = [
    ["owner", w.staff.owner.email],
    ["admin", w.staff.admin.email],
    ["manager", w.staff.manager.email],
    ["manager2", w.staff.otherManager.email],
    ["interviewer", w.staff.interviewer.email],
    ["viewer", w.staff.viewer.email],
    ["aAdmin", w.partnerUsers.aAdmin.email],
    ["aMember", w.partnerUsers.aMember.email],
    ["bAdmin", w.partnerUsers.bAdmin.email],
    ["globex", w.globex.ownerEmail],
  ];
  for (const [caller, email] of people) credentials.set(caller, { cookie: await signIn(t.app, email), email });
  credentials.set("anon", {});
  ownerCookie = credentials.get("owner")?.cookie ?? "";
  const read = CreatedToken.parse((await asOwner("POST", "/api/w/acme/api-tokens", { name: "read only", scopes: ["partners:read"], expiresInDays: 30 })).json());
  credentials.set("readToken", { token: read.secret });
  const revoked = CreatedToken.parse((await asOwner("POST", "/api/w/acme/api-tokens", { name: "revoked", scopes: ["partners:read", "partners:write"], expiresInDays: 30 })).json());
  await asOwner("DELETE", `/api/w/acme/api-tokens/${revoked.id}`);
  credentials.set("revokedToken", { token: revoked.secret });
}, 120_000);

afterAll(async () => {
  const bad = results.filter((c) => c.expected !== c.actual || c.problems.length > 0);
  if (bad.length > 0) console.error(`Authorization matrix: ${bad.length} cell(s) differ from the table\n${formatMatrix(results)}`);
  await t.close();
});

describe("authorization matrix", () => {
  it("has a hand-written row for every route the server offers, and no row for a route it does not", async () => {
    const document = OpenApi.parse((await send("GET", "/api/openapi.json", {})).json());
    const offered = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    const all = new Set([...offered, ...hiddenRoutes]);
    const missing = [...all].filter((route) => !(route in table));
    const stale = Object.keys(table).filter((route) => !all.has(route));
    expect(offered.length).toBeGreaterThan(20);
    expect(missing, `routes without a row in the authorization table: ${missing.join(", ")}`).toEqual([]);
    expect(stale, `rows for routes the server no longer offers: ${stale.join(", ")}`).toEqual([]);
  });

  for (const [route, spec] of Object.entries(table)) {
    it(`answers ${route} for every caller as the table says`, async () => {
      const method = Method.parse(route.slice(0, route.indexOf(" ")));
      const cells: Cell[] = [];
      for (const [index, caller] of callers.entries()) {
        const prepared = spec.prepare ? await spec.prepare(caller) : { url: resolvePath(route) };
        let auth = credentials.get(caller) ?? {};
        if (prepared.freshSession && auth.email) auth = { cookie: await signIn(t.app, auth.email) };
        const response = await send(method, prepared.url, auth, prepared.body);
        const expected = spec.expect[index];
        if (expected === undefined) throw new Error(`row ${route} has no column for ${caller}`);
        cells.push({ route, caller, expected, actual: response.statusCode, problems: leaksOf(caller, spec, response) });
      }
      results.push(...cells);
      const wrong = cells.filter((c) => c.expected !== c.actual || c.problems.length > 0);
      expect(wrong.length, formatRow(route, cells)).toBe(0);
    }, 60_000);
  }
});

describe("tenancy beyond the table", () => {
  it("hides acme's partner A from globex's owner even inside globex's own workspace", async () => {
    const response = await send("GET", `/api/w/globex/partners/${w.partners.a}`, { cookie: credentials.get("globex")?.cookie ?? "" });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain("Alpha Resellers");
  });

  it("gives acme's owner 404, not 403, for the globex workspace", async () => {
    const response = await send("GET", "/api/w/globex/partners", { cookie: ownerCookie });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain("Gamma Globex Partner");
  });

  it("does not let an acme API token into globex", async () => {
    const response = await send("GET", "/api/w/globex/partners", { token: credentials.get("readToken")?.token ?? "" });
    expect(response.statusCode).toBe(404);
  });

  it("hides partner A from partner B's admin in the portal as well", async () => {
    const response = await send("GET", "/api/w/acme/portal", { cookie: credentials.get("bAdmin")?.cookie ?? "" });
    expect(response.statusCode).toBe(200);
    const portal = z.object({ partner: z.object({ id: z.string(), name: z.string() }) }).parse(response.json());
    expect(portal.partner).toEqual({ id: w.partners.b, name: "Beta Services" });
    for (const text of alphaSecrets) expect(response.body).not.toContain(text);
  });

  it("refuses a manager's change to a partner they do not manage and leaves it unchanged", async () => {
    const before = await partnerA();
    const response = await send("PATCH", A(), { cookie: credentials.get("manager2")?.cookie ?? "" }, { version: before.version, name: "Hijacked" });
    expect(response.statusCode).toBe(403);
    expect(await partnerA()).toEqual(before);
  });
});
