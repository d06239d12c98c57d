import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Assignee, Cohort, CohortQuery, MyWork, WhatsNext } from "../../../domain/journeys/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { cohort } from "./cohorts";
import { PartnerParams } from "./routes";
import { assignees, myWork, whatsNext } from "./work";

const tags = ["journeys"];

/** Lists across journeys: my work, what's next for a partner, who can own steps, cohorts. */
export async function workRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/w/:ws/work", { config: { action: "work.read" }, schema: { tags, summary: "My open steps across all partners, by urgency", params: WsParams, response: { 200: MyWork, ...problems } } }, async (request) =>
    myWork(ctx, callerOf(request)),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/whats-next",
    { config: { action: "journey.read" }, schema: { tags, summary: "Steps ready now, for the caller's side and the other", params: PartnerParams, response: { 200: WhatsNext, ...problems } } },
    async (request) => whatsNext(ctx, callerOf(request), request.params.partnerId),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/assignees",
    { config: { action: "journey.manage" }, schema: { tags, summary: "People who can own steps of this partner's journey", params: PartnerParams, response: { 200: z.array(Assignee), ...problems } } },
    async (request) => assignees(ctx, callerOf(request), request.params.partnerId),
  );

  r.get(
    "/api/w/:ws/journeys",
    { config: { action: "journey.list" }, schema: { tags, summary: "Journeys of a track or template with status and cohort figures", params: WsParams, querystring: CohortQuery, response: { 200: Cohort, ...problems } } },
    async (request) => cohort(ctx, callerOf(request), request.query),
  );
}
