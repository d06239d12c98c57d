import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { InvitationAcceptInput, InvitationPreview, SetupInput, SetupResult, SetupStatus } from "../../../domain/workspaces/schemas";
import type { AppContext } from "../../context";
import { problems } from "../../plugins/route-kit";
import { previewInvitation } from "../invitations/service";
import { runFirstSetup, setupNeeded } from "./service";

/** Signed-out endpoints: first-run setup, invitation preview, health. */
export async function publicRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/health", { config: { action: "public" }, schema: { tags: ["operations"], summary: "The process is up", response: { 200: z.object({ status: z.literal("ok") }) } } }, async () => ({ status: "ok" as const }));

  r.get(
    "/api/ready",
    { config: { action: "public" }, schema: { tags: ["operations"], summary: "The database answers", response: { 200: z.object({ status: z.literal("ready"), database: z.string() }), 503: z.object({ status: z.literal("unavailable"), detail: z.string() }) } } },
    async (_request, reply) => {
      try {
        await ctx.database.ping();
        return { status: "ready" as const, database: ctx.database.kind };
      } catch (error) {
        ctx.log.warn({ err: error }, "readiness check failed");
        return reply.status(503).send({ status: "unavailable" as const, detail: "The database does not answer." });
      }
    },
  );

  r.get("/api/setup", { config: { action: "public" }, schema: { tags: ["setup"], summary: "Whether first-run setup is still open", response: { 200: SetupStatus } } }, async () => ({ needed: await setupNeeded(ctx) }));

  r.post(
    "/api/setup",
    { config: { action: "public" }, schema: { tags: ["setup"], summary: "Create the first workspace and its owner", body: SetupInput, response: { 201: SetupResult, ...problems } } },
    async (request, reply) => {
      await runFirstSetup(ctx, request.body);
      return reply.status(201).send({ workspaceSlug: request.body.workspaceSlug });
    },
  );

  r.get(
    "/api/invitations/:token",
    { config: { action: "public" }, schema: { tags: ["people"], summary: "What an invitation link offers", params: z.object({ token: InvitationAcceptInput.shape.token }), response: { 200: InvitationPreview, ...problems } } },
    async (request) => previewInvitation(ctx, request.params.token),
  );
}
