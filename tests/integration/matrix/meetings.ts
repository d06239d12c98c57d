import type { AreaRows } from "./kit";

/*
 * Meetings with a partner (R-F1): staff readers and partner A's users read them and download the
 * invitation; owners, admins, partner A's manager and partner A's users schedule, move, cancel,
 * record and send recaps. Partner B's admin and another workspace get 404; interviewers 403 on
 * everything, viewers and the second manager 403 on changes; the read token lacks relationship scopes.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
export const meetingRows: AreaRows = (kit) => {
  const base = () => `${kit.partnerAUrl()}/meetings`;
  const hoursFromNow = (hours: number) => new Date(kit.app().clock.now().getTime() + hours * 3_600_000).toISOString();
  /** A meeting of partner A scheduled by the owner, `startsInHours` from now (negative: already begun). */
  const freshMeeting = async (startsInHours = 24) => {
    const scheduled = await kit.asOwner("POST", base(), { kind: "check_in", title: `Matrix meeting ${kit.next()}`, startsAt: hoursFromNow(startsInHours), durationMinutes: 30, attendeeUserIds: [kit.world().staff.manager.id] });
    const body: unknown = scheduled.json();
    if (typeof body !== "object" || body === null || !("id" in body) || typeof body.id !== "string") throw new Error("scheduling gave no id");
    return body.id;
  };
  const heldMeeting = async () => {
    const id = await freshMeeting(-2);
    await kit.asOwner("PUT", `${base()}/${id}/record`, { version: 1, notes: "Held in the matrix." });
    return id;
  };
  let shared = "";
  const sharedMeeting = async () => (shared ||= await freshMeeting());
  return {
    "GET /api/w/{ws}/partners/{partnerId}/meetings": /*       */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401] },
    "GET /api/w/{ws}/partners/{partnerId}/meeting-people": /* */ { expect: [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401] },
    "POST /api/w/{ws}/partners/{partnerId}/meetings": {
      expect: /*                                            */ [401, 201, 201, 201, 403, 403, 403, 201, 201, 404, 404, 403, 401],
      prepare: () => ({ url: base(), body: { kind: "alignment", title: `Matrix schedule ${kit.next()}`, startsAt: hoursFromNow(48), attendeeUserIds: [kit.world().staff.manager.id] } }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/meetings/{meetingId}": {
      expect: /*                                            */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await sharedMeeting()}` }),
    },
    "GET /api/w/{ws}/partners/{partnerId}/meetings/{meetingId}/invite.ics": {
      expect: /*                                            */ [401, 200, 200, 200, 200, 403, 200, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await sharedMeeting()}/invite.ics` }),
    },
    "PATCH /api/w/{ws}/partners/{partnerId}/meetings/{meetingId}": {
      expect: /*                                            */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await freshMeeting()}`, body: { version: 1, startsAt: hoursFromNow(30) } }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/meetings/{meetingId}/cancel": {
      expect: /*                                            */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await freshMeeting()}/cancel`, body: { version: 1 } }),
    },
    "PUT /api/w/{ws}/partners/{partnerId}/meetings/{meetingId}/record": {
      expect: /*                                            */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await freshMeeting(-2)}/record`, body: { version: 1, notes: "What we agreed." } }),
    },
    "POST /api/w/{ws}/partners/{partnerId}/meetings/{meetingId}/recap": {
      expect: /*                                            */ [401, 200, 200, 200, 403, 403, 403, 200, 200, 404, 404, 403, 401],
      prepare: async () => ({ url: `${base()}/${await heldMeeting()}/recap`, body: { version: 2 } }),
    },
  };
};
