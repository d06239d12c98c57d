import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CalendarFeedStatus, CreatedCalendarFeed } from "../../../domain/calendar/contracts";
import { Ok, Problem } from "../../../domain/common/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { calendarFeedIcs } from "./feed-content";
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from "./feeds";

const tags = ["calendar"];
const Calendar = z.string().meta({ description: "An iCalendar (RFC 5545) feed" });
// Any text up to the length limit: a malformed secret must get the same 404 as a wrong one.
const FeedParams = z.object({ secret: z.string().max(200) });

export async function calendarRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const feedPath = "/api/w/:ws/me/calendar-feed";

  r.get(
    feedPath,
    { config: { action: "calendar.manage" }, schema: { tags, summary: "Whether my private calendar feed is on, and since when", params: WsParams, response: { 200: CalendarFeedStatus, ...problems } } },
    async (request) => calendarFeedStatus(ctx, callerOf(request)),
  );

  r.post(
    feedPath,
    {
      config: { action: "calendar.manage" },
      schema: { tags, summary: "Turn my calendar feed on or get a new address (the old one stops working; the address is shown once)", params: WsParams, response: { 201: CreatedCalendarFeed, ...problems } },
    },
    async (request, reply) => reply.status(201).send(await createCalendarFeed(ctx, callerOf(request))),
  );

  r.delete(
    feedPath,
    { config: { action: "calendar.manage" }, schema: { tags, summary: "Turn my calendar feed off", params: WsParams, response: { 200: Ok, ...problems } } },
    async (request) => {
      await revokeCalendarFeed(ctx, callerOf(request));
      return { ok: true as const };
    },
  );

  // The secret in the address is the credential: calendar apps send no cookie.
  r.get(
    "/api/calendar/:secret.ics",
    { config: { action: "public" }, schema: { tags, summary: "A person's calendar feed, by the secret address they subscribed to", params: FeedParams, response: { 200: Calendar, 404: Problem } } },
    async (request, reply) => {
      const body = await calendarFeedIcs(ctx, request.params.secret);
      return reply.header("cache-control", "private, no-cache").type("text/calendar; charset=utf-8").send(body);
    },
  );
}
