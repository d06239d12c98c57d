import { eq } from "drizzle-orm";
import { z } from "zod";
import { journeyTemplates } from "../../../src/server/db/schema";
import type { AreaRows } from "./kit";

/*
 * Retrospective insights (R-F10): staff readers read them per template version; owners, admins
 * and partner managers record them and mark them addressed or dismissed. Interviewers and
 * partner users get 403; the read token lacks journeys:read / journeys:write.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
const Created = z.object({ id: z.string() });

export const retroRows: AreaRows = (kit) => {
  const acmeTemplate = async () => {
    const [template] = await kit.app().ctx.db.select({ id: journeyTemplates.id }).from(journeyTemplates).where(eq(journeyTemplates.workspaceId, kit.world().acme.id)).limit(1);
    if (!template) throw new Error("acme has no journey template");
    return template.id;
  };
  const insight = async () => ({ templateId: await acmeTemplate(), templateVersion: 1, text: `Matrix insight ${kit.next()}` });
  return {
    "GET /api/w/{ws}/templates/{templateId}/insights": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/templates/${await acmeTemplate()}/insights` }),
    },
    "GET /api/w/{ws}/retro-insights": /*       */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },
    "POST /api/w/{ws}/retro-insights": {
      expect: /*                               */ [401, 201, 201, 201, 201, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: "/api/w/acme/retro-insights", body: await insight() }),
    },
    "PATCH /api/w/{ws}/retro-insights/{insightId}": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => {
        const created = Created.parse((await kit.asOwner("POST", "/api/w/acme/retro-insights", await insight())).json());
        return { url: `/api/w/acme/retro-insights/${created.id}`, body: { status: "addressed", statusRead: "open" } };
      },
    },
  };
};
