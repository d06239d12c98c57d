import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Id } from "../../../domain/common/schemas";
import { EscalationList, EscalationView, LessonsLog, PerspectiveInput, RaiseEscalationInput, ResolveEscalationInput, ScheduleResolutionMeetingInput } from "../../../domain/escalations/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";
import { listEscalations, listLessons } from "./read";
import { givePerspective, raiseEscalation, resolve, scheduleResolutionMeeting } from "./service";

const PartnerParams = WsParams.extend({ partnerId: Id });
const EscalationParams = PartnerParams.extend({ escalationId: Id });
const base = "/api/w/:ws/partners/:partnerId/escalations";
const one = `${base}/:escalationId`;
const tags = ["escalations"];

export async function escalationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    base,
    { config: { action: "relationship.read" }, schema: { tags, summary: "The partner's misunderstandings and escalations, newest first, with their status", params: PartnerParams, response: { 200: EscalationList, ...problems } } },
    async (request) => {
      const caller = callerOf(request);
      const partner = await authorizePartner(ctx.db, caller, request.params.partnerId, "relationship.read");
      return listEscalations(ctx.db, caller.workspace.id, partner.id, ctx.clock.now());
    },
  );

  r.post(
    base,
    { config: { action: "relationship.write" }, schema: { tags, summary: "Raise a misunderstanding with your side's perspective (either side)", params: PartnerParams, body: RaiseEscalationInput, response: { 201: EscalationView, ...problems } } },
    async (request, reply) => reply.code(201).send(await raiseEscalation(ctx, callerOf(request), request.params.partnerId, request.body)),
  );

  r.put(
    `${one}/perspective`,
    { config: { action: "relationship.write" }, schema: { tags, summary: "Give or correct your side's perspective (send the version read)", params: EscalationParams, body: PerspectiveInput, response: { 200: EscalationView, ...problems } } },
    async (request) => givePerspective(ctx, callerOf(request), request.params, request.body),
  );

  r.post(
    `${one}/meeting`,
    {
      config: { action: "relationship.write" },
      schema: { tags, summary: "Schedule the resolution meeting (a partner meeting of kind resolution)", params: EscalationParams, body: ScheduleResolutionMeetingInput, response: { 201: EscalationView, ...problems } },
    },
    async (request, reply) => reply.code(201).send(await scheduleResolutionMeeting(ctx, callerOf(request), request.params, request.body)),
  );

  r.post(
    `${one}/resolve`,
    {
      config: { action: "relationship.write" },
      schema: { tags, summary: "Resolve: needs the meeting held, both perspectives, the agreed action and the lesson", params: EscalationParams, body: ResolveEscalationInput, response: { 200: EscalationView, ...problems } },
    },
    async (request) => resolve(ctx, callerOf(request), request.params, request.body),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/lessons",
    { config: { action: "relationship.read" }, schema: { tags, summary: "The lessons log of resolved escalations, both sides' perspectives side by side", params: PartnerParams, response: { 200: LessonsLog, ...problems } } },
    async (request) => {
      const caller = callerOf(request);
      const partner = await authorizePartner(ctx.db, caller, request.params.partnerId, "relationship.read");
      return listLessons(ctx.db, caller.workspace.id, partner.id);
    },
  );
}
