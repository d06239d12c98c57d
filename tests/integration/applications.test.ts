import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ApplicationFormConfig, type ApplicationFormInput } from "../../src/domain/applications/questions";
import { PartnerApplication, PublicApplicationForm } from "../../src/domain/applications/views";
import { activity, applications, auditLog, emailTemplates, notifications, outbox, partners, partnerStageHistory, programs } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import { createTestWorld, signInWorld, testOrigin, type TestApp } from "../support/test-app";
import type { World } from "../factories/world";

/*
 * R-B2: the public application form. An admin configures it; a signed-out prospect applies; the
 * answers become an applicant partner with its application, timeline, bell notice and
 * confirmation email, all at once or not at all.
 */

let t: TestApp & { world: World };
let cookies: Awaited<ReturnType<typeof signInWorld>>;
let programId = "";
let address = 0;
const ws = "acme";
const publicBase = `/api/public/w/${ws}/programs/partner-program`;
const Problem = z.object({ detail: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })).optional() });

/** Every request from its own address, unless a test names one (the rate limit counts per address). */
function send(method: "GET" | "POST" | "PUT", url: string, options: { cookie?: string; body?: object | Buffer; ip?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { origin: testOrigin, ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  address++;
  const remoteAddress = options.ip ?? `10.9.${(address >> 8) & 255}.${address & 255}`;
  return t.app.inject({ method, url, headers, remoteAddress, ...(options.body === undefined ? {} : { payload: options.body }) });
}

const form: ApplicationFormInput = {
  version: 0,
  intro: "Tell us about your firm.",
  open: true,
  questions: [
    { key: "pitch", label: "Why would clients love working with you?", kind: "long_text", required: true },
    { key: "segment", label: "Which clients do you serve?", kind: "choice", options: ["Small businesses", "Enterprises"], required: true },
    { key: "team_size", label: "How many people work with you?", kind: "number", min: 1, max: 5000, required: true },
    { key: "references", label: "A case study", kind: "url" },
    { key: "deck", label: "Your company deck", kind: "file", accept: [".pdf"], maxSizeMb: 1 },
  ],
};

let sequence = 0;
function application(overrides: Record<string, unknown> = {}) {
  sequence++;
  return {
    organisationName: `Brightwave Consulting ${sequence}`,
    website: `https://www.brightwave-${sequence}.example`,
    country: "NL",
    contactName: "Dana Diaz",
    contactEmail: `dana.${sequence}@brightwave.example`,
    track: "reseller",
    answers: { pitch: "We look after clients for years.", segment: "Enterprises", team_size: 14 },
    ...overrides,
  };
}

async function counts() {
  const [p] = await t.ctx.db.select({ n: count() }).from(partners);
  const [a] = await t.ctx.db.select({ n: count() }).from(applications);
  const [o] = await t.ctx.db.select({ n: count() }).from(outbox);
  const [n] = await t.ctx.db.select({ n: count() }).from(notifications);
  return { partners: p?.n, applications: a?.n, outbox: o?.n, notifications: n?.n };
}

async function upload(question: string, fileName: string, bytes: Buffer, contentType = "application/pdf") {
  return send("POST", `${publicBase}/uploads?question=${question}&fileName=${encodeURIComponent(fileName)}`, { body: bytes, headers: { "content-type": contentType } });
}

beforeAll(async () => {
  t = await createTestWorld();
  cookies = await signInWorld(t.app, t.world);
  const [program] = await t.ctx.db.select({ id: programs.id }).from(programs).where(and(eq(programs.workspaceId, t.world.acme.id), eq(programs.key, "partner-program")));
  programId = program?.id ?? "";
  const saved = await send("PUT", `/api/w/${ws}/programs/${programId}/application-form`, { cookie: cookies.owner, body: form });
  expect(saved.statusCode, saved.body).toBe(200);
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe("configuring the form", () => {
  it("keeps the questions and asks for the track when the program has several", async () => {
    const response = await send("GET", `/api/w/${ws}/programs/${programId}/application-form`, { cookie: cookies.viewer });
    const config = ApplicationFormConfig.parse(response.json());
    expect(config).toMatchObject({ version: 1, open: true, intro: "Tell us about your firm.", publicPaths: { form: "/w/acme/apply/partner-program", partneringPage: "/w/acme/partnering/partner-program" } });
    expect(config.questions.map((q) => q.key)).toEqual(["pitch", "segment", "team_size", "references", "deck"]);
    expect(config.tracks.length).toBeGreaterThan(1);
    const publicView = PublicApplicationForm.parse((await send("GET", `${publicBase}/application-form`)).json());
    expect(publicView.tracks.map((track) => track.key)).toContain("reseller");
  });

  it("answers 409 to a save based on an old version and keeps the newer one", async () => {
    const response = await send("PUT", `/api/w/${ws}/programs/${programId}/application-form`, { cookie: cookies.admin, body: { ...form, version: 0, intro: "Overwritten" } });
    expect(response.statusCode).toBe(409);
    const config = ApplicationFormConfig.parse((await send("GET", `/api/w/${ws}/programs/${programId}/application-form`, { cookie: cookies.owner })).json());
    expect(config.intro).toBe("Tell us about your firm.");
  });

  it("names each wrong question setting", async () => {
    const questions = [
      { key: "pitch", label: "One", kind: "text" },
      { key: "pitch", label: "Two", kind: "text" },
      { key: "deck", label: "Deck", kind: "file", accept: [".pdf"], maxSizeMb: 99 },
    ];
    const response = await send("PUT", `/api/w/${ws}/programs/${programId}/application-form`, { cookie: cookies.owner, body: { ...form, version: 1, questions } });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors?.map((e) => e.path)).toEqual(["body.questions.1.key", "body.questions.2.maxSizeMb"]);
  });

  it("refuses to open the form of a program without tracks", async () => {
    const created = z.object({ id: z.string() }).parse((await send("POST", `/api/w/${ws}/programs`, { cookie: cookies.owner, body: { key: "empty-program", name: "Empty program" } })).json());
    const response = await send("PUT", `/api/w/${ws}/programs/${created.id}/application-form`, { cookie: cookies.owner, body: { ...form, version: 0 } });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors).toEqual([{ path: "body.open", message: "add a track to the program before opening the form" }]);
    const closed = await send("PUT", `/api/w/${ws}/programs/${created.id}/application-form`, { cookie: cookies.owner, body: { ...form, version: 0, open: false } });
    expect(closed.statusCode).toBe(200);
    expect((await send("GET", `/api/public/w/${ws}/programs/empty-program/application-form`)).statusCode).toBe(404);
  });

  it("lets only owners and admins change it", async () => {
    for (const cookie of [cookies.manager, cookies.viewer, cookies.interviewer]) {
      expect((await send("PUT", `/api/w/${ws}/programs/${programId}/application-form`, { cookie, body: { ...form, version: 1 } })).statusCode).toBe(403);
    }
  });
});

describe("applying", () => {
  it("creates the applicant, its application, history, timeline, bell notices and confirmation email", async () => {
    const input = application({ answers: { pitch: "We look after clients for years.", segment: "Enterprises", team_size: "14", references: "brightwave.example/story" } });
    const response = await send("POST", `${publicBase}/applications`, { body: input });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ received: true });

    const [partner] = await t.ctx.db.select().from(partners).where(eq(partners.name, input.organisationName));
    expect(partner).toMatchObject({ stage: "applicant", programId, contactName: "Dana Diaz", contactEmail: input.contactEmail, country: "NL", website: input.website, ownerUserId: null, typeId: t.world.acme.typeId });
    const partnerId = partner?.id ?? "";
    const [history] = await t.ctx.db.select().from(partnerStageHistory).where(eq(partnerStageHistory.partnerId, partnerId));
    expect(history).toMatchObject({ fromStage: null, toStage: "applicant", reason: "applied through the form", byUserId: null });
    const [stored] = await t.ctx.db.select().from(applications).where(eq(applications.partnerId, partnerId));
    expect(stored?.answers).toMatchObject({ pitch: "We look after clients for years.", segment: "Enterprises", team_size: 14, references: "https://brightwave.example/story", track: "reseller" });
    expect(stored?.questions).toHaveLength(5);

    const mail = await t.ctx.db.select().from(outbox).where(eq(outbox.toAddress, input.contactEmail));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.dedupeKey).toBe(`application-received:${stored?.id}`);
    const timeline = await t.ctx.db.select({ kind: activity.kind }).from(activity).where(eq(activity.partnerId, partnerId));
    expect(timeline.map((entry) => entry.kind).sort()).toEqual(["application.submitted", "email.sent"]);
    const bell = await t.ctx.db.select({ userId: notifications.userId, link: notifications.link }).from(notifications).where(eq(notifications.partnerId, partnerId));
    expect(bell.map((notice) => notice.userId).sort()).toEqual([t.world.staff.owner.id, t.world.staff.admin.id].sort());
    expect(bell[0]?.link).toBe(`/w/acme/partners/${partnerId}`);
    const audit = await t.ctx.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorLabel, `application form (${input.contactEmail})`));
    expect(audit.map((entry) => entry.action).sort()).toEqual(["application.submitted", "partner.created"]);

    const seen = PartnerApplication.parse((await send("GET", `/api/w/${ws}/partners/${partnerId}/application`, { cookie: cookies.viewer })).json());
    expect(seen.application?.answers.map((a) => [a.label, a.answer])).toEqual([
      ["Why would clients love working with you?", "We look after clients for years."],
      ["Which clients do you serve?", "Enterprises"],
      ["How many people work with you?", 14],
      ["A case study", "https://brightwave.example/story"],
      ["Your company deck", null],
    ]);
    expect(seen.application?.track).toEqual({ key: "reseller", name: "Reseller" });
  });

  it("names every wrong field next to it and writes nothing", async () => {
    const before = await counts();
    const input = application({ organisationName: " ", website: "not a site", country: "Narnia", contactEmail: "dana@", track: "pirates", answers: { pitch: "", segment: "Everyone", team_size: 0, references: "ftp://x", extra: "?" } });
    const response = await send("POST", `${publicBase}/applications`, { body: input });
    expect(response.statusCode).toBe(400);
    const errors = Object.fromEntries((Problem.parse(response.json()).errors ?? []).map((e) => [e.path, e.message]));
    expect(errors).toEqual({
      "body.organisationName": "Enter the name of your organisation",
      "body.website": "Enter a web address such as https://www.example.com",
      "body.country": "Choose a country from the list",
      "body.contactEmail": "Enter an email address such as name@example.com",
      "body.track": "Choose one of the kinds of partnership listed",
      "body.answers.extra": "is not a question of this form; reload the page to see the current form",
      "body.answers.pitch": "Answer this question",
      "body.answers.segment": "Choose one of the options",
      "body.answers.team_size": "Enter a number from 1 to 5000",
      "body.answers.references": "Enter a web address such as https://www.example.com",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers a filled honeypot like a real application and keeps nothing", async () => {
    const before = await counts();
    const response = await send("POST", `${publicBase}/applications`, { body: { ...application(), fax: "+1 555 0100" } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ received: true });
    expect(await counts()).toEqual(before);
  });

  it("tells someone who applies again with the same email or website, kindly, and keeps one applicant", async () => {
    const first = application();
    expect((await send("POST", `${publicBase}/applications`, { body: first })).statusCode).toBe(201);
    const sameEmail = await send("POST", `${publicBase}/applications`, { body: application({ contactEmail: first.contactEmail.toUpperCase() }) });
    expect(sameEmail.statusCode).toBe(409);
    expect(Problem.parse(sameEmail.json()).detail).toMatch(/no need to apply again/);
    const sameSite = await send("POST", `${publicBase}/applications`, { body: application({ website: first.website.replace("https://www.", "http://") + "/about" }) });
    expect(sameSite.statusCode).toBe(409);
    expect(await t.ctx.db.select({ id: partners.id }).from(partners).where(eq(partners.name, first.organisationName))).toHaveLength(1);
  });

  it("writes nothing when the confirmation email cannot be made", async () => {
    await t.ctx.db.insert(emailTemplates).values({ id: newId(), workspaceId: t.world.globex.id, key: "application-received", name: "Broken", subject: "Hi", body: "{{ no.such.variable }}", updatedAt: t.clock.now() });
    const globexProgram = await t.ctx.db.select({ id: programs.id }).from(programs).where(eq(programs.workspaceId, t.world.globex.id));
    const globexCookie = cookies.globexOwner;
    const opened = await send("PUT", `/api/w/globex/programs/${globexProgram[0]?.id ?? ""}/application-form`, { cookie: globexCookie, body: { ...form, questions: [] } });
    expect(opened.statusCode, opened.body).toBe(200);
    const before = await counts();
    const response = await send("POST", "/api/public/w/globex/programs/partner-program/applications", { body: application({ answers: {} }) });
    expect(response.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

describe("files", () => {
  it("keeps an attached file with the application, for staff readers only", async () => {
    const uploaded = await upload("deck", "deck.pdf", Buffer.from("%PDF-1.7 our deck"));
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { uploadId } = z.object({ uploadId: z.string() }).parse(uploaded.json());
    const input = application();
    const response = await send("POST", `${publicBase}/applications`, { body: { ...input, answers: { ...input.answers, deck: uploadId } } });
    expect(response.statusCode, response.body).toBe(201);
    const [partner] = await t.ctx.db.select({ id: partners.id }).from(partners).where(eq(partners.name, input.organisationName));
    const url = `/api/w/${ws}/partners/${partner?.id ?? ""}/application`;
    const seen = PartnerApplication.parse((await send("GET", url, { cookie: cookies.owner })).json());
    const file = seen.application?.answers.find((a) => a.key === "deck")?.file;
    expect(file).toMatchObject({ fileName: "deck.pdf", contentType: "application/pdf" });
    const download = await send("GET", `${url}/files/${file?.id ?? ""}`, { cookie: cookies.viewer });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe("%PDF-1.7 our deck");
    expect(download.headers["content-disposition"]).toContain("attachment");
    expect((await send("GET", `${url}/files/${file?.id ?? ""}`, { cookie: cookies.interviewer })).statusCode).toBe(403);
    expect((await send("GET", url, { cookie: cookies.interviewer })).statusCode).toBe(403);

    const reused = await send("POST", `${publicBase}/applications`, { body: { ...application(), answers: { ...input.answers, deck: uploadId } } });
    expect(reused.statusCode).toBe(400);
    expect(Problem.parse(reused.json()).errors).toEqual([{ path: "body.answers.deck", message: "Attach the file again: this upload was already used or has expired" }]);
  });

  it("refuses a file of another type with 400 and one over the limit with 413", async () => {
    const wrongType = await upload("deck", "deck.exe", Buffer.from("MZ"), "application/octet-stream");
    expect(wrongType.statusCode).toBe(400);
    expect(Problem.parse(wrongType.json()).errors).toEqual([{ path: "body.answers.deck", message: "attach a file of type .pdf" }]);
    const tooLarge = await upload("deck", "deck.pdf", Buffer.alloc(1024 * 1024 + 1, 1));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers["content-type"]).toContain("application/problem+json");
    expect((await upload("pitch", "deck.pdf", Buffer.from("%PDF"))).statusCode).toBe(400);
  });

  it("refuses an upload id forged for another question or form", async () => {
    const uploaded = z.object({ uploadId: z.string() }).parse((await upload("deck", "deck.pdf", Buffer.from("%PDF-1.7"))).json());
    const [fileId] = uploaded.uploadId.split(".");
    const forged = `${fileId ?? ""}.${"A".repeat(43)}`;
    const response = await send("POST", `${publicBase}/applications`, { body: application({ answers: { pitch: "x", segment: "Enterprises", team_size: 2, deck: forged } }) });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors?.[0]?.path).toBe("body.answers.deck");
  });
});

describe("what the public cannot reach", () => {
  it("answers 404 with a friendly message for a closed form, an unknown workspace and an unknown program", async () => {
    const closed = await send("PUT", `/api/w/${ws}/programs/${programId}/application-form`, { cookie: cookies.owner, body: { ...form, version: 1, open: false } });
    expect(closed.statusCode, closed.body).toBe(200);
    for (const url of [`${publicBase}/application-form`, "/api/public/w/nowhere/programs/partner-program/application-form", `/api/public/w/${ws}/programs/no-such-program/application-form`]) {
      const response = await send("GET", url);
      expect(response.statusCode).toBe(404);
      expect(Problem.parse(response.json()).detail).toMatch(/no open application form/);
    }
    const before = await counts();
    expect((await send("POST", `${publicBase}/applications`, { body: application() })).statusCode).toBe(404);
    expect((await upload("deck", "deck.pdf", Buffer.from("%PDF"))).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await send("PUT", `/api/w/${ws}/programs/${programId}/application-form`, { cookie: cookies.owner, body: { ...form, version: 2, open: true } })).statusCode).toBe(200);
  });

  it("answers 404 for an unpublished partnering page and shows a published one", async () => {
    expect((await send("GET", `${publicBase}/partnering-page`)).statusCode).toBe(404);
    const content = { headline: "Grow with us", intro: "", process: [{ title: "Apply", text: "Tell us who you are." }], timeline: [{ label: "First reply", duration: "within a week" }], expectations: ["Answer clients within a day"], culture: [] };
    const saved = await send("PUT", `/api/w/${ws}/programs/${programId}/partnering-page`, { cookie: cookies.admin, body: { version: 0, published: true, content } });
    expect(saved.statusCode, saved.body).toBe(200);
    const page = await send("GET", `${publicBase}/partnering-page`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ program: { key: "partner-program" }, content: { headline: "Grow with us" }, formOpen: true });
    expect(PublicApplicationForm.parse((await send("GET", `${publicBase}/application-form`)).json()).partneringPage).toBe(true);
  });

  it("answers 429 with Retry-After once one address has applied too often", async () => {
    const ip = "192.0.2.77";
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await send("POST", `${publicBase}/applications`, { ip, body: application() })).statusCode);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const limited = await send("POST", `${publicBase}/applications`, { ip, body: application() });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["content-type"]).toContain("application/problem+json");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(Problem.parse(limited.json()).detail).toMatch(/too many requests/i);
    // Another address is not affected, and neither are the signed-in routes.
    expect((await send("POST", `${publicBase}/applications`, { body: application() })).statusCode).toBe(201);
  });
});
