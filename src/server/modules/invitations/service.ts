import { and, eq, gt, isNull } from "drizzle-orm";
import type { InvitationPreview } from "../../../domain/workspaces/schemas";
import { roleLabel } from "../../../domain/access/labels";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { account, invitations, partnerMembers, partners, staffMemberships, user, workspaces } from "../../db/schema";
import { AppError, badRequest, conflict } from "../../errors";
import { hashSecret, newId, newSecret } from "../../ids";
import { recordActivity } from "../activity/record";
import { writeAudit, type AuditActor } from "../audit/writer";
import { enqueueEmail } from "../email/outbox";
import { hashPassword } from "./passwords";

const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export interface InvitationTarget {
  workspace: { id: string; name: string };
  email: string;
  role: string;
  partner?: { id: string; name: string };
  inviter: { userId: string; name: string };
}

/**
 * Creates an invitation and its email in the caller's transaction. An earlier open invitation of
 * the same person to the same place is revoked, so only the newest link works.
 */
export async function createInvitation(ctx: AppContext, tx: Tx, target: InvitationTarget) {
  const now = ctx.clock.now();
  const email = target.email.toLowerCase();
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.workspaceId, target.workspace.id),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  const token = newSecret();
  const id = newId();
  const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
  await tx.insert(invitations).values({
    id,
    workspaceId: target.workspace.id,
    email,
    kind: target.partner ? "partner" : "staff",
    role: target.role,
    partnerId: target.partner?.id ?? null,
    tokenHash: hashSecret(token),
    invitedBy: target.inviter.userId,
    expiresAt,
    createdAt: now,
  });
  const link = `${ctx.config.publicUrl}/invite/${token}`;
  const common = {
    workspaceName: target.workspace.name,
    inviterName: target.inviter.name,
    link,
    expiresAt: expiresAt.toUTCString(),
  };
  await enqueueEmail(tx, ctx.clock, {
    workspaceId: target.workspace.id,
    dedupeKey: `invitation:${id}`,
    to: email,
    ...(target.partner
      ? { template: "partner-invitation", data: { ...common, partnerName: target.partner.name } }
      : { template: "staff-invitation", data: { ...common, roleLabel: roleLabel(target.role) } }),
  });
  // The token is returned for the caller's own use (the demo seed); routes never send it back.
  return { id, email, role: target.role, expiresAt, createdAt: now, token };
}

async function openInvitation(tx: Tx, now: Date, token: string, lock: boolean) {
  const query = tx
    .select({ invitation: invitations, workspace: workspaces })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    );
  const [row] = lock ? await query.for("update", { of: invitations }) : await query;
  if (!row) {
    throw new AppError(404, "Not found", "This invitation link is no longer valid: it expired, was used already, or was withdrawn. Ask the person who invited you for a new one.");
  }
  return row;
}

async function partnerName(tx: Tx, partnerId: string | null) {
  if (!partnerId) return null;
  const [row] = await tx.select({ name: partners.name }).from(partners).where(eq(partners.id, partnerId));
  return row?.name ?? null;
}

async function credentialOf(tx: Tx, email: string) {
  const [row] = await tx
    .select({ userId: user.id, passwordAccount: account.id })
    .from(user)
    .leftJoin(account, and(eq(account.userId, user.id), eq(account.providerId, "credential")))
    .where(eq(user.email, email));
  return row ?? null;
}

export async function previewInvitation(ctx: AppContext, token: string): Promise<InvitationPreview> {
  return ctx.db.transaction(async (tx) => {
    const { invitation, workspace } = await openInvitation(tx, ctx.clock.now(), token, false);
    const existing = await credentialOf(tx, invitation.email);
    return {
      email: invitation.email,
      workspaceName: workspace.name,
      partnerName: await partnerName(tx, invitation.partnerId),
      role: invitation.role,
      existingUser: existing !== null,
      passwordRequired: invitation.kind === "staff" && !existing?.passwordAccount,
    };
  });
}

export interface AcceptedInvitation {
  userId: string;
  redirectTo: string;
}

/**
 * Accepting proves the email address: it creates the person if needed, gives them the membership
 * the invitation promised, and (through the auth endpoint) signs them in.
 */
