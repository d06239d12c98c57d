import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { RetroInsight, RetroInsightInput, RetroInsightQuery, RetroInsightStatusChange, TemplateInsights } from "../../../domain/retros/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { changeInsightStatus, listInsights, recordInsight, templateInsights } from "./service";

const tags = ["retrospective insights"];

export async function retroRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/templates/:templateId/insights",
    {
      config: { action: "retro.read" },
      schema: { tags, summary: "Per version of a template (newest first): the insights asking to change it and those it answers", params: WsParams.extend({ templateId: Id }), response: { 200: TemplateInsights, ...problems } },
    },
    async (request) => templateInsights(ctx, callerOf(request), request.params.templateId),
  );

  r.get(
    "/api/w/:ws/retro-insights",
    { config: { action: "retro.read" }, schema: { tags, summary: "Retrospective insights, newest first, by template and status", params: WsParams, querystring: RetroInsightQuery, response: { 200: z.array(RetroInsight), ...problems } } },
    async (request) => listInsights(ctx, callerOf(request), request.query),
  );

  r.post(
    "/api/w/:ws/retro-insights",
    { config: { action: "retro.manage" }, schema: { tags, summary: "Record what a retrospective learned about a template version", params: WsParams, body: RetroInsightInput, response: { 201: RetroInsight, ...problems } } },
    async (request, reply) => reply.status(201).send(await recordInsight(ctx, callerOf(request), request.body)),
  );

  r.patch(
    "/api/w/:ws/retro-insights/:insightId",
    {
      config: { action: "retro.manage" },
      schema: { tags, summary: "Mark an insight open, addressed or dismissed (send the status you saw)", params: WsParams.extend({ insightId: Id }), body: RetroInsightStatusChange, response: { 200: RetroInsight, ...problems } },
    },
    async (request) => changeInsightStatus(ctx, callerOf(request), request.params.insightId, request.body),
  );
}
