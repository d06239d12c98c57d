import { and, asc, count, eq, gt, isNull } from "drizzle-orm";
import { canAssignRole, type StaffRole } from "../../../domain/access/roles";
import type { Me, StaffDirectory } from "../../../domain/workspaces/schemas";
import type { AppContext } from "../../context";
import type { Tx } from "../../db/client";
import { invitations, partnerMembers, partners, session, staffMemberships, user, workspaces } from "../../db/schema";
import { conflict, forbidden, notFound, staleVersion } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";
import { createInvitation } from "../invitations/service";

export async function getMe(ctx: AppContext, person: { id: string; name: string; email: string }): Promise<Me> {
  const staff = await ctx.db
    .select({ workspace: { id: workspaces.id, slug: workspaces.slug, name: workspaces.name }, role: staffMemberships.role })
    .from(staffMemberships)
    .innerJoin(workspaces, eq(workspaces.id, staffMemberships.workspaceId))
    .where(and(eq(staffMemberships.userId, person.id), eq(staffMemberships.status, "active")))
    .orderBy(asc(workspaces.name));
  const partnerSide = await ctx.db
    .select({
      workspace: { id: workspaces.id, slug: workspaces.slug, name: workspaces.name },
      role: partnerMembers.role,
      partner: { id: partners.id, name: partners.name },
    })
    .from(partnerMembers)
    .innerJoin(workspaces, eq(workspaces.id, partnerMembers.workspaceId))
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .where(and(eq(partnerMembers.userId, person.id), eq(partnerMembers.status, "active")))
    .orderBy(asc(workspaces.name));
  return {
    user: person,
    memberships: [
      ...staff.map((m) => ({ kind: "staff" as const, ...m })),
      ...partnerSide.map((m) => ({ kind: "partner" as const, ...m })),
    ],
  };
}

export async function listStaff(ctx: AppContext, caller: Caller, includeInvitations: boolean): Promise<StaffDirectory> {
  const users = await ctx.db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: staffMemberships.role,
      status: staffMemberships.status,
      version: staffMemberships.version,
      joinedAt: staffMemberships.createdAt,
    })
    .from(staffMemberships)
    .innerJoin(user, eq(user.id, staffMemberships.userId))
    .where(eq(staffMemberships.workspaceId, caller.workspace.id))
    .orderBy(asc(user.name));
  const pending = includeInvitations
    ? await ctx.db
        .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
        .from(invitations)
        .where(
          and(
            eq(invitations.workspaceId, caller.workspace.id),
            eq(invitations.kind, "staff"),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, ctx.clock.now()),
          ),
        )
        .orderBy(asc(invitations.email))
    : [];
  return {
    users: users.map((u) => ({ ...u, joinedAt: u.joinedAt.toISOString() })),
    invitations: pending.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() })),
  };
}

export async function inviteStaff(ctx: AppContext, caller: Caller, input: { email: string; role: StaffRole }) {
  if (caller.actor.kind !== "staff" || !canAssignRole(caller.actor.role, input.role)) {
    throw forbidden("Only an owner can invite another owner.");
  }
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ status: staffMemberships.status })
      .from(staffMemberships)
      .innerJoin(user, eq(user.id, staffMemberships.userId))
      .where(and(eq(staffMemberships.workspaceId, caller.workspace.id), eq(user.email, input.email)));
    if (existing?.status === "active") throw conflict(`${input.email} is already a member of this workspace.`);
    const created = await createInvitation(ctx, tx, {
      workspace: caller.workspace,
      email: input.email,
      role: input.role,
      inviter: { userId: caller.actor.userId, name: caller.name },
    });
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "staff.invited",
      entityType: "invitation",
      entityId: created.id,
      after: { email: created.email, role: created.role },
    });
    return { id: created.id, email: created.email, role: created.role, expiresAt: created.expiresAt.toISOString(), createdAt: created.createdAt.toISOString() };
  });
}

