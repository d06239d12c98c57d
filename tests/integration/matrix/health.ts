import type { AreaRows } from "./kit";

/*
 * Relationship health (R-F9): staff readers (owners, admins, partner managers, viewers) read
 * every partner's scorecard and the portfolio; interviewers and partner users get 403 (the score
 * is the host's own judgement; a user of another partner gets 404 for partner A, as everywhere),
 * the read token lacks relationship:read.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const healthRows: AreaRows = () => ({
  "GET /api/w/{ws}/health": /*                        */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },
  "GET /api/w/{ws}/partners/{partnerId}/health": /*   */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 404, 404, 403, 401] },
});
