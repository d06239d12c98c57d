import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { applications, programs } from "../../../src/server/db/schema";
import { newId } from "../../../src/server/ids";
import { fileStorageFor } from "../../../src/server/storage/file-storage";
import type { AreaRows } from "./kit";

/*
 * The application form and partnering page (R-B2, R-B7). Configuration is read by host readers
 * (program.read: the read token lacks journeys:read) and changed by owners and admins
 * (recruiting.configure). The application on a partner page is the partner's internal record
 * (partner.internal.read): interviewers and partner A's own users 403, partner B's admin 404, the
 * read token (partners:read) may. The public routes answer everybody alike, signed in or not.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
const Created = z.object({ id: z.string() });
const Upload = z.object({ uploadId: z.string() });
const publicBase = "/api/public/w/acme/programs/partner-program";

export const applicationsRows: AreaRows = (kit) => {
  let acmeProgram: Promise<string> | undefined;
  let opened: Promise<void> | undefined;
  let partnerAFile: Promise<string> | undefined;

  const programId = () =>
    (acmeProgram ??= (async () => {
      const [row] = await kit.app().ctx.db.select({ id: programs.id }).from(programs).where(and(eq(programs.workspaceId, kit.world().acme.id), eq(programs.key, "partner-program")));
      if (!row) throw new Error("acme has no partner-program");
      return row.id;
    })());
  const freshProgram = async () => Created.parse((await kit.asOwner("POST", "/api/w/acme/programs", { key: `apply-${kit.next()}`, name: `Apply program ${kit.next()}` })).json()).id;
  /** The acme form open with one file question, and its partnering page published: once. */
  const openForm = () =>
    (opened ??= (async () => {
      const id = await programId();
      const questions = [{ key: "deck", label: "Deck", kind: "file", accept: [".pdf"], maxSizeMb: 1 }];
      await kit.asOwner("PUT", `/api/w/acme/programs/${id}/application-form`, { version: 0, intro: "", open: true, questions });
      await kit.asOwner("PUT", `/api/w/acme/programs/${id}/partnering-page`, { version: 0, published: true, content: { process: [{ title: "Apply" }], timeline: [], expectations: [], culture: [] } });
    })());
  /** Partner A applied once, with a file, so its application has something to download. */
  const fileOfPartnerA = () =>
    (partnerAFile ??= (async () => {
      const { ctx, clock } = kit.app();
      const world = kit.world();
      const file = await fileStorageFor(ctx.config).put(ctx.db, { workspaceId: world.acme.id, partnerId: world.partners.a, stepId: null, fileName: "matrix-deck.pdf", contentType: "application/pdf", uploadedBy: null, createdAt: clock.now() }, Buffer.from("%PDF-1.7 matrix"));
      const questions = [{ key: "deck", label: "Deck", help: "", required: false, kind: "file", accept: [".pdf"], maxSizeMb: 1 }];
      await ctx.db.insert(applications).values({ id: newId(), workspaceId: world.acme.id, programId: await programId(), partnerId: world.partners.a, contactName: "Matrix", contactEmail: "matrix@applicant.test", answers: { deck: file.id }, questions, submittedAt: clock.now() });
      return file.id;
    })());
  const application = () => {
    const n = kit.next();
    return { organisationName: `Matrix Applicant ${n}`, website: `https://applicant-${n}.example`, country: "FR", contactName: "Mat Rix", contactEmail: `applicant.${n}@matrix.test`, track: "reseller", answers: {} };
  };

  return {
    "GET /api/w/{ws}/programs/{programId}/application-form": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/programs/${await programId()}/application-form` }),
    },
    "PUT /api/w/{ws}/programs/{programId}/application-form": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/programs/${await freshProgram()}/application-form`, body: { version: 0, intro: "Matrix", open: false, questions: [] } }),
    },
    "GET /api/w/{ws}/programs/{programId}/partnering-page": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/programs/${await programId()}/partnering-page` }),
    },
    "PUT /api/w/{ws}/programs/{programId}/partnering-page": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/programs/${await freshProgram()}/partnering-page`, body: { version: 0, published: false, content: { process: [], timeline: [], expectations: [], culture: [] } } }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/application": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 404, 404, 200, 401],
      prepare: () => ({ url: `${kit.partnerAUrl()}/application` }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/application/files/{fileId}": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 404, 404, 200, 401],
      prepare: async () => ({ url: `${kit.partnerAUrl()}/application/files/${await fileOfPartnerA()}` }),
    },

    // Signed out: the same answer for everyone, whoever they are signed in as. The workspace's
    // name is on its own public pages on purpose, so these rows skip the per-caller leak check.
    "GET /api/public/w/{ws}/programs/{programKey}/application-form": {
      capability: true,
      expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
      prepare: async () => {
        await openForm();
        return { url: `${publicBase}/application-form` };
      },
    },
    "GET /api/public/w/{ws}/programs/{programKey}/partnering-page": {
      capability: true,
      expect: /*                               */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
      prepare: async () => {
        await openForm();
        return { url: `${publicBase}/partnering-page` };
      },
    },
    "POST /api/public/w/{ws}/programs/{programKey}/uploads": {
      capability: true,
      expect: /*                               */ [201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201],
      prepare: async () => {
        await openForm();
        return { url: `${publicBase}/uploads?question=deck&fileName=matrix-${kit.next()}.pdf`, body: Buffer.from("%PDF-1.7 matrix") };
      },
    },
    "POST /api/public/w/{ws}/programs/{programKey}/applications": {
      capability: true,
      expect: /*                               */ [201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201],
      prepare: async () => {
        await openForm();
        const uploaded = await kit.send("POST", `${publicBase}/uploads?question=deck&fileName=matrix-${kit.next()}.pdf`, {}, Buffer.from("%PDF-1.7 matrix"));
        const { uploadId } = Upload.parse(uploaded.json());
        return { url: `${publicBase}/applications`, body: { ...application(), answers: { deck: uploadId } } };
      },
    },
  };
};
