import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { PortalView } from "../../../domain/partners/schemas";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { partnerWithPeople } from "../partners/service";

/** The partner portal's front page: the caller's own organisation, nothing else. */
export async function portalRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/w/:ws/portal",
    { config: { action: "portal.read" }, schema: { tags: ["portal"], summary: "My organisation, my colleagues and my host contacts", params: WsParams, response: { 200: PortalView, ...problems } } },
    async (request) => {
      const caller = callerOf(request);
      if (caller.actor.kind !== "partner") throw new Error("portal.read is granted to partner users only");
      const partnerId = caller.actor.partnerId;
      const { partner, people } = await partnerWithPeople(ctx, caller, partnerId);
      return { partner, people, me: { userId: caller.actor.userId, role: caller.actor.role } };
    },
  );
}
