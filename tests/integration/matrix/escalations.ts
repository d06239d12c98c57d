import { markEscalationMeetingHeld } from "../../../src/server/modules/escalations/meeting-held";
import type { AreaRows } from "./kit";

/*
 * Escalations (R-F5): staff readers and partner A's users read them; owners, admins, partner A's
 * manager and partner A's users raise, answer, schedule and resolve. Partner B's admin and another
 * workspace get 404; interviewers, viewers and the second manager 403; the read token lacks
 * relationship scopes.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const escalationRows: AreaRows = (kit) => {
  const base = () => `${kit.partnerAUrl()}/escalations`;
  const freshEscalation = async () => {
    const raised = await kit.asOwner("POST", base(), { summary: `Matrix misunderstanding ${kit.next()}`, perspective: "The matrix sees it this way." });
    const body: unknown = raised.json();
    if (typeof body !== "object" || body === null || !("id" in body) || typeof body.id !== "string") throw new Error("raising gave no id");
    return body.id;
  };
  const soon = () => new Date(kit.app().clock.now().getTime() + 3_600_000).toISOString();
  return {
    "GET /api/w/{ws}/partners/{partnerId}/escalations": /*  */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401] },
    "GET /api/w/{ws}/partners/{partnerId}/lessons": /*      */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401] },
    "POST /api/w/{ws}/partners/{partnerId}/escalations": {
      expect: /*                                          */ [401, 201, 201, 201, 403, 403, 403, 201, 201, 404, 404, 403, 401],
      prepare: () => ({ url: base(), body: { summary: `Matrix raise ${kit.next()}`, perspective: "How this side sees it." } }),
    },
    "PUT /api/w/{ws}/partners/{partnerId}/escalations/{escalationId}/perspective": {
      expect: /*                                          */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await freshEscalation()}/perspective`, body: { version: 1, perspective: "The other side's view." } }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/escalations/{escalationId}/meeting": {
      expect: /*                                          */ [401, 201, 201, 201, 403, 403, 403, 201, 201, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await freshEscalation()}/meeting`, body: { startsAt: soon(), durationMinutes: 30 } }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/escalations/{escalationId}/resolve": {
      expect: /*                                          */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => {
        const id = await freshEscalation();
        const app = kit.app();
        await app.ctx.db.transaction((tx) => markEscalationMeetingHeld(tx, id, app.clock.now()));
        return { url: `${base()}/${id}/resolve`, body: { version: 1, otherPerspective: "Seen from here.", agreedAction: "Call first.", lessonLearned: "Talk early." } };
      },
    },
  };
};
