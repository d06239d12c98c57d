import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Id } from "../../../domain/common/schemas";
import { QuarterlyReviews, QuarterParams, QuarterRated, RateQuarterInput } from "../../../domain/reviews/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";
import { readReviews } from "./read";
import { rateQuarter } from "./service";

const PartnerParams = WsParams.extend({ partnerId: Id });
const tags = ["reviews"];

export async function reviewRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/partners/:partnerId/reviews",
    { config: { action: "relationship.read" }, schema: { tags, summary: "Both sides' quarterly ratings of trust and satisfaction, newest quarter first", params: PartnerParams, response: { 200: QuarterlyReviews, ...problems } } },
    async (request) => {
      const caller = callerOf(request);
      const partner = await authorizePartner(ctx.db, caller, request.params.partnerId, "relationship.read");
      return readReviews(ctx.db, caller.workspace.id, partner.id, caller.actor.kind === "partner" ? "partner" : "host", ctx.clock.now());
    },
  );

  r.put(
    "/api/w/:ws/partners/:partnerId/reviews/:quarter",
    {
      config: { action: "relationship.write" },
      schema: { tags, summary: "Rate the current quarter for your side (1–10 each, with a comment); a drop or a low score opens an investigation", params: PartnerParams.extend(QuarterParams.shape), body: RateQuarterInput, response: { 200: QuarterRated, ...problems } },
    },
    async (request) => rateQuarter(ctx, callerOf(request), request.params.partnerId, request.params.quarter, request.body),
  );
}
