import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Id } from "../../../domain/common/schemas";
import { PartnerReadiness } from "../../../domain/readiness/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { partnerReadiness } from "./service";

const PartnerParams = WsParams.extend({ partnerId: Id });

/** The readiness checklist of the trust moments (R-F8). */
export async function readinessRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/w/:ws/partners/:partnerId/readiness",
    {
      config: { action: "health.read" },
      schema: { tags: ["relationship health"], summary: "The readiness checklist of the trust moments, answered from the data; each “no” with its suggested action", params: PartnerParams, response: { 200: PartnerReadiness, ...problems } },
    },
    async (request) => partnerReadiness(ctx, callerOf(request), request.params.partnerId),
  );
}
