import { and, count, desc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { OutboxPage, OutboxQuery } from "../../../domain/audit/schemas";
import type { AppContext } from "../../context";
import { outbox } from "../../db/schema";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";

/** The outbox page: what Accord sent, or would send once SMTP is configured. */
export async function outboxRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/w/:ws/outbox",
    { config: { action: "outbox.read" }, schema: { tags: ["email"], summary: "Emails of this workspace, newest first", params: WsParams, querystring: OutboxQuery, response: { 200: OutboxPage, ...problems } } },
    async (request) => {
      const { workspace } = callerOf(request);
      const { page, pageSize, status } = request.query;
      const where = and(eq(outbox.workspaceId, workspace.id), status ? eq(outbox.status, status) : undefined);
      const [rows, [total]] = await Promise.all([
        ctx.db.select().from(outbox).where(where).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(pageSize).offset((page - 1) * pageSize),
        ctx.db.select({ n: count() }).from(outbox).where(where),
      ]);
      return {
        items: rows.map((m) => ({
          id: m.id,
          to: m.toAddress,
          subject: m.subject,
          text: m.textBody,
          status: m.status,
          attempts: m.attempts,
          lastError: m.lastError,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
        total: total?.n ?? 0,
        page,
        pageSize,
        smtpConfigured: Boolean(ctx.config.smtpUrl),
      };
    },
  );
}
