import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { PartnerEvent, RaiseEventInput } from "../../../domain/notifications/partner-events";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { raiseEvent } from "./service";

export async function eventRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/w/:ws/events",
    {
      config: { action: "events.raise" },
      schema: {
        tags: ["events"],
        summary: "Raise an event for a partner (201); a repeated idempotency key answers the first event (200)",
        params: WsParams,
        body: RaiseEventInput,
        response: { 200: PartnerEvent, 201: PartnerEvent, ...problems },
      },
    },
    async (request, reply) => {
      const { event, created } = await raiseEvent(ctx, callerOf(request), request.body);
      return reply.status(created ? 201 : 200).send(event);
    },
  );
}
