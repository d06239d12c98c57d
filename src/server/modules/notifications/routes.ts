import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Id } from "../../../domain/common/schemas";
import { Notification, NotificationList, NotificationQuery, ReadAllResult } from "../../../domain/notifications/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { listNotifications, markAllRead, markRead } from "./service";

const NotificationParams = WsParams.extend({ notificationId: Id });
const tags = ["notifications"];

/** The bell: a person's own notifications in this workspace (staff and partner users; not API tokens). */
export async function notificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/notifications",
    { config: { action: "notifications.read" }, schema: { tags, summary: "My notifications, newest first, with the unread count", params: WsParams, querystring: NotificationQuery, response: { 200: NotificationList, ...problems } } },
    async (request) => listNotifications(ctx, callerOf(request), request.query),
  );

  r.post(
    "/api/w/:ws/notifications/:notificationId/read",
    { config: { action: "notifications.read" }, schema: { tags, summary: "Mark one of my notifications read", params: NotificationParams, response: { 200: Notification, ...problems } } },
    async (request) => markRead(ctx, callerOf(request), request.params.notificationId),
  );

  r.post(
    "/api/w/:ws/notifications/read-all",
    { config: { action: "notifications.read" }, schema: { tags, summary: "Mark all my notifications read", params: WsParams, response: { 200: ReadAllResult, ...problems } } },
    async (request) => markAllRead(ctx, callerOf(request)),
  );
}
