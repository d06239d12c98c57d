import type { AreaRows } from "./kit";

/*
 * The pipeline board (R-B1): staff readers (owners, admins, partner managers, viewers) read it;
 * interviewers see only their interviews, partner users none of this (403 in their own
 * workspace); globex's owner is no member of acme (404); the read token lacks recruiting:read.
 * Moves go through POST /partners/{partnerId}/stage, whose row is in the core table.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const pipelineRows: AreaRows = () => ({
  "GET /api/w/{ws}/pipeline/board": /*                */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401], prepare: () => ({ url: "/api/w/acme/pipeline/board" }) },
  "GET /api/w/{ws}/pipeline/columns/{stage}": /*      */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401], prepare: () => ({ url: "/api/w/acme/pipeline/columns/screening?limit=5" }) },
});
