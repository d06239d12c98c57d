import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { OutboxPage, OutboxQuery } from "../../../domain/audit/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { outboxPage } from "./outbox-view";

/** The outbox page: what Accord sent, or would send once SMTP is configured. */
export async function outboxRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/w/:ws/outbox",
    { config: { action: "outbox.read" }, schema: { tags: ["email"], summary: "Emails of this workspace and its people, newest first", params: WsParams, querystring: OutboxQuery, response: { 200: OutboxPage, ...problems } } },
    async (request) => outboxPage(ctx, callerOf(request), request.query),
  );
}
