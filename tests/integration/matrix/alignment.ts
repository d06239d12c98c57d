import { z } from "zod";
import type { AreaRows } from "./kit";

/*
 * Preferences survey and alignment record (R-F2, R-F3): staff readers and partner A's users read;
 * owners, admins, A's manager and A's users answer and edit. The other manager, the interviewer
 * and the viewer may not change them (403); B's admin and globex never see A (404); the read
 * token lacks relationship:read.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const alignmentRows: AreaRows = (kit) => {
  const currentVersion = async () => z.object({ version: z.number() }).parse((await kit.asOwner("GET", `${kit.partnerAUrl()}/alignment`)).json()).version;
  return {
    "GET /api/w/{ws}/partners/{partnerId}/preferences": /* */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401], prepare: () => ({ url: `${kit.partnerAUrl()}/preferences` }) },
    "PUT /api/w/{ws}/partners/{partnerId}/preferences": {
      expect: /*                                              */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: () => ({ url: `${kit.partnerAUrl()}/preferences`, body: { meetingFrequency: "weekly", timeZone: "Europe/Berlin", learningStyle: "hands_on", preferredChannel: "video_call" } }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/alignment": /*   */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401], prepare: () => ({ url: `${kit.partnerAUrl()}/alignment` }) },
    "PUT /api/w/{ws}/partners/{partnerId}/alignment": {
      expect: /*                                              */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${kit.partnerAUrl()}/alignment`, body: { versionRead: await currentVersion(), changes: { successLooksLike: `Matrix success ${kit.next()}` } } }),
    },
  };
};
