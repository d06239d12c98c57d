import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Readable } from "node:stream";
import { z } from "zod";
import { Problem, WorkspaceSlug } from "../../../domain/common/schemas";
import { ProgramKey } from "../../../domain/programs/schemas";
import { ApplicationReceived, ApplicationSubmission, ApplicationUpload, PublicApplicationForm, PublicPartneringPage, UploadQuery } from "../../../domain/applications/views";
import type { AppContext } from "../../context";
import { AppError } from "../../errors";
import { problems } from "../../plugins/route-kit";
import { publicForm, publicPartneringPage, uploadApplicationFile } from "./public-service";
import { submitApplication } from "./submit";

const PublicParams = z.object({ ws: WorkspaceSlug, programKey: ProgramKey });
const tags = ["applications (public)"];
const base = "/api/public/w/:ws/programs/:programKey";
const limited = { ...problems, 413: Problem, 429: Problem };

/** How many requests one client address may make per window: few submissions, more reads. */
export const publicLimits = {
  read: { max: 120, timeWindow: 60_000 },
  upload: { max: 20, timeWindow: 10 * 60_000 },
  submit: { max: 5, timeWindow: 10 * 60_000 },
} as const;

/**
 * The signed-out routes of the application form and partnering page. The rate limiter is
 * registered in this context only, with a store per route, so it guards these routes and no
 * other; over the limit a client gets 429 with Retry-After and a problem+json body.
 */
export async function publicApplicationRoutes(app: FastifyInstance, ctx: AppContext) {
  await app.register(async (scoped) => {
    await scoped.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        new AppError(429, "Too many requests", `You have sent too many requests from this address. Wait ${context.after} and try again.`),
    });
    const r = scoped.withTypeProvider<ZodTypeProvider>();

    r.get(
      `${base}/application-form`,
      { config: { action: "public", rateLimit: publicLimits.read }, schema: { tags, summary: "The program's application form, when it is open", params: PublicParams, response: { 200: PublicApplicationForm, ...limited } } },
      async (request) => publicForm(ctx, request.params.ws, request.params.programKey),
    );

    r.get(
      `${base}/partnering-page`,
      { config: { action: "public", rateLimit: publicLimits.read }, schema: { tags, summary: "How partnering with us works: the program's page, when it is published", params: PublicParams, response: { 200: PublicPartneringPage, ...limited } } },
      async (request) => publicPartneringPage(ctx, request.params.ws, request.params.programKey),
    );

    r.post(
      `${base}/applications`,
      {
        config: { action: "public", rateLimit: publicLimits.submit },
        schema: { tags, summary: "Apply: creates an applicant and sends a confirmation (400 names each field at fault)", params: PublicParams, body: ApplicationSubmission, response: { 201: ApplicationReceived, ...limited } },
      },
      async (request, reply) => reply.status(201).send(await submitApplication(ctx, request.params.ws, request.params.programKey, request.body)),
    );
  });

  // The upload takes the raw file as its body: a context of its own, so only this route parses bodies that way.
  await app.register(async (scoped) => {
    await scoped.register(rateLimit, { global: false, errorResponseBuilder: (_request, context) => new AppError(429, "Too many requests", `You have sent too many files from this address. Wait ${context.after} and try again.`) });
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    scoped.withTypeProvider<ZodTypeProvider>().post(
      `${base}/uploads`,
      {
        config: { action: "public", rateLimit: publicLimits.upload },
        schema: { tags, summary: "Attach a file to a file question before applying: the raw file as the body, its type as Content-Type, ?question=&fileName=", params: PublicParams, querystring: UploadQuery, response: { 201: ApplicationUpload, ...limited } },
      },
      async (request, reply) => {
        const body = request.body instanceof Readable ? request.body : Readable.from([]);
        const length = Number(request.headers["content-length"]);
        try {
          const upload = await uploadApplicationFile(ctx, request.params.ws, request.params.programKey, { ...request.query, contentType: request.headers["content-type"], declaredLength: Number.isFinite(length) ? length : undefined, body });
          return reply.status(201).send(upload);
        } catch (error) {
          // The rest of an oversized body is not read: the connection closes after the answer.
          if (error instanceof AppError && error.status === 413) void reply.header("connection", "close");
          throw error;
        }
      },
    );
  });
}
