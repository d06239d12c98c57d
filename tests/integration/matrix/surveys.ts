import { z } from "zod";
import type { AreaRows, Caller } from "./kit";

/*
 * Anonymous surveys (R-F7): staff readers (owner, admin, managers, viewer) list surveys and read
 * results; owners, admins and partner managers open and close them; everyone in a workspace may
 * answer a survey whose audience includes them and lists the surveys open to them. API tokens
 * never answer (a person answers), and the read token lacks relationship:read.
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */
const partnerCallers: readonly Caller[] = ["aAdmin", "aMember", "bAdmin"];

export const surveyRows: AreaRows = (kit) => {
  const question = { key: "trust", kind: "rating", min: 1, max: 10, text: "How much do you trust us?" };
  const freshSurvey = async (audience: "staff" | "partners") => {
    const created = await kit.asOwner("POST", "/api/w/acme/surveys", { title: `Matrix survey ${kit.next()}`, questions: [question], audience });
    return z.object({ id: z.string() }).parse(created.json()).id;
  };
  return {
    "GET /api/w/{ws}/surveys": /*              */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },
    "POST /api/w/{ws}/surveys": {
      expect: /*                               */ [401, 201, 201, 201, 201, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: () => ({ url: "/api/w/acme/surveys", body: { title: `Matrix survey ${kit.next()}`, questions: [question], audience: "staff" } }),
    },
    "GET /api/w/{ws}/surveys/{surveyId}": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/surveys/${await freshSurvey("staff")}` }),
    },
    "POST /api/w/{ws}/surveys/{surveyId}/close": {
      expect: /*                               */ [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401],
      prepare: async () => ({ url: `/api/w/acme/surveys/${await freshSurvey("staff")}/close`, body: { version: 1 } }),
    },
    "GET /api/w/{ws}/my-surveys": /*           */ { expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 403, 401] },
    // Each caller answers a fresh survey meant for their side, once.
    "POST /api/w/{ws}/surveys/{surveyId}/answers": {
      expect: /*                               */ [401, 201, 201, 201, 201, 201, 201, 201, 201, 201, 404, 403, 401],
      prepare: async (caller) => ({ url: `/api/w/acme/surveys/${await freshSurvey(partnerCallers.includes(caller) ? "partners" : "staff")}/answers`, body: { answers: { trust: 7 } } }),
    },
  };
};
