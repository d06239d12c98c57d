import { quarterOf } from "../../../src/domain/reviews/quarter";
import type { AreaRows } from "./kit";

/*
 * Quarterly reviews (R-F6): staff readers and partner A's users read both sides' figures; owners,
 * admins, partner A's manager and partner A's users rate the current quarter for their side.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const reviewRows: AreaRows = (kit) => {
  // Partner A keeps its quarters in Europe/Berlin (tests/factories/world.ts).
  const current = () => quarterOf(kit.app().clock.now(), "Europe/Berlin");
  return {
    "GET /api/w/{ws}/partners/{partnerId}/reviews": /*      */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401] },
    "PUT /api/w/{ws}/partners/{partnerId}/reviews/{quarter}": {
      expect: /*                                          */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: () => ({ url: `${kit.partnerAUrl()}/reviews/${current()}`, body: { trust: 8, satisfaction: 8, comment: "Steady quarter." } }),
    },
  };
};
