import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, fileBlobs, journeyEvents, journeySteps, storedFiles } from "../../src/server/db/schema";
import { insertJourneyRows } from "../factories/journey-rows";
import type { World } from "../factories/world";
import { call, createTestWorld, signInWorld, testOrigin, type TestApp } from "../support/test-app";

/*
 * Upload requests (issue 4): files are checked for type, size and count, kept in PostgreSQL,
 * and seen only by those who may see their step. The server's own cap is 2 MB here, so both
 * limits (the step's and the server's) can be shown with small bodies.
 */

let t: TestApp & { world: World };
let w: World;
let steps: Record<string, string>;
let journeyId = "";
const cookies: Record<"owner" | "manager" | "manager2" | "viewer" | "aAdmin" | "aMember" | "bAdmin", string> = { owner: "", manager: "", manager2: "", viewer: "", aAdmin: "", aMember: "", bAdmin: "" };
const pdf = Buffer.from("%PDF-1.7\n% a tiny test document\n");
const mb = 1024 * 1024;

beforeAll(async () => {
  t = await createTestWorld({ UPLOAD_MAX_MB: "2" });
  w = t.world;
  const inserted = await insertJourneyRows(t.ctx, {
    workspaceId: w.acme.id,
    partnerId: w.partners.a,
    hostUserId: w.staff.manager.id,
    partnerUserId: w.partnerUsers.aAdmin.id,
    startedAt: t.clock.now(),
    template: {
      name: "Files test journey",
      description: "Steps that take files.",
      phases: [
        {
          key: "documents",
          name: "Documents",
          steps: [
            { key: "company_docs", title: "Company documents", kind: "upload_request", owner: "partner:member", due: { after: "start", days: 5 }, accept: ["application/pdf", ".docx"], maxSizeMb: 1, maxFiles: 2 },
            { key: "logo", title: "Your logo", kind: "upload_request", owner: "partner:admin", due: { after: "start", days: 5 }, accept: ["image/*"], maxSizeMb: 10 },
            { key: "credit_check", title: "Credit check report", kind: "upload_request", owner: "host:manager", visibility: "internal", due: { after: "start", days: 5 }, accept: [".pdf"] },
            { key: "intro", title: "Introduce yourselves", kind: "task", owner: "partner:admin", due: { after: "start", days: 5 } },
          ],
        },
      ],
    },
  });
  steps = inserted.stepIds;
  journeyId = inserted.journeyId;
  Object.assign(cookies, await signInWorld(t.app, w));
});
afterAll(() => t.close());

const stepUrl = (key: string, partnerId = w.partners.a) => `/api/w/acme/partners/${partnerId}/journeys/${journeyId}/steps/${steps[key] ?? "missing"}`;

function upload(cookie: string, key: string, fileName: string, contentType: string, payload: Buffer | Readable, partnerId?: string) {
  return t.app.inject({
    method: "POST",
    url: `${stepUrl(key, partnerId)}/files?fileName=${encodeURIComponent(fileName)}`,
    headers: { origin: testOrigin, cookie, "content-type": contentType },
    payload,
  });
}

async function storedCount(key: string) {
  const rows = await t.ctx.db.select({ id: storedFiles.id }).from(storedFiles).where(eq(storedFiles.stepId, steps[key] ?? ""));
  return rows.length;
}

async function removeAll(key: string) {
  const list = await call(t.app, { method: "GET", url: `${stepUrl(key)}/files`, cookie: cookies.owner });
  for (const file of list.json().files as { id: string }[]) {
    const removed = await call(t.app, { method: "DELETE", url: `${stepUrl(key)}/files/${file.id}`, cookie: cookies.owner });
    expect(removed.statusCode).toBe(200);
  }
}

