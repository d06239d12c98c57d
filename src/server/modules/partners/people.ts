import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { PartnerPeople } from "../../../domain/partners/schemas";
import type { AppContext } from "../../context";
import { invitations, partnerMembers, partnerTeam, partners, staffMemberships, user } from "../../db/schema";
import { conflict, notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { createInvitation } from "../invitations/service";
import { authorizePartner } from "./access";

/** The partner's own people, its open invitations, and who at the host looks after it. */
export async function partnerPeople(ctx: AppContext, caller: Caller, partnerId: string): Promise<PartnerPeople> {
  await authorizePartner(ctx.db, caller, partnerId, "partner.read");
  return peopleOf(ctx, partnerId);
}

/** The people of a partner the caller was already authorized for. */
export async function peopleOf(ctx: AppContext, partnerId: string): Promise<PartnerPeople> {
  const [members, pending, owner, team] = await Promise.all([
    ctx.db
      .select({ userId: user.id, name: user.name, email: user.email, role: partnerMembers.role, status: partnerMembers.status, joinedAt: partnerMembers.createdAt })
      .from(partnerMembers)
      .innerJoin(user, eq(user.id, partnerMembers.userId))
      .where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, "active")))
      .orderBy(asc(user.name)),
    ctx.db
      .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, invitedById: user.id, invitedByName: user.name, invitedByEmail: user.email })
      .from(invitations)
      .leftJoin(user, eq(user.id, invitations.invitedBy))
      .where(and(eq(invitations.partnerId, partnerId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, ctx.clock.now())))
      .orderBy(asc(invitations.email)),
    ctx.db.select({ id: user.id, name: user.name, email: user.email }).from(partners).innerJoin(user, eq(user.id, partners.ownerUserId)).where(eq(partners.id, partnerId)),
    ctx.db.select({ id: user.id, name: user.name, email: user.email }).from(partnerTeam).innerJoin(user, eq(user.id, partnerTeam.userId)).where(eq(partnerTeam.partnerId, partnerId)).orderBy(asc(user.name)),
  ]);
  return {
    members: members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() })),
    invitations: pending.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt.toISOString(),
      invitedBy: i.invitedById && i.invitedByName !== null && i.invitedByEmail !== null ? { id: i.invitedById, name: i.invitedByName, email: i.invitedByEmail } : null,
    })),
    hostContacts: [
      ...owner.map((o) => ({ ...o, responsibility: "owner" as const })),
      ...team.filter((t) => !owner.some((o) => o.id === t.id)).map((t) => ({ ...t, responsibility: "team" as const })),
    ],
  };
}

export async function invitePartnerUser(ctx: AppContext, caller: Caller, partnerId: string, input: { email: string; role: "partner_admin" | "partner_member" }) {
  const email = input.email.toLowerCase();
  return ctx.db.transaction(async (tx) => {
    const partner = await authorizePartner(tx, caller, partnerId, "partner.members.invite");
    // A partner admin may invite colleagues, but only the host makes someone a partner admin.
    const role = caller.actor.kind === "partner" ? "partner_member" : input.role;
    const [already] = await tx
      .select({ partnerId: partnerMembers.partnerId })
      .from(partnerMembers)
      .innerJoin(user, eq(user.id, partnerMembers.userId))
      .where(and(eq(partnerMembers.workspaceId, caller.workspace.id), eq(user.email, email), eq(partnerMembers.status, "active")));
    if (already) {
      throw conflict(already.partnerId === partnerId ? `${email} already has access to this portal.` : `${email} already belongs to another partner organisation.`);
    }
    const [staff] = await tx
      .select({ userId: staffMemberships.userId })
      .from(staffMemberships)
      .innerJoin(user, eq(user.id, staffMemberships.userId))
      .where(and(eq(staffMemberships.workspaceId, caller.workspace.id), eq(user.email, email), eq(staffMemberships.status, "active")));
    if (staff) throw conflict(`${email} is staff of this workspace and cannot also be a partner user.`);
    const created = await createInvitation(ctx, tx, {
      workspace: caller.workspace,
      email,
      role,
      partner: { id: partner.id, name: partner.name },
      inviter: { userId: caller.actor.userId, name: caller.name },
    });
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner.user_invited", entityType: "invitation", entityId: created.id, after: { email, role, partnerId } });
    await recordActivity(tx, ctx.clock, { workspaceId: caller.workspace.id, partnerId, actorUserId: caller.actor.userId, kind: "partner.user_invited", summary: `${caller.name} invited ${email} to the portal`, visibility: "shared" });
    return { id: created.id, email, role, expiresAt: created.expiresAt.toISOString(), invitedBy: null };
  });
}

/** Removing someone ends their portal access at once: the next request finds no membership. */
export async function removePartnerMember(ctx: AppContext, caller: Caller, partnerId: string, userId: string) {
  await ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "partner.members.remove");
    if (caller.actor.userId === userId) throw conflict("You cannot remove yourself; ask a colleague or your host contact.");
    const [removed] = await tx
      .update(partnerMembers)
      .set({ status: "removed" })
      .where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, userId), eq(partnerMembers.status, "active")))
      .returning({ role: partnerMembers.role });
    if (!removed) throw notFound("That person");
    if (caller.actor.kind === "partner" && removed.role === "partner_admin") {
      throw conflict("Only the host can remove a partner admin.");
    }
    const [person] = await tx.select({ name: user.name, email: user.email }).from(user).where(eq(user.id, userId));
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner.user_removed", entityType: "user", entityId: userId, before: { partnerId, role: removed.role, status: "active" }, after: { status: "removed" } });
    await recordActivity(tx, ctx.clock, { workspaceId: caller.workspace.id, partnerId, actorUserId: caller.actor.userId, kind: "partner.user_removed", summary: `${caller.name} removed ${person?.name ?? "a user"} from the portal`, visibility: "shared" });
  });
}

export async function revokePartnerInvitation(ctx: AppContext, caller: Caller, partnerId: string, invitationId: string) {
  await ctx.db.transaction(async (tx) => {
    await authorizePartner(tx, caller, partnerId, "partner.members.invite");
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(invitations.id, invitationId), eq(invitations.partnerId, partnerId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ email: invitations.email });
    if (!revoked) throw notFound("That invitation");
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "partner.invitation_revoked", entityType: "invitation", entityId: invitationId, before: { email: revoked.email } });
  });
}
