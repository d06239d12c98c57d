import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { LifecycleStage } from "../../../domain/partners/lifecycle";
import { Board, BoardColumn, BoardFilters, ColumnQuery } from "../../../domain/pipeline/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { readBoard, readColumn } from "./service";

const tags = ["pipeline"];
const ColumnParams = WsParams.extend({ stage: LifecycleStage });

export async function pipelineRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/pipeline/board",
    {
      config: { action: "pipeline.read" },
      schema: { tags, summary: "Every pipeline stage with its count and first cards, filtered", params: WsParams, querystring: BoardFilters, response: { 200: Board, ...problems } },
    },
    async (request) => readBoard(ctx, callerOf(request), request.query),
  );

  r.get(
    "/api/w/:ws/pipeline/columns/:stage",
    {
      config: { action: "pipeline.read" },
      schema: { tags, summary: "The next cards of one stage column (pass the cursor the previous page gave)", params: ColumnParams, querystring: ColumnQuery, response: { 200: BoardColumn, ...problems } },
    },
    async (request) => readColumn(ctx, callerOf(request), request.params.stage, request.query),
  );
}
