import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CompleteEarlyWin, CreateEarlyWin, EarlyWin, EarlyWinList, ScheduleCheckIns, UpdateCaseStudy, UpdateEarlyWin } from "../../../domain/alignment/contracts";
import { Id } from "../../../domain/common/schemas";
import { attachmentDisposition } from "../../../domain/files/accept";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { scheduleCheckIns } from "./check-ins";
import { caseStudyFile, completeEarlyWin, updateCaseStudy } from "./completion";
import { createEarlyWin, listEarlyWins, updateEarlyWin } from "./service";

const PartnerParams = WsParams.extend({ partnerId: Id });
const EarlyWinParams = PartnerParams.extend({ earlyWinId: Id });
const base = "/api/w/:ws/partners/:partnerId/early-wins";
const tags = ["early wins"];
const Markdown = z.string().meta({ description: "The case study as a Markdown file" });

export async function earlyWinRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    base,
    { config: { action: "relationship.read" }, schema: { tags, summary: "Early wins of a partner, the 30-day window and who may lead", params: PartnerParams, response: { 200: EarlyWinList, ...problems } } },
    async (request) => listEarlyWins(ctx, callerOf(request), request.params.partnerId),
  );

  r.post(
    base,
    {
      config: { action: "relationship.write" },
      schema: { tags, summary: "Agree an early win (a lead on each side, deadline within 30 days of the start)", params: PartnerParams, body: CreateEarlyWin, response: { 201: EarlyWin, ...problems } },
    },
    async (request, reply) => reply.code(201).send(await createEarlyWin(ctx, callerOf(request), request.params.partnerId, request.body)),
  );

  r.put(
    `${base}/:earlyWinId`,
    { config: { action: "relationship.write" }, schema: { tags, summary: "Change an early win (send its version)", params: EarlyWinParams, body: UpdateEarlyWin, response: { 200: EarlyWin, ...problems } } },
    async (request) => updateEarlyWin(ctx, callerOf(request), request.params.partnerId, request.params.earlyWinId, request.body),
  );

  r.post(
    `${base}/:earlyWinId/check-ins`,
    {
      config: { action: "relationship.write" },
      schema: { tags, summary: "Schedule the weekly check-ins until the deadline (adds only weeks not planned yet)", params: EarlyWinParams, body: ScheduleCheckIns, response: { 200: EarlyWin, ...problems } },
    },
    async (request) => scheduleCheckIns(ctx, callerOf(request), request.params.partnerId, request.params.earlyWinId, request.body),
  );

  r.post(
    `${base}/:earlyWinId/complete`,
    {
      config: { action: "relationship.write" },
      schema: { tags, summary: "Mark the early win done, announce it to both teams and draft its case study", params: EarlyWinParams, body: CompleteEarlyWin, response: { 200: EarlyWin, ...problems } },
    },
    async (request) => completeEarlyWin(ctx, callerOf(request), request.params.partnerId, request.params.earlyWinId, request.body),
  );

  r.put(
    `${base}/:earlyWinId/case-study`,
    { config: { action: "relationship.write" }, schema: { tags, summary: "Edit the case study (send the early win's version)", params: EarlyWinParams, body: UpdateCaseStudy, response: { 200: EarlyWin, ...problems } } },
    async (request) => updateCaseStudy(ctx, callerOf(request), request.params.partnerId, request.params.earlyWinId, request.body),
  );

  r.get(
    `${base}/:earlyWinId/case-study.md`,
    { config: { action: "relationship.read" }, schema: { tags, summary: "The case study as a Markdown file", params: EarlyWinParams, response: { 200: Markdown, ...problems } } },
    async (request, reply) => {
      const file = await caseStudyFile(ctx, callerOf(request), request.params.partnerId, request.params.earlyWinId);
      return reply.header("content-disposition", attachmentDisposition(file.fileName)).header("cache-control", "private, no-cache").type("text/markdown; charset=utf-8").send(file.body);
    },
  );
}