export async function acceptInvitation(
  ctx: AppContext,
  input: { token: string; name: string; password?: string | undefined },
): Promise<AcceptedInvitation> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const { invitation, workspace } = await openInvitation(tx, now, input.token, true);
    const existing = await credentialOf(tx, invitation.email);
    if (invitation.kind === "staff" && !existing?.passwordAccount && !passwordHash) {
      throw badRequest("Choose a password to finish joining.", [{ path: "password", message: "is required for staff accounts" }]);
    }
    const userId = existing?.userId ?? newId();
    if (!existing) {
      await tx.insert(user).values({ id: userId, name: input.name, email: invitation.email, emailVerified: true, createdAt: now, updatedAt: now });
    }
    if (passwordHash && !existing?.passwordAccount) {
      await tx.insert(account).values({ id: newId(), accountId: userId, providerId: "credential", userId, password: passwordHash, createdAt: now, updatedAt: now });
    }
    const actor: AuditActor = { userId, label: invitation.email };
    if (invitation.kind === "staff") {
      await joinAsStaff(tx, workspace.id, userId, invitation.role);
    } else {
      await joinPartner(tx, workspace.id, invitation.partnerId, userId, invitation.role);
      await recordActivity(tx, ctx.clock, {
        workspaceId: workspace.id,
        partnerId: invitation.partnerId,
        actorUserId: userId,
        kind: "partner.member_joined",
        summary: `${input.name} joined the portal`,
        visibility: "shared",
      });
    }
    await tx.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, invitation.id));
    await writeAudit(tx, ctx.clock, {
      workspaceId: workspace.id,
      actor,
      action: "invitation.accepted",
      entityType: "invitation",
      entityId: invitation.id,
      after: { email: invitation.email, kind: invitation.kind, role: invitation.role, partnerId: invitation.partnerId },
    });
    const redirectTo = invitation.kind === "staff" ? `/w/${workspace.slug}` : `/w/${workspace.slug}/portal`;
    return { userId, redirectTo };
  });
}

async function joinAsStaff(tx: Tx, workspaceId: string, userId: string, role: string) {
  const [partnerSide] = await tx
    .select({ userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, workspaceId), eq(partnerMembers.userId, userId), eq(partnerMembers.status, "active")));
  if (partnerSide) throw conflict("This person already uses this workspace as a partner user; one person cannot be both.");
  const staffRole = staffRoleOf(role);
  await tx
    .insert(staffMemberships)
    .values({ workspaceId, userId, role: staffRole, status: "active" })
    .onConflictDoUpdate({
      target: [staffMemberships.workspaceId, staffMemberships.userId],
      set: { role: staffRole, status: "active" },
    });
}

async function joinPartner(tx: Tx, workspaceId: string, partnerId: string | null, userId: string, role: string) {
  if (!partnerId) throw conflict("This invitation names no partner organisation.");
  const [staffSide] = await tx
    .select({ status: staffMemberships.status })
    .from(staffMemberships)
    .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.userId, userId)));
  if (staffSide?.status === "active") throw conflict("This person is already staff of this workspace; one person cannot be both.");
  const [other] = await tx
    .select({ partnerId: partnerMembers.partnerId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.workspaceId, workspaceId), eq(partnerMembers.userId, userId), eq(partnerMembers.status, "active")));
  if (other && other.partnerId !== partnerId) throw conflict("This person already belongs to another partner organisation in this workspace.");
  const partnerRole = role === "partner_admin" ? "partner_admin" : "partner_member";
  await tx
    .insert(partnerMembers)
    .values({ workspaceId, partnerId, userId, role: partnerRole, status: "active" })
    .onConflictDoUpdate({
      target: [partnerMembers.workspaceId, partnerMembers.userId],
      set: { partnerId, role: partnerRole, status: "active" },
    });
}

function staffRoleOf(role: string) {
  switch (role) {
    case "owner":
    case "admin":
    case "partner_manager":
    case "interviewer":
    case "viewer":
      return role;
    default:
      throw conflict(`The invitation carries an unknown role "${role}".`);
  }
}