describe("uploading to an upload request", () => {
  it("keeps the file with its hash, lists it and downloads it as an attachment", async () => {
    const created = await upload(cookies.aMember, "company_docs", "C:\\fakepath\\Trade register.pdf", "application/pdf", pdf);
    expect(created.statusCode).toBe(201);
    const file = created.json();
    expect(file).toMatchObject({ fileName: "Trade register.pdf", contentType: "application/pdf", sizeBytes: pdf.length, stepId: steps.company_docs, uploadedBy: { name: "Aaron Alpha" } });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);

    const list = await call(t.app, { method: "GET", url: `${stepUrl("company_docs")}/files`, cookie: cookies.aAdmin });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ files: [{ id: file.id }], rules: { accept: ["application/pdf", ".docx"], maxFiles: 2, maxSizeBytes: 1 * mb }, canUpload: true });

    const download = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/files/${file.id}`, cookie: cookies.manager });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toBe(`attachment; filename="Trade register.pdf"; filename*=UTF-8''Trade%20register.pdf`);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");

    const events = await t.ctx.db.select().from(journeyEvents).where(and(eq(journeyEvents.stepId, steps.company_docs ?? ""), eq(journeyEvents.type, "file.uploaded")));
    expect(events).toEqual([expect.objectContaining({ visibility: "shared", actorUserId: w.partnerUsers.aMember.id, data: expect.objectContaining({ fileId: file.id, sha256: file.sha256 }) })]);
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, file.id));
    expect(audit.map((a) => a.action)).toEqual(["file.uploaded"]);
    await removeAll("company_docs");
  });

  it("refuses a file over the step's limit with 413 and keeps nothing", async () => {
    const before = await storedCount("company_docs");
    const big = Buffer.alloc(mb + 1, 1);
    const response = await upload(cookies.aAdmin, "company_docs", "big.pdf", "application/pdf", big);
    expect(response.statusCode).toBe(413);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().detail).toContain("at most 1 MB");
    expect(await storedCount("company_docs")).toBe(before);
  });

  it("counts the bytes of a body sent without a length and stops at the limit", async () => {
    const before = await storedCount("company_docs");
    let sent = 0;
    // 3 MB in 64 KB chunks, with no Content-Length: only counting can catch it.
    const chunks = Readable.from(
      (function* () {
        for (let i = 0; i < 48; i++) {
          sent += 64 * 1024;
          yield Buffer.alloc(64 * 1024, 2);
        }
      })(),
    );
    const response = await upload(cookies.aAdmin, "company_docs", "stream.pdf", "application/pdf", chunks);
    expect(response.statusCode).toBe(413);
    expect(response.headers.connection).toBe("close");
    expect(await storedCount("company_docs")).toBe(before);
    expect(sent).toBeLessThanOrEqual(48 * 64 * 1024);
  });

  it("applies the server's cap when the step allows more, and takes files larger than the JSON body limit", async () => {
    const fine = await upload(cookies.aAdmin, "logo", "logo.png", "image/png", Buffer.alloc(Math.round(1.5 * mb), 4));
    expect(fine.statusCode).toBe(201);
    expect(fine.json().sizeBytes).toBe(Math.round(1.5 * mb));
    await removeAll("logo");
    const response = await upload(cookies.aAdmin, "logo", "huge.png", "image/png", Buffer.alloc(2 * mb + 10, 3));
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toContain("at most 2 MB");
    const list = await call(t.app, { method: "GET", url: `${stepUrl("logo")}/files`, cookie: cookies.aAdmin });
    expect(list.json().rules).toEqual({ accept: ["image/*"], maxFiles: 1, maxSizeBytes: 2 * mb });
  });

  it("refuses a type the step does not accept, naming what it accepts", async () => {
    const wrong = await upload(cookies.aAdmin, "company_docs", "setup.exe", "application/x-msdownload", Buffer.from("MZ"));
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json().detail).toBe('This step accepts application/pdf, .docx; "setup.exe" (application/x-msdownload) is not one of them.');
    const byExtension = await upload(cookies.aAdmin, "company_docs", "plan.docx", "application/octet-stream", Buffer.from("PK"));
    expect(byExtension.statusCode).toBe(201);
    const badType = await upload(cookies.aAdmin, "company_docs", "x.pdf", "not a type", pdf);
    expect(badType.statusCode).toBe(415);
    const noName = await upload(cookies.aAdmin, "company_docs", "../", "application/pdf", pdf);
    expect(noName.statusCode).toBe(400);
    const empty = await upload(cookies.aAdmin, "company_docs", "empty.pdf", "application/pdf", Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    await removeAll("company_docs");
  });

  it("takes a JSON or text file as a file, not as a request to parse", async () => {
    // The step accepts ".pdf" by name; the body arrives byte for byte whatever its Content-Type says.
    const raw = Buffer.from('{"not": "parsed"}');
    const json = await upload(cookies.manager, "credit_check", "report.pdf", "application/json", raw);
    expect(json.statusCode).toBe(201);
    const download = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/files/${json.json().id}`, cookie: cookies.manager });
    expect(download.rawPayload.equals(raw)).toBe(true);
    const text = await upload(cookies.aAdmin, "company_docs", "notes.pdf", "text/plain", Buffer.from("plain"));
    expect(text.statusCode).toBe(415);
    await removeAll("credit_check");
  });

  it("answers 409 once the step has as many files as it takes", async () => {
    expect((await upload(cookies.aAdmin, "company_docs", "one.pdf", "application/pdf", pdf)).statusCode).toBe(201);
    expect((await upload(cookies.aAdmin, "company_docs", "two.pdf", "application/pdf", pdf)).statusCode).toBe(201);
    const third = await upload(cookies.aAdmin, "company_docs", "three.pdf", "application/pdf", pdf);
    expect(third.statusCode).toBe(409);
    expect(third.json().detail).toContain("at most 2 files");
    await removeAll("company_docs");
  });

  it("takes files only on upload requests, only from those who may act on the step, only while it is open", async () => {
    expect((await upload(cookies.aAdmin, "intro", "a.pdf", "application/pdf", pdf)).statusCode).toBe(400);
    // A member may act on member steps only; the logo is the admin's.
    expect((await upload(cookies.aMember, "logo", "logo.png", "image/png", pdf)).statusCode).toBe(403);
    expect((await upload(cookies.manager2, "logo", "logo.png", "image/png", pdf)).statusCode).toBe(403);
    expect((await upload(cookies.viewer, "logo", "logo.png", "image/png", pdf)).statusCode).toBe(403);
    expect((await upload(cookies.bAdmin, "logo", "logo.png", "image/png", pdf)).statusCode).toBe(404);
    expect((await upload(cookies.bAdmin, "logo", "logo.png", "image/png", pdf, w.partners.b)).statusCode).toBe(404);
    expect((await upload(cookies.aAdmin, "credit_check", "c.pdf", "application/pdf", pdf)).statusCode).toBe(404);

    await t.ctx.db.update(journeySteps).set({ status: "done" }).where(eq(journeySteps.id, steps.logo ?? ""));
    const closed = await upload(cookies.aAdmin, "logo", "logo.png", "image/png", pdf);
    expect(closed.statusCode).toBe(409);
    await t.ctx.db.update(journeySteps).set({ status: "open" }).where(eq(journeySteps.id, steps.logo ?? ""));
    expect((await upload(cookies.manager, "logo", "logo.png", "image/png", pdf)).statusCode).toBe(201);
    await removeAll("logo");
  });
});

