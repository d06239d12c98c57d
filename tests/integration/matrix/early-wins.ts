import { z } from "zod";
import type { AreaRows } from "./kit";

/*
 * Early wins (R-F4): read like the rest of the relationship (staff readers, partner A's users);
 * agreed, changed, checked in on and completed by owners, admins, A's manager and A's users.
 * Each changing call gets an early win of its own (version 1), created by the owner.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const earlyWinRows: AreaRows = (kit) => {
  const base = () => `${kit.partnerAUrl()}/early-wins`;
  const inDays = (days: number) => new Date(kit.app().ctx.clock.now().getTime() + days * 86_400_000).toISOString();
  const body = () => ({ title: `Matrix early win ${kit.next()}`, hostLeadUserId: kit.world().staff.manager.id, partnerLeadUserId: kit.world().partnerUsers.aAdmin.id, deadline: inDays(20) });
  const fresh = async () => z.object({ id: z.string() }).parse((await kit.asOwner("POST", base(), body())).json()).id;
  const done = async () => {
    const id = await fresh();
    await kit.asOwner("POST", `${base()}/${id}/complete`, { version: 1, outcome: "Matrix outcome" });
    return id;
  };
  return {
    "GET /api/w/{ws}/partners/{partnerId}/early-wins": /*                     */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401], prepare: () => ({ url: base() }) },
    "POST /api/w/{ws}/partners/{partnerId}/early-wins": {
      expect: /*                                                                 */ [401, 201, 201, 201, 403, 403, 403, 201, 201, 404, 404, 403, 401],
      prepare: () => ({ url: base(), body: body() }),
    },
    "PUT /api/w/{ws}/partners/{partnerId}/early-wins/{earlyWinId}": {
      expect: /*                                                                 */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await fresh()}`, body: { version: 1, successMeasure: "Matrix measure" } }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/early-wins/{earlyWinId}/check-ins": {
      expect: /*                                                                 */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await fresh()}/check-ins`, body: { version: 1 } }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/early-wins/{earlyWinId}/complete": {
      expect: /*                                                                 */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await fresh()}/complete`, body: { version: 1, outcome: "Matrix outcome" } }),
    },
    "PUT /api/w/{ws}/partners/{partnerId}/early-wins/{earlyWinId}/case-study": {
      expect: /*                                                                 */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await fresh()}/case-study`, body: { version: 1, caseStudy: "# Matrix case study" } }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/early-wins/{earlyWinId}/case-study.md": {
      expect: /*                                                                 */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await done()}/case-study.md` }),
    },
  };
};
