import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { templateJsonSchema } from "../../../domain/journeys/template";
import {
  TemplateCreateInput,
  TemplateDiffQuery,
  TemplateExportQuery,
  TemplateListQuery,
  TemplatePublishInput,
  TemplateSummary,
  TemplateValidateInput,
  TemplateValidation,
  TemplateVersion,
  TemplateVersionDiff,
  TemplateVersionSummary,
} from "../../../domain/programs/templates";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import {
  createTemplate,
  diffVersions,
  exportTemplateYaml,
  getTemplate,
  getVersion,
  listTemplates,
  listVersions,
  publishVersion,
  setArchived,
  validateTemplateYaml,
} from "./service";

const TemplateParams = WsParams.extend({ templateId: Id });
const VersionParams = TemplateParams.extend({ version: z.coerce.number().int().min(1, "versions start at 1") });
const tags = ["templates"];

/** The template library: YAML in and out, validation with positions, versions, diffs (R-C2, R-C3). */
export async function templateRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/templates",
    { config: { action: "program.read" }, schema: { tags, summary: "The template library", params: WsParams, querystring: TemplateListQuery, response: { 200: z.array(TemplateSummary), ...problems } } },
    async (request) => listTemplates(ctx, callerOf(request), request.query.archived),
  );

  r.post(
    "/api/w/:ws/templates",
    { config: { action: "program.manage" }, schema: { tags, summary: "Create a template from YAML (its version 1)", params: WsParams, body: TemplateCreateInput, response: { 201: TemplateSummary, ...problems } } },
    async (request, reply) => reply.status(201).send(await createTemplate(ctx, callerOf(request), request.body)),
  );

  r.post(
    "/api/w/:ws/templates/validate",
    {
      config: { action: "program.read" },
      schema: { tags, summary: "Check template YAML: problems with path, line and column, or the template", params: WsParams, body: TemplateValidateInput, response: { 200: TemplateValidation, ...problems } },
    },
    async (request) => validateTemplateYaml(request.body.yaml),
  );

  r.get(
    "/api/w/:ws/template-schema",
    {
      config: { action: "program.read" },
      schema: { tags, summary: "JSON Schema of a template document, for editors", params: WsParams, response: { 200: z.record(z.string(), z.unknown()), ...problems } },
    },
    async () => templateJsonSchema(),
  );

  r.get(
    "/api/w/:ws/templates/:templateId",
    { config: { action: "program.read" }, schema: { tags, summary: "One template", params: TemplateParams, response: { 200: TemplateSummary, ...problems } } },
    async (request) => getTemplate(ctx, callerOf(request), request.params.templateId),
  );

  r.get(
    "/api/w/:ws/templates/:templateId/versions",
    { config: { action: "program.read" }, schema: { tags, summary: "Versions with change notes, newest first", params: TemplateParams, response: { 200: z.array(TemplateVersionSummary), ...problems } } },
    async (request) => listVersions(ctx, callerOf(request), request.params.templateId),
  );

  r.post(
    "/api/w/:ws/templates/:templateId/versions",
    {
      config: { action: "program.manage" },
      schema: { tags, summary: "Publish a new version (send the version you started from)", params: TemplateParams, body: TemplatePublishInput, response: { 201: TemplateVersion, ...problems } },
    },
    async (request, reply) => reply.status(201).send(await publishVersion(ctx, callerOf(request), request.params.templateId, request.body)),
  );

  r.get(
    "/api/w/:ws/templates/:templateId/versions/:version",
    { config: { action: "program.read" }, schema: { tags, summary: "One version: YAML, document, change note, who and when", params: VersionParams, response: { 200: TemplateVersion, ...problems } } },
    async (request) => getVersion(ctx, callerOf(request), request.params.templateId, request.params.version),
  );

  r.get(
    "/api/w/:ws/templates/:templateId/diff",
    { config: { action: "program.read" }, schema: { tags, summary: "Steps added, removed, changed and moved between two versions", params: TemplateParams, querystring: TemplateDiffQuery, response: { 200: TemplateVersionDiff, ...problems } } },
    async (request) => diffVersions(ctx, callerOf(request), request.params.templateId, request.query.from, request.query.to),
  );

  r.post(
    "/api/w/:ws/templates/:templateId/archive",
    { config: { action: "program.manage" }, schema: { tags, summary: "Archive a template no track uses", params: TemplateParams, response: { 200: TemplateSummary, ...problems } } },
    async (request) => setArchived(ctx, callerOf(request), request.params.templateId, true),
  );

  r.post(
    "/api/w/:ws/templates/:templateId/restore",
    { config: { action: "program.manage" }, schema: { tags, summary: "Bring an archived template back into the library", params: TemplateParams, response: { 200: TemplateSummary, ...problems } } },
    async (request) => setArchived(ctx, callerOf(request), request.params.templateId, false),
  );

  // Registered without the type provider: the answer is YAML text, not a schema-typed object.
  app.get(
    "/api/w/:ws/templates/:templateId/export",
    {
      config: { action: "program.read" },
      schema: {
        tags,
        summary: "Download a version's YAML (the latest unless ?version=)",
        params: TemplateParams,
        querystring: TemplateExportQuery,
        response: { 200: { description: "The YAML as its author wrote it", content: { "application/yaml": { schema: z.string() } } }, ...problems },
      },
    },
    async (request, reply) => {
      const { templateId } = TemplateParams.parse(request.params);
      const { version } = TemplateExportQuery.parse(request.query);
      const file = await exportTemplateYaml(ctx, callerOf(request), templateId, version);
      return reply.type("application/yaml; charset=utf-8").header("content-disposition", `attachment; filename="${file.filename}"`).send(file.yaml);
    },
  );
}