describe("who sees which files", () => {
  it("never lets partner B download partner A's file", async () => {
    const file = (await upload(cookies.aAdmin, "company_docs", "secret.pdf", "application/pdf", pdf)).json();
    const viaA = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/files/${file.id}`, cookie: cookies.bAdmin });
    expect(viaA.statusCode).toBe(404);
    const viaB = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.b}/files/${file.id}`, cookie: cookies.bAdmin });
    expect(viaB.statusCode).toBe(404);
    expect(viaB.body).not.toContain("secret.pdf");
    const staffViaB = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.b}/files/${file.id}`, cookie: cookies.owner });
    expect(staffViaB.statusCode).toBe(404);
    await removeAll("company_docs");
  });

  it("hides the files of an internal step from partner users", async () => {
    const file = (await upload(cookies.manager, "credit_check", "credit.pdf", "application/pdf", pdf)).json();
    expect(file.fileName).toBe("credit.pdf");
    for (const cookie of [cookies.aAdmin, cookies.aMember]) {
      expect((await call(t.app, { method: "GET", url: `${stepUrl("credit_check")}/files`, cookie })).statusCode).toBe(404);
      const download = await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/files/${file.id}`, cookie });
      expect(download.statusCode).toBe(404);
      expect(download.body).not.toContain("credit.pdf");
    }
    const viewer = await call(t.app, { method: "GET", url: `${stepUrl("credit_check")}/files`, cookie: cookies.viewer });
    expect(viewer.json()).toMatchObject({ files: [{ fileName: "credit.pdf" }], canUpload: false });
    const event = await t.ctx.db.select().from(journeyEvents).where(and(eq(journeyEvents.stepId, steps.credit_check ?? ""), eq(journeyEvents.type, "file.uploaded")));
    expect(new Set(event.map((e) => e.visibility))).toEqual(new Set(["internal"]));
  });
});

