import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AuditPage, AuditQuery } from "../../../domain/audit/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { auditCsv } from "./csv";
import { auditBatches, auditPage } from "./queries";

const ExportQuery = AuditQuery.omit({ page: true, pageSize: true });

export async function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/audit",
    { config: { action: "audit.read" }, schema: { tags: ["audit"], summary: "The audit log, newest first, filtered", params: WsParams, querystring: AuditQuery, response: { 200: AuditPage, ...problems } } },
    async (request) => auditPage(ctx.db, callerOf(request).workspace.id, request.query),
  );

  // Registered without the type provider: its answer is a stream, not a schema-typed object.
  app.get(
    "/api/w/:ws/audit.csv",
    {
      config: { action: "audit.read" },
      // The 200 answer is a text/csv stream with a header row; errors stay problem+json like everywhere.
      schema: {
        tags: ["audit"],
        summary: "The filtered audit log as CSV (text/csv)",
        params: WsParams,
        querystring: ExportQuery,
        response: { 200: { description: "CSV with a header row, oldest entry first", content: { "text/csv": { schema: z.string() } } }, ...problems },
      },
    },
    async (request, reply) => {
      const { workspace } = callerOf(request);
      const filename = `accord-audit-${workspace.slug}-${ctx.clock.now().toISOString().slice(0, 10)}.csv`;
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${filename}"`)
        .send(auditCsv(auditBatches(ctx.db, workspace.id, ExportQuery.parse(request.query))));
    },
  );
}
