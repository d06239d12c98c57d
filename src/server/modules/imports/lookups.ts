import { and, eq, inArray } from "drizzle-orm";
import { can } from "../../../domain/access/policy";
import type { ExistingPartner } from "../../../domain/imports/plan";
import type { ImportLookups } from "../../../domain/imports/row-values";
import type { DbOrTx } from "../../db/client";
import { partnerTeam, partnerTiers, partnerTypes, partners, programs, staffMemberships, user } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";

/** What an import reads about the workspace before it plans a single row. */
export interface ImportContext {
  lookups: ImportLookups;
  existing: (ExistingPartner & { ownerUserId: string | null; stage: string })[];
  /** Whether the caller may change an existing partner (the same `can()` as a single edit). */
  mayUpdate: (partnerId: string) => boolean;
}

export async function loadImportContext(db: DbOrTx, caller: Caller): Promise<ImportContext> {
  const workspaceId = caller.workspace.id;
  // One after the other: inside the commit's transaction they share one connection.
  const types = await db.select({ id: partnerTypes.id, key: partnerTypes.key, name: partnerTypes.name }).from(partnerTypes).where(eq(partnerTypes.workspaceId, workspaceId));
  const tiers = await db.select({ id: partnerTiers.id, name: partnerTiers.name }).from(partnerTiers).where(eq(partnerTiers.workspaceId, workspaceId));
  const owners = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(staffMemberships)
    .innerJoin(user, eq(user.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.status, "active"), inArray(staffMemberships.role, ["owner", "admin", "partner_manager"])));
  const programRows = await db.select({ id: programs.id, key: programs.key, name: programs.name }).from(programs).where(eq(programs.workspaceId, workspaceId));
  const existing = await db
    .select({ id: partners.id, name: partners.name, website: partners.website, contactEmail: partners.contactEmail, ownerUserId: partners.ownerUserId, stage: partners.stage })
    .from(partners)
    .where(eq(partners.workspaceId, workspaceId));
  const team = await db.select({ partnerId: partnerTeam.partnerId }).from(partnerTeam).where(and(eq(partnerTeam.workspaceId, workspaceId), eq(partnerTeam.userId, caller.actor.userId)));
  const onTeam = new Set(team.map((t) => t.partnerId));
  const owner = new Map(existing.map((p) => [p.id, p.ownerUserId]));
  const mayUpdate = (partnerId: string) =>
    can(caller.actor, "partner.update", { partner: { id: partnerId, ownerUserId: owner.get(partnerId) ?? null, teamUserIds: onTeam.has(partnerId) ? [caller.actor.userId] : [] } }) === "allow";
  return { lookups: { types, tiers, owners, programs: programRows }, existing, mayUpdate };
}
