import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id, Problem } from "../../../domain/common/schemas";
import { DryRunInput, ImportPreview, ImportReport, ImportResult, ImportRun, PipelineExportQuery, UploadQuery } from "../../../domain/imports/schemas";
import type { AppContext } from "../../context";
import { AppError } from "../../errors";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { commitImport } from "./commit";
import { pipelineCsv } from "./export";
import { importReportCsv } from "./report-csv";
import { dryRunImport, getImport, uploadImport } from "./service";

const tags = ["imports"];
const ImportParams = WsParams.extend({ importId: Id });
const CsvText = (description: string) => ({ description, content: { "text/csv": { schema: z.string() } } });
/** The demo's Airtable-style export, also offered as the sample on the import page. */
export const sampleCsvPath = new URL("../../db/seed/samples/airtable-partners.csv", import.meta.url);

function attachment(name: string): string {
  const ascii = name.replace(/[^\w.-]+/g, "-");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function importRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/imports/:importId",
    { config: { action: "import.run" }, schema: { tags, summary: "An uploaded import: its columns, first rows and suggested mapping", params: ImportParams, response: { 200: ImportPreview, ...problems } } },
    async (request) => getImport(ctx, callerOf(request), request.params.importId),
  );

  r.post(
    "/api/w/:ws/imports/:importId/dry-run",
    { config: { action: "import.run" }, schema: { tags, summary: "What committing the import with this mapping would do, row by row (writes nothing)", params: ImportParams, body: DryRunInput, response: { 200: ImportReport, ...problems } } },
    async (request) => dryRunImport(ctx, callerOf(request), request.params.importId, request.body),
  );

  r.post(
    "/api/w/:ws/imports/:importId/commit",
    { config: { action: "import.run" }, schema: { tags, summary: "Import every row in one transaction, or none (400 when any row has an error)", params: ImportParams, body: ImportRun, response: { 200: ImportResult, ...problems } } },
    async (request) => commitImport(ctx, callerOf(request), request.params.importId, request.body),
  );

  // CSV answers are streams, registered without the type provider; errors stay problem+json.
  app.get(
    "/api/w/:ws/imports/:importId/report.csv",
    { config: { action: "import.run" }, schema: { tags, summary: "The full report of the last dry run, one line per row (text/csv)", params: ImportParams, response: { 200: CsvText("CSV with a header row"), ...problems } } },
    async (request, reply) => {
      const { importId } = ImportParams.parse(request.params);
      const { fileName, csv } = await importReportCsv(ctx, callerOf(request), importId);
      return reply.type("text/csv; charset=utf-8").header("content-disposition", attachment(fileName)).send(csv);
    },
  );

  app.get(
    "/api/w/:ws/imports/sample.csv",
    { config: { action: "import.run" }, schema: { tags, summary: "A sample Airtable export of 25 partners to try the import with (text/csv)", params: WsParams, response: { 200: CsvText("The sample file"), ...problems } } },
    async (_request, reply) => reply.type("text/csv; charset=utf-8").header("content-disposition", attachment("airtable-partners.csv")).send(await readFile(sampleCsvPath)),
  );

  app.get(
    "/api/w/:ws/pipeline/export.csv",
    { config: { action: "pipeline.read" }, schema: { tags, summary: "The pipeline as CSV, with the board's filters (UTF-8 with BOM, formulas neutralised)", params: WsParams, querystring: PipelineExportQuery, response: { 200: CsvText("One line per partner"), ...problems } } },
    async (request, reply) => {
      const { workspace } = callerOf(request);
      const fileName = `pipeline-${workspace.slug}-${ctx.clock.now().toISOString().slice(0, 10)}.csv`;
      return reply.type("text/csv; charset=utf-8").header("content-disposition", attachment(fileName)).send(pipelineCsv(ctx.db, workspace.id, PipelineExportQuery.parse(request.query)));
    },
  );

  // The upload takes the file itself as the body: its own context, so the raw parser applies here only.
  await app.register(async (scoped) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    scoped.withTypeProvider<ZodTypeProvider>().post(
      "/api/w/:ws/imports",
      {
        config: { action: "import.run" },
        schema: {
          tags,
          summary: "Upload a CSV of partners (the raw file as the body, text/csv, ?fileName=): answers its columns, first rows and a suggested mapping",
          params: WsParams,
          querystring: UploadQuery,
          response: { 201: ImportPreview, ...problems, 413: Problem, 415: Problem },
        },
      },
      async (request, reply) => {
        const body = request.body instanceof Readable ? request.body : Readable.from([]);
        const length = Number(request.headers["content-length"]);
        try {
          const preview = await uploadImport(ctx, callerOf(request), { fileName: request.query.fileName, contentType: request.headers["content-type"], declaredLength: Number.isFinite(length) ? length : undefined, body });
          return reply.status(201).send(preview);
        } catch (error) {
          // The rest of an oversized body is not read: the connection closes after the answer.
          if (error instanceof AppError && error.status === 413) void reply.header("connection", "close");
          throw error;
        }
      },
    );
  });
}