describe("removing files", () => {
  it("lets the uploader or a manager remove a file while the step is open, nobody else", async () => {
    const mine = (await upload(cookies.aMember, "company_docs", "mine.pdf", "application/pdf", pdf)).json();
    const url = `${stepUrl("company_docs")}/files/${mine.id}`;
    expect((await call(t.app, { method: "DELETE", url, cookie: cookies.aAdmin })).statusCode).toBe(403);
    expect((await call(t.app, { method: "DELETE", url, cookie: cookies.manager2 })).statusCode).toBe(403);
    expect((await call(t.app, { method: "DELETE", url, cookie: cookies.bAdmin })).statusCode).toBe(404);
    expect((await call(t.app, { method: "DELETE", url, cookie: cookies.aMember })).statusCode).toBe(200);
    expect((await call(t.app, { method: "DELETE", url, cookie: cookies.aMember })).statusCode).toBe(404);
    const [row] = await t.ctx.db.select().from(storedFiles).where(eq(storedFiles.id, mine.id));
    expect(row?.deletedAt).not.toBeNull();
    expect(await t.ctx.db.select().from(fileBlobs).where(eq(fileBlobs.fileId, mine.id))).toEqual([]);
    expect((await call(t.app, { method: "GET", url: `/api/w/acme/partners/${w.partners.a}/files/${mine.id}`, cookie: cookies.aMember })).statusCode).toBe(404);

    const theirs = (await upload(cookies.aMember, "company_docs", "theirs.pdf", "application/pdf", pdf)).json();
    expect((await call(t.app, { method: "DELETE", url: `${stepUrl("company_docs")}/files/${theirs.id}`, cookie: cookies.manager })).statusCode).toBe(200);
    const removedEvents = await t.ctx.db.select().from(journeyEvents).where(and(eq(journeyEvents.stepId, steps.company_docs ?? ""), eq(journeyEvents.type, "file.removed")));
    expect(removedEvents.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps the files of a finished step", async () => {
    const file = (await upload(cookies.aAdmin, "company_docs", "final.pdf", "application/pdf", pdf)).json();
    await t.ctx.db.update(journeySteps).set({ status: "done" }).where(eq(journeySteps.id, steps.company_docs ?? ""));
    const response = await call(t.app, { method: "DELETE", url: `${stepUrl("company_docs")}/files/${file.id}`, cookie: cookies.manager });
    expect(response.statusCode).toBe(409);
    const list = await call(t.app, { method: "GET", url: `${stepUrl("company_docs")}/files`, cookie: cookies.aAdmin });
    expect(list.json()).toMatchObject({ files: [{ id: file.id }], canUpload: false });
    await t.ctx.db.update(journeySteps).set({ status: "open" }).where(eq(journeySteps.id, steps.company_docs ?? ""));
  });
});