export async function revokeStaffInvitation(ctx: AppContext, caller: Caller, invitationId: string) {
  await ctx.db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: ctx.clock.now() })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.workspaceId, caller.workspace.id),
          eq(invitations.kind, "staff"),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id, email: invitations.email });
    if (!revoked) throw notFound("That invitation");
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "staff.invitation_revoked",
      entityType: "invitation",
      entityId: revoked.id,
      before: { email: revoked.email },
    });
  });
}

async function loadMembership(tx: Tx, caller: Caller, userId: string) {
  const [row] = await tx
    .select()
    .from(staffMemberships)
    .where(and(eq(staffMemberships.workspaceId, caller.workspace.id), eq(staffMemberships.userId, userId)))
    .for("update");
  if (!row) throw notFound("That person");
  return row;
}

async function assertNotLastOwner(tx: Tx, workspaceId: string) {
  // Two owners demoting or deactivating each other at once would each still count two owners;
  // locking the workspace row makes the second one wait and then count again.
  await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId)).for("no key update");
  const [owners] = await tx
    .select({ n: count() })
    .from(staffMemberships)
    .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.role, "owner"), eq(staffMemberships.status, "active")));
  if ((owners?.n ?? 0) <= 1) throw conflict("A workspace needs at least one active owner. Make someone else owner first.");
}

export async function changeRole(ctx: AppContext, caller: Caller, userId: string, input: { role: StaffRole; version: number }) {
  return ctx.db.transaction(async (tx) => {
    const current = await loadMembership(tx, caller, userId);
    if (current.version !== input.version) throw staleVersion("This person's membership");
    if (caller.actor.kind !== "staff" || !canAssignRole(caller.actor.role, input.role, current.role)) {
      throw forbidden("Only an owner can give or take away the owner role.");
    }
    if (current.role === "owner" && input.role !== "owner") await assertNotLastOwner(tx, caller.workspace.id);
    const [updated] = await tx
      .update(staffMemberships)
      .set({ role: input.role, version: current.version + 1 })
      .where(and(eq(staffMemberships.workspaceId, caller.workspace.id), eq(staffMemberships.userId, userId), eq(staffMemberships.version, input.version)))
      .returning();
    if (!updated) throw staleVersion("This person's membership");
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: "staff.role_changed",
      entityType: "user",
      entityId: userId,
      before: { role: current.role },
      after: { role: updated.role },
    });
    return updated;
  });
}

/** Deactivation keeps the person's history but ends every session they have. */
export async function setActive(ctx: AppContext, caller: Caller, userId: string, input: { version: number }, active: boolean) {
  if (userId === caller.actor.userId && !active) throw conflict("You cannot deactivate yourself. Ask another admin.");
  return ctx.db.transaction(async (tx) => {
    const current = await loadMembership(tx, caller, userId);
    if (current.version !== input.version) throw staleVersion("This person's membership");
    if (current.role === "owner" && caller.actor.kind === "staff" && caller.actor.role !== "owner") {
      throw forbidden("Only an owner can deactivate or reactivate an owner.");
    }
    if (!active && current.role === "owner" && current.status === "active") await assertNotLastOwner(tx, caller.workspace.id);
    const status = active ? "active" : "deactivated";
    const [updated] = await tx
      .update(staffMemberships)
      .set({ status, version: current.version + 1 })
      .where(and(eq(staffMemberships.workspaceId, caller.workspace.id), eq(staffMemberships.userId, userId)))
      .returning();
    if (!active) await tx.delete(session).where(eq(session.userId, userId));
    await writeAudit(tx, ctx.clock, {
      workspaceId: caller.workspace.id,
      actor: caller.audit,
      action: active ? "staff.reactivated" : "staff.deactivated",
      entityType: "user",
      entityId: userId,
      before: { status: current.status },
      after: { status },
    });
    if (!updated) throw notFound("That person");
    return updated;
  });
}
