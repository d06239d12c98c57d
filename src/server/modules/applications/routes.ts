import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { PartneringPageConfig, PartneringPageInput } from "../../../domain/applications/partnering-page";
import { ApplicationFormConfig, ApplicationFormInput } from "../../../domain/applications/questions";
import { PartnerApplication } from "../../../domain/applications/views";
import type { AppContext } from "../../context";
import { sendStoredFile } from "../../plugins/send-stored-file";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { getFormConfig, getPartneringPage, saveFormConfig, savePartneringPage } from "./config-service";
import { publicApplicationRoutes } from "./public-routes";
import { openApplicationFile, partnerApplication } from "./staff-service";

const ProgramParams = WsParams.extend({ programId: Id });
const PartnerParams = WsParams.extend({ partnerId: Id });
const tags = ["applications"];
const FileBytes = z.unknown().meta({ description: "The file's bytes, with the type it was uploaded with" });

/** The application form and partnering page of a program (R-B2, R-B7): configuration, the public side, and the application on the partner page. */
export async function applicationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const formPath = "/api/w/:ws/programs/:programId/application-form";
  const pagePath = "/api/w/:ws/programs/:programId/partnering-page";

  r.get(formPath, { config: { action: "program.read" }, schema: { tags, summary: "A program's application form as configured", params: ProgramParams, response: { 200: ApplicationFormConfig, ...problems } } }, async (request) =>
    getFormConfig(ctx, callerOf(request), request.params.programId),
  );

  r.put(
    formPath,
    { config: { action: "recruiting.configure" }, schema: { tags, summary: "Save the application form: intro, open or closed, questions (send the version you read; 0 for a new form)", params: ProgramParams, body: ApplicationFormInput, response: { 200: ApplicationFormConfig, ...problems } } },
    async (request) => saveFormConfig(ctx, callerOf(request), request.params.programId, request.body),
  );

  r.get(pagePath, { config: { action: "program.read" }, schema: { tags, summary: "A program's partnering page as configured", params: ProgramParams, response: { 200: PartneringPageConfig, ...problems } } }, async (request) =>
    getPartneringPage(ctx, callerOf(request), request.params.programId),
  );

  r.put(
    pagePath,
    { config: { action: "recruiting.configure" }, schema: { tags, summary: "Save the partnering page (send the version you read; 0 for a new page)", params: ProgramParams, body: PartneringPageInput, response: { 200: PartneringPageConfig, ...problems } } },
    async (request) => savePartneringPage(ctx, callerOf(request), request.params.programId, request.body),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/application",
    { config: { action: "partner.internal.read" }, schema: { tags, summary: "The partner's application with the questions as asked (null when it did not apply through the form)", params: PartnerParams, response: { 200: PartnerApplication, ...problems } } },
    async (request) => partnerApplication(ctx, callerOf(request), request.params.partnerId),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/application/files/:fileId",
    { config: { action: "partner.internal.read" }, schema: { tags, summary: "Download a file the applicant attached (always as an attachment)", params: PartnerParams.extend({ fileId: Id }), response: { 200: FileBytes, ...problems } } },
    async (request, reply) => {
      const { meta, bytes } = await openApplicationFile(ctx, callerOf(request), request.params.partnerId, request.params.fileId);
      return sendStoredFile(reply, meta, bytes);
    },
  );

  await publicApplicationRoutes(app, ctx);
}
