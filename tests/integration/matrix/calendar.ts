import { z } from "zod";
import type { AreaRows } from "./kit";

/*
 * The private calendar feed (R-H2): every person of a workspace keeps their own feed (staff of
 * any role and partner users alike); API tokens may not (a feed is a person's, not a script's).
 * The feed itself is read by calendar apps without a session: its secret address is the
 * permission, so every caller gets the same answer.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
const Created = z.object({ url: z.string() });

export const calendarRows: AreaRows = (kit) => ({
  "GET /api/w/{ws}/me/calendar-feed": /*       */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 403, 401] },
  "POST /api/w/{ws}/me/calendar-feed": {
    expect: /*                                 */ [401, 201, 201, 201, 201, 201, 201, 201, 201, 201, 404, 403, 401],
    prepare: () => ({ url: "/api/w/acme/me/calendar-feed" }),
  },
  "DELETE /api/w/{ws}/me/calendar-feed": /*    */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 403, 401] },
  "GET /api/calendar/{secret}.ics": {
    capability: true,
    expect: /*                                 */ [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    prepare: async () => {
      const created = Created.parse((await kit.asOwner("POST", "/api/w/acme/me/calendar-feed")).json());
      return { url: new URL(created.url).pathname };
    },
  },
});
