import { z } from "zod";
import { defaultKitStages } from "../../../src/domain/interviews/default-kit";
import { builtInKitId } from "../../../src/server/modules/interviews/kits";
import type { AreaRows } from "./kit";

/*
 * Interviews (R-B3). Kits: everyone on the host side reads them (interviewers use them), owners
 * and admins change them. Interviews of partner A: host readers and the panel read them; A's
 * managers schedule, move, cancel and decide; only the panel scores — here the panel is Ivo the
 * interviewer alone, so owners, admins and managers get 403 on scoring, and a viewer never scores.
 * The summary is for host readers, not for an interviewer. Partner users get 403 (B's admin 404);
 * the read token lacks recruiting:*.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
const Created = z.object({ id: z.string(), version: z.number() });
const Scheduled = z.object({ interview: z.object({ id: z.string(), version: z.number() }) });

export const interviewsRows: AreaRows = (kit) => {
  const A = () => kit.partnerAUrl();
  const kitsUrl = "/api/w/acme/interview-kits";
  const freshKit = async (archived = false) => {
    const created = Created.parse((await kit.asOwner("POST", kitsUrl, { name: `Matrix kit ${kit.next()}`, stages: defaultKitStages })).json());
    if (!archived) return created;
    return Created.parse((await kit.asOwner("POST", `${kitsUrl}/${created.id}/archive`, { version: created.version })).json());
  };
  const freshInterview = async () => {
    const body = { kitId: builtInKitId(kit.world().acme.id), stageKey: "functional_fit", startsAt: "2026-12-03T09:00:00Z", panelUserIds: [kit.world().staff.interviewer.id] };
    const scheduled = Scheduled.parse((await kit.asOwner("POST", `${A()}/interviews`, body)).json()).interview;
    return { url: `${A()}/interviews/${scheduled.id}`, version: scheduled.version };
  };
  let shared: ReturnType<typeof freshInterview> | undefined;
  const sharedInterview = () => (shared ??= freshInterview());
  const fullScorecard = { scores: { capability: { score: 4 }, delivery_track_record: { score: 3 }, commercial_fit: { score: 3 } }, recommendation: "yes" };

  return {
    "GET /api/w/{ws}/interview-kits": /*       */ { expect: [401, 200, 200, 200, 200, 200, 200, 403, 403, 403, 404, 403, 401] },
    "POST /api/w/{ws}/interview-kits": {
      expect: /*                               */ [401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: () => ({ url: kitsUrl, body: { name: `Matrix kit ${kit.next()}`, stages: defaultKitStages } }),
    },
    "GET /api/w/{ws}/interview-kits/{kitId}": {
      expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `${kitsUrl}/${(await freshKit()).id}` }),
    },
    "PATCH /api/w/{ws}/interview-kits/{kitId}": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => {
        const fresh = await freshKit();
        return { url: `${kitsUrl}/${fresh.id}`, body: { version: fresh.version, name: `Renamed ${kit.next()}` } };
      },
    },
    "POST /api/w/{ws}/interview-kits/{kitId}/archive": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => {
        const fresh = await freshKit();
        return { url: `${kitsUrl}/${fresh.id}/archive`, body: { version: fresh.version } };
      },
    },
    "POST /api/w/{ws}/interview-kits/{kitId}/restore": {
      expect: /*                               */ [401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => {
        const fresh = await freshKit(true);
        return { url: `${kitsUrl}/${fresh.id}/restore`, body: { version: fresh.version } };
      },
    },
    "GET /api/w/{ws}/my-interviews": /*        */ { expect: [401, 200, 200, 200, 200, 200, 200, 403, 403, 403, 404, 403, 401] },
    "GET /api/w/{ws}/partners/{partnerId}/interviews": {
      expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 403, 403, 404, 404, 403, 401],
      prepare: async () => {
        await sharedInterview();
        return { url: `${A()}/interviews` };
      },
    },
    "POST /api/w/{ws}/partners/{partnerId}/interviews": {
      expect: /*                               */ [401, 201, 201, 201, 403, 403, 403, 403, 403, 404, 404, 403, 401],
      prepare: () => ({ url: `${A()}/interviews`, body: { kitId: builtInKitId(kit.world().acme.id), stageKey: "functional_fit", startsAt: "2026-12-04T09:00:00Z", panelUserIds: [kit.world().staff.interviewer.id] } }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/candidate": {
      expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 403, 403, 404, 404, 403, 401],
      prepare: async () => {
        await sharedInterview();
        return { url: `${A()}/candidate` };
      },
    },
    "GET /api/w/{ws}/partners/{partnerId}/interviews/{interviewId}": {
      expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 403, 403, 404, 404, 403, 401],
      prepare: async () => ({ url: (await sharedInterview()).url }),
    },
    "PATCH /api/w/{ws}/partners/{partnerId}/interviews/{interviewId}": {
      expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
      prepare: async () => {
        const fresh = await freshInterview();
        return { url: fresh.url, body: { version: fresh.version, location: "Room 4" } };
      },
    },
    "POST /api/w/{ws}/partners/{partnerId}/interviews/{interviewId}/cancel": {
      expect: /*                               */ [401, 200, 200, 200, 403, 403, 403, 403, 403, 404, 404, 403, 401],
      prepare: async () => {
        const fresh = await freshInterview();
        return { url: `${fresh.url}/cancel`, body: { version: fresh.version, reason: "Matrix" } };
      },
    },
    "GET /api/w/{ws}/partners/{partnerId}/interviews/{interviewId}/invite.ics": {
      expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 403, 403, 404, 404, 403, 401],
      prepare: async () => ({ url: `${(await sharedInterview()).url}/invite.ics` }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/interviews/{interviewId}/scorecards": {
      expect: /*                               */ [401, 200, 200, 200, 200, 200, 200, 403, 403, 404, 404, 403, 401],
      prepare: async () => ({ url: `${(await sharedInterview()).url}/scorecards` }),
    },
    "PUT /api/w/{ws}/partners/{partnerId}/interviews/{interviewId}/scorecard": {
      expect: /*                               */ [401, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 403, 401],
      prepare: async () => ({ url: `${(await freshInterview()).url}/scorecard`, body: { scores: { capability: { score: 3 } } } }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/interviews/{interviewId}/scorecard/submit": {
      expect: /*                               */ [401, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 403, 401],
      prepare: async () => ({ url: `${(await freshInterview()).url}/scorecard/submit`, body: fullScorecard }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/decision-summary": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 404, 404, 403, 401],
      prepare: () => ({ url: `${A()}/decision-summary` }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/decision": {
      expect: /*                               */ [401, 201, 201, 201, 403, 403, 403, 403, 403, 404, 404, 403, 401],
      prepare: () => ({ url: `${A()}/decision`, body: { outcome: "yes", reason: "Matrix decision", sendEmail: false } }),
    },
  };
};
