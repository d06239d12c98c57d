import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Id } from "../../../domain/common/schemas";
import { HealthPortfolio, PartnerHealth, PortfolioQuery } from "../../../domain/health/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { healthPortfolio } from "./portfolio";
import { partnerScorecard } from "./scorecard";

const PartnerParams = WsParams.extend({ partnerId: Id });
const tags = ["relationship health"];

/** The relationship health scorecard and the portfolio sorted by risk (R-F9). */
export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/w/:ws/health",
    {
      config: { action: "health.read" },
      schema: { tags, summary: "Every live partner's stored health score, riskiest first, with totals per band", params: WsParams, querystring: PortfolioQuery, response: { 200: HealthPortfolio, ...problems } },
    },
    async (request) => healthPortfolio(ctx, callerOf(request), request.query),
  );
  r.get(
    "/api/w/:ws/partners/:partnerId/health",
    {
      config: { action: "health.read" },
      schema: { tags, summary: "A partner's health scorecard: score, band, explained factors and the weekly trend of the last 12 months", params: PartnerParams, response: { 200: PartnerHealth, ...problems } },
    },
    async (request) => partnerScorecard(ctx, callerOf(request), request.params.partnerId),
  );
}
