import type { AreaRows } from "./kit";

/*
 * The readiness checklist (R-F8) is read like the health scorecard: staff readers only (404 for
 * a user of another partner).
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const readinessRows: AreaRows = () => ({
  "GET /api/w/{ws}/partners/{partnerId}/readiness": /* */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 404, 404, 403, 401] },
});
