import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { partners } from "../../../src/server/db/schema";
import type { AreaRows } from "./kit";

/*
 * Email templates (R-B5): owners and admins (recruiting.configure) list, create, edit and reset
 * the workspace's templates; whoever manages a partner (owner, admin, its manager: email.send)
 * lists what can be sent to it, previews and sends. The other manager, interviewers and viewers
 * get 403; partner A's own users 403 on their partner and on the library, partner B's user 404
 * on partner A; the read token lacks recruiting scopes (403).
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
const Versioned = z.object({ version: z.number() });

export const emailTemplatesRows: AreaRows = (kit) => {
  const template = async (key: string) => Versioned.parse((await kit.asOwner("GET", `/api/w/acme/email-templates/${key}`)).json());
  const withContact = async () => {
    await kit.app().ctx.db.update(partners).set({ contactName: "Alice Alpha", contactEmail: "alice@alpha.test" }).where(eq(partners.id, kit.world().partners.a));
    return `${kit.partnerAUrl()}/emails`;
  };
  const edit = { name: "Welcome", subject: "Welcome, {{ partner.name }}", body: "Hello {{ contact.name }}, welcome." };
  return {
    "GET /api/w/{ws}/email-templates": /*      */ { expect: [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401] },
    "POST /api/w/{ws}/email-templates": {
      expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: () => ({ url: "/api/w/acme/email-templates", body: { ...edit, key: `matrix-${kit.next()}` } }),
    },
    "GET /api/w/{ws}/email-templates/{key}": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: () => ({ url: "/api/w/acme/email-templates/welcome" }),
    },
    "PUT /api/w/{ws}/email-templates/{key}": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: "/api/w/acme/email-templates/welcome", body: { ...edit, version: (await template("welcome")).version } }),
    },
    "POST /api/w/{ws}/email-templates/{key}/reset": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: "/api/w/acme/email-templates/decision-no/reset", body: { version: (await template("decision-no")).version } }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/emails/templates": {
      expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
      prepare: () => ({ url: `${kit.partnerAUrl()}/emails/templates` }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/emails/preview": {
      expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
      prepare: async () => ({ url: `${await withContact()}/preview`, body: { templateKey: "welcome" } }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/emails": {
      expect: /*                               */ [401, 201, 201, 201, 403, 403, 403, 403, 403, 404, 404, 403, 401],
      prepare: async () => ({ url: await withContact(), body: { templateKey: "welcome", requestId: randomUUID() } }),
    },
  };
};
