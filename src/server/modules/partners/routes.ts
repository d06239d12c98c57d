import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Id, Ok } from "../../../domain/common/schemas";
import {
  Partner,
  PartnerInput,
  PartnerInvitationInput,
  PartnerList,
  PartnerListQuery,
  PartnerPatch,
  PartnerPeople,
  PartnerSettings,
  PendingInvitation,
  StageChange,
  StageMove,
  TeamInput,
  Timeline,
  TimelineQuery,
} from "../../../domain/partners/schemas";
import { StageMoveResult } from "../../../domain/pipeline/contracts";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { partnerTimeline } from "../activity/timeline";
import { authorizePartner } from "./access";
import { invitePartnerUser, partnerPeople, removePartnerMember, revokePartnerInvitation } from "./people";
import { createPartner, getPartner, listPartners, listReferenceData, moveStage, setTeam, stageHistory, updatePartner } from "./service";

const PartnerParams = WsParams.extend({ partnerId: Id });
const MemberParams = PartnerParams.extend({ userId: z.string().min(1).max(100) });
const InvitationParams = PartnerParams.extend({ invitationId: Id });
const tags = ["partners"];

export async function partnerRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/w/:ws/partner-settings",
    {
      config: { action: "workspace.read" },
      schema: { tags, summary: "Partner types and tiers of the workspace", params: WsParams, response: { 200: PartnerSettings, ...problems } },
    },
    async (request) => listReferenceData(ctx, callerOf(request)),
  );

  r.get(
    "/api/w/:ws/partners",
    { config: { action: "partner.list" }, schema: { tags, summary: "Search, filter, sort and page partners", params: WsParams, querystring: PartnerListQuery, response: { 200: PartnerList, ...problems } } },
    async (request) => listPartners(ctx, callerOf(request), request.query),
  );

  r.post(
    "/api/w/:ws/partners",
    { config: { action: "partner.create" }, schema: { tags, summary: "Add a partner", params: WsParams, body: PartnerInput, response: { 201: Partner, ...problems } } },
    async (request, reply) => reply.status(201).send(await createPartner(ctx, callerOf(request), request.body)),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId",
    { config: { action: "partner.read" }, schema: { tags, summary: "One partner", params: PartnerParams, response: { 200: Partner, ...problems } } },
    async (request) => getPartner(ctx, callerOf(request), request.params.partnerId),
  );

  r.patch(
    "/api/w/:ws/partners/:partnerId",
    { config: { action: "partner.update" }, schema: { tags, summary: "Edit a partner (send the version you read)", params: PartnerParams, body: PartnerPatch, response: { 200: Partner, ...problems } } },
    async (request) => updatePartner(ctx, callerOf(request), request.params.partnerId, request.body),
  );

  r.post(
    "/api/w/:ws/partners/:partnerId/stage",
    { config: { action: "partner.update" }, schema: { tags, summary: "Move a partner to another lifecycle stage; into onboarding also starts its track's journey and welcomes its contact", params: PartnerParams, body: StageMove, response: { 200: StageMoveResult, ...problems } } },
    async (request) => moveStage(ctx, callerOf(request), request.params.partnerId, request.body),
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/stage-history",
    { config: { action: "partner.internal.read" }, schema: { tags, summary: "Every stage change with who, when and why", params: PartnerParams, response: { 200: z.array(StageChange), ...problems } } },
    async (request) => stageHistory(ctx, callerOf(request), request.params.partnerId),
  );

  r.put(
    "/api/w/:ws/partners/:partnerId/team",
    { config: { action: "partner.team.manage" }, schema: { tags, summary: "Set the host team of a partner", params: PartnerParams, body: TeamInput, response: { 200: Ok, ...problems } } },
    async (request) => {
      await setTeam(ctx, callerOf(request), request.params.partnerId, request.body.userIds);
      return { ok: true as const };
    },
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/people",
    { config: { action: "partner.read" }, schema: { tags, summary: "The partner's people and host contacts", params: PartnerParams, response: { 200: PartnerPeople, ...problems } } },
    async (request) => partnerPeople(ctx, callerOf(request), request.params.partnerId),
  );

  r.post(
    "/api/w/:ws/partners/:partnerId/invitations",
    {
      config: { action: "partner.members.invite" },
      schema: { tags, summary: "Invite someone of the partner to its portal", params: PartnerParams, body: PartnerInvitationInput, response: { 201: PendingInvitation, ...problems } },
    },
    async (request, reply) => reply.status(201).send(await invitePartnerUser(ctx, callerOf(request), request.params.partnerId, request.body)),
  );

  r.delete(
    "/api/w/:ws/partners/:partnerId/invitations/:invitationId",
    { config: { action: "partner.members.invite" }, schema: { tags, summary: "Withdraw a portal invitation", params: InvitationParams, response: { 200: Ok, ...problems } } },
    async (request) => {
      await revokePartnerInvitation(ctx, callerOf(request), request.params.partnerId, request.params.invitationId);
      return { ok: true as const };
    },
  );

  r.delete(
    "/api/w/:ws/partners/:partnerId/members/:userId",
    { config: { action: "partner.members.remove" }, schema: { tags, summary: "Remove someone's portal access", params: MemberParams, response: { 200: Ok, ...problems } } },
    async (request) => {
      await removePartnerMember(ctx, callerOf(request), request.params.partnerId, request.params.userId);
      return { ok: true as const };
    },
  );

  r.get(
    "/api/w/:ws/partners/:partnerId/timeline",
    { config: { action: "partner.read" }, schema: { tags, summary: "What happened to the partner, newest first", params: PartnerParams, querystring: TimelineQuery, response: { 200: Timeline, ...problems } } },
    async (request) => {
      const caller = callerOf(request);
      await authorizePartner(ctx.db, caller, request.params.partnerId, "partner.read");
      return partnerTimeline(ctx.db, { workspaceId: caller.workspace.id, partnerId: request.params.partnerId, sharedOnly: caller.actor.kind === "partner" }, request.query);
    },
  );
}
