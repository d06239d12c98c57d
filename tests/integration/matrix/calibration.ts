import { insertStaff } from "../../factories/people";
import { testPasswordHash } from "../../support/test-app";
import type { AreaRows } from "./kit";

/*
 * Calibration (R-B4): owners, admins and partner managers read the figures, the retro notes and
 * the certified culture interviewers; owners and admins change notes and certifications.
 * Interviewers, viewers and partner users get 403; the read token lacks recruiting:read.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const calibrationRows: AreaRows = (kit) => {
  const freshInterviewer = async () => {
    const n = kit.next();
    return insertStaff(kit.app().ctx.db, kit.world().acme.id, { name: `Matrix Interviewer ${n}`, email: `matrix.interviewer.${n}@acme.test` }, "interviewer", await testPasswordHash());
  };
  const freshCertified = async () => {
    const userId = await freshInterviewer();
    await kit.asOwner("PUT", `/api/w/acme/certifications/${userId}`, { note: "Matrix" });
    return userId;
  };
  return {
    "GET /api/w/{ws}/calibration": /*          */ { expect: [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401] },
    "GET /api/w/{ws}/calibration/notes": /*    */ { expect: [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401] },
    "POST /api/w/{ws}/calibration/notes": {
      expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: () => ({ url: "/api/w/acme/calibration/notes", body: { scope: {}, body: `Matrix retro ${kit.next()}` } }),
    },
    "GET /api/w/{ws}/certifications": /*       */ { expect: [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401] },
    "PUT /api/w/{ws}/certifications/{userId}": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/certifications/${await freshInterviewer()}`, body: { note: "Matrix" } }),
    },
    "DELETE /api/w/{ws}/certifications/{userId}": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/certifications/${await freshCertified()}` }),
    },
  };
};
