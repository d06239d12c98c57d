import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id } from "../../../domain/common/schemas";
import { ApiToken, ApiTokenInput, CreatedApiToken } from "../../../domain/workspaces/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { createToken, listTokens, revokeToken } from "./service";

const tags = ["api tokens"];

export async function tokenRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/w/:ws/api-tokens",
    { config: { action: "tokens.manage" }, schema: { tags, summary: "API tokens of the workspace", params: WsParams, response: { 200: z.array(ApiToken), ...problems } } },
    async (request) => listTokens(ctx, callerOf(request)),
  );
  r.post(
    "/api/w/:ws/api-tokens",
    { config: { action: "tokens.manage" }, schema: { tags, summary: "Create an API token (the secret is shown once)", params: WsParams, body: ApiTokenInput, response: { 201: CreatedApiToken, ...problems } } },
    async (request, reply) => reply.status(201).send(await createToken(ctx, callerOf(request), request.body)),
  );
  r.delete(
    "/api/w/:ws/api-tokens/:tokenId",
    { config: { action: "tokens.manage" }, schema: { tags, summary: "Revoke an API token", params: WsParams.extend({ tokenId: Id }), response: { 200: ApiToken, ...problems } } },
    async (request) => revokeToken(ctx, callerOf(request), request.params.tokenId),
  );
}
