import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { certifiableRoles, type Certification, type CertificationInput } from "../../../domain/calibration/contracts";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { staffCertifications, staffMemberships, user } from "../../db/schema";
import { badRequest, notFound } from "../../errors";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";

/*
 * Staff certified to run culture interviews (R-B4). The interviews module reads the same table
 * when it seats a culture stage's panel; a withdrawn certification leaves panels already seated.
 */

const kind = "culture_interviews";
const certifier = alias(user, "certifier");

/** The certified people of the workspace, by name. */
export async function listCertifications(ctx: AppContext, caller: Caller): Promise<Certification[]> {
  return certificationsOf(ctx.db, caller.workspace.id);
}

async function certificationsOf(db: DbOrTx, workspaceId: string, userId?: string): Promise<Certification[]> {
  const rows = await db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: staffMemberships.role,
      status: staffMemberships.status,
      note: staffCertifications.note,
      certifiedAt: staffCertifications.certifiedAt,
      certifierId: certifier.id,
      certifierName: certifier.name,
    })
    .from(staffCertifications)
    .innerJoin(user, eq(user.id, staffCertifications.userId))
    .innerJoin(staffMemberships, and(eq(staffMemberships.userId, staffCertifications.userId), eq(staffMemberships.workspaceId, staffCertifications.workspaceId)))
    .leftJoin(certifier, eq(certifier.id, staffCertifications.certifiedBy))
    .where(and(eq(staffCertifications.workspaceId, workspaceId), eq(staffCertifications.kind, kind), ...(userId ? [eq(staffCertifications.userId, userId)] : [])))
    .orderBy(asc(user.name), asc(user.id));
  return rows.map((row) => ({
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.status === "active",
    kind,
    note: row.note,
    certifiedBy: row.certifierId && row.certifierName !== null ? { userId: row.certifierId, name: row.certifierName } : null,
    certifiedAt: row.certifiedAt.toISOString(),
  }));
}

/** Certifies an active staff member who may sit on a panel; certifying again updates the note. */
export async function certify(ctx: AppContext, caller: Caller, userId: string, input: CertificationInput): Promise<Certification> {
  const note = (input.note ?? "").trim();
  return ctx.db.transaction(async (tx) => {
    const workspaceId = caller.workspace.id;
    const [member] = await tx.select({ role: staffMemberships.role, status: staffMemberships.status }).from(staffMemberships).where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.userId, userId)));
    if (!member) throw notFound("That staff member");
    if (member.status !== "active") throw badRequest("Only active staff can be certified; reactivate this person first.", [{ path: "params.userId", message: "this person is deactivated" }]);
    if (!certifiableRoles.includes(member.role)) throw badRequest("Viewers only read, so they cannot run interviews. Change the person's role first.", [{ path: "params.userId", message: "viewers cannot be certified" }]);
    const [before] = await tx.select({ note: staffCertifications.note }).from(staffCertifications).where(and(eq(staffCertifications.workspaceId, workspaceId), eq(staffCertifications.userId, userId), eq(staffCertifications.kind, kind)));
    const values = { note, certifiedBy: caller.actor.userId, certifiedAt: ctx.clock.now() };
    await tx
      .insert(staffCertifications)
      .values({ workspaceId, userId, kind, ...values })
      .onConflictDoUpdate({ target: [staffCertifications.workspaceId, staffCertifications.userId, staffCertifications.kind], set: values });
    await writeAudit(tx, ctx.clock, {
      workspaceId,
      actor: caller.audit,
      action: before ? "certification.updated" : "certification.granted",
      entityType: "staff_certification",
      entityId: userId,
      before: before ? { kind, note: before.note } : null,
      after: { kind, note },
    });
    const [saved] = await certificationsOf(tx, workspaceId, userId);
    if (!saved) throw new Error("the certification just written cannot be read back");
    return saved;
  });
}

export async function revokeCertification(ctx: AppContext, caller: Caller, userId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const workspaceId = caller.workspace.id;
    const [removed] = await tx
      .delete(staffCertifications)
      .where(and(eq(staffCertifications.workspaceId, workspaceId), eq(staffCertifications.userId, userId), eq(staffCertifications.kind, kind)))
      .returning({ note: staffCertifications.note });
    if (!removed) throw notFound("That certification");
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "certification.revoked", entityType: "staff_certification", entityId: userId, before: { kind, note: removed.note }, after: null });
  });
}
