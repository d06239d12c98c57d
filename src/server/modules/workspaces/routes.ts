import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { can } from "../../../domain/access/policy";
import { Ok } from "../../../domain/common/schemas";
import { Me, RoleChange, StaffDirectory, StaffInvitation, StaffInvitationInput, StaffUser, VersionOnly, WorkspaceInfo } from "../../../domain/workspaces/schemas";
import type { StaffRole } from "../../../domain/access/roles";
import type { AppContext } from "../../context";
import { callerOf, problems, WsParams } from "../../plugins/route-kit";
import { changeRole, getMe, inviteStaff, listStaff, revokeStaffInvitation, setActive } from "./service";

const UserParams = WsParams.extend({ userId: z.string().min(1).max(100) });
const InvitationParams = WsParams.extend({ invitationId: z.uuid({ message: "must be a valid id (UUID)" }) });
const membershipReply = (m: { userId: string; role: StaffRole; status: "active" | "deactivated"; version: number }) => ({
  userId: m.userId,
  role: m.role,
  status: m.status,
  version: m.version,
});
const MembershipReply = StaffUser.pick({ userId: true, role: true, status: true, version: true });

export async function workspaceRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/me",
    { config: { action: "session" }, schema: { tags: ["people"], summary: "Who I am and where I belong", response: { 200: Me, ...problems } } },
    async (request) => {
      const person = request.signedInUser;
      if (!person) throw new Error("session route without a signed-in user");
      return getMe(ctx, person);
    },
  );

  r.get(
    "/api/w/:ws",
    { config: { action: "workspace.read" }, schema: { tags: ["workspace"], summary: "The workspace and my place in it", params: WsParams, response: { 200: WorkspaceInfo, ...problems } } },
    async (request) => {
      const { actor, workspace } = callerOf(request);
      return { ...workspace, me: { kind: actor.kind, role: actor.role, partnerId: actor.kind === "partner" ? actor.partnerId : null } };
    },
  );

  r.get(
    "/api/w/:ws/users",
    { config: { action: "staff.read" }, schema: { tags: ["people"], summary: "Staff of the workspace and pending invitations", params: WsParams, response: { 200: StaffDirectory, ...problems } } },
    async (request) => {
      const caller = callerOf(request);
      return listStaff(ctx, caller, can(caller.actor, "staff.manage") === "allow");
    },
  );

  r.post(
    "/api/w/:ws/invitations",
    {
      config: { action: "staff.manage" },
      schema: { tags: ["people"], summary: "Invite a staff member by email", params: WsParams, body: StaffInvitationInput, response: { 201: StaffInvitation, ...problems } },
    },
    async (request, reply) => reply.status(201).send(await inviteStaff(ctx, callerOf(request), request.body)),
  );

  r.delete(
    "/api/w/:ws/invitations/:invitationId",
    { config: { action: "staff.manage" }, schema: { tags: ["people"], summary: "Withdraw a staff invitation", params: InvitationParams, response: { 200: Ok, ...problems } } },
    async (request) => {
      await revokeStaffInvitation(ctx, callerOf(request), request.params.invitationId);
      return { ok: true as const };
    },
  );

  r.patch(
    "/api/w/:ws/users/:userId",
    {
      config: { action: "staff.manage" },
      schema: { tags: ["people"], summary: "Change a staff member's role", params: UserParams, body: RoleChange, response: { 200: MembershipReply, ...problems } },
    },
    async (request) => membershipReply(await changeRole(ctx, callerOf(request), request.params.userId, request.body)),
  );

  r.post(
    "/api/w/:ws/users/:userId/deactivate",
    {
      config: { action: "staff.manage" },
      schema: { tags: ["people"], summary: "Deactivate a staff member and end their sessions", params: UserParams, body: VersionOnly, response: { 200: MembershipReply, ...problems } },
    },
    async (request) => membershipReply(await setActive(ctx, callerOf(request), request.params.userId, request.body, false)),
  );

  r.post(
    "/api/w/:ws/users/:userId/reactivate",
    {
      config: { action: "staff.manage" },
      schema: { tags: ["people"], summary: "Reactivate a staff member", params: UserParams, body: VersionOnly, response: { 200: MembershipReply, ...problems } },
    },
    async (request) => membershipReply(await setActive(ctx, callerOf(request), request.params.userId, request.body, true)),
  );
}
