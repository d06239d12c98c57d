import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Readable } from "node:stream";
import { z } from "zod";
import { Id, Ok, Problem } from "../../../domain/common/schemas";
import { StepFiles, StoredFileView, UploadQuery } from "../../../domain/files/schemas";
import type { AppContext } from "../../context";
import { AppError } from "../../errors";
import { sendStoredFile } from "../../plugins/send-stored-file";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { listStepFiles, openPartnerFile, removeStepFile, uploadStepFile } from "./service";

const StepParams = WsParams.extend({ partnerId: Id, journeyId: Id, stepId: Id });
const StepFileParams = StepParams.extend({ fileId: Id });
const PartnerFileParams = WsParams.extend({ partnerId: Id, fileId: Id });
const stepPath = "/api/w/:ws/partners/:partnerId/journeys/:journeyId/steps/:stepId";
const tags = ["files"];
/** Sent as a Buffer, so no serializer touches it; the schema documents the answer only. */
const FileBytes = z.unknown().meta({ description: "The file's bytes, with the type it was uploaded with" });
const uploadProblems = { ...problems, 413: Problem, 415: Problem };

export async function fileRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    `${stepPath}/files`,
    { config: { action: "journey.read" }, schema: { tags, summary: "The files of a step, with what it accepts", params: StepParams, response: { 200: StepFiles, ...problems } } },
    async (request) => listStepFiles(ctx, callerOf(request), request.params),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/files/:fileId",
    { config: { action: "journey.read" }, schema: { tags, summary: "Download a file (always as an attachment)", params: PartnerFileParams, response: { 200: FileBytes, ...problems } } },
    async (request, reply) => {
      const { meta, bytes } = await openPartnerFile(ctx, callerOf(request), request.params.partnerId, request.params.fileId);
      return sendStoredFile(reply, meta, bytes);
    },
  );

  r.delete(
    `${stepPath}/files/:fileId`,
    { config: { action: "journey.step.act" }, schema: { tags, summary: "Remove a file while its step is open", params: StepFileParams, response: { 200: Ok, ...problems } } },
    async (request) => {
      await removeStepFile(ctx, callerOf(request), request.params, request.params.fileId);
      return { ok: true as const };
    },
  );

  // The upload takes the file itself as the body, whatever its type: its own context, so the raw
  // body parser applies to this route only and JSON stays the rule everywhere else.
  await app.register(async (scoped) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    scoped.withTypeProvider<ZodTypeProvider>().post(
      `${stepPath}/files`,
      {
        config: { action: "journey.step.act" },
        schema: {
          tags,
          summary: "Upload a file to an upload request: the raw file as the body, its type as Content-Type, ?fileName=",
          params: StepParams,
          querystring: UploadQuery,
          response: { 201: StoredFileView, ...uploadProblems },
        },
      },
      async (request, reply) => {
        const body = request.body instanceof Readable ? request.body : Readable.from([]);
        const length = Number(request.headers["content-length"]);
        try {
          const file = await uploadStepFile(ctx, callerOf(request), request.params, {
            fileName: request.query.fileName,
            contentType: request.headers["content-type"],
            declaredLength: Number.isFinite(length) ? length : undefined,
            body,
          });
          return reply.status(201).send(file);
        } catch (error) {
          // The rest of an oversized body is not read: the connection closes after the answer.
          if (error instanceof AppError && error.status === 413) void reply.header("connection", "close");
          throw error;
        }
      },
    );
  });
}
