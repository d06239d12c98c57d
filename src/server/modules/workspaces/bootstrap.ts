import { sql } from "drizzle-orm";
import type { Clock } from "../../clock";
import type { Tx } from "../../db/client";
import { account, partnerTiers, partnerTypes, staffMemberships, user, workspaces } from "../../db/schema";
import { conflict } from "../../errors";
import { newId } from "../../ids";
import { writeAudit } from "../audit/writer";
import { ensureBuiltInTemplates } from "../templates/builtin";

/** The partner types every new workspace starts with; they are the tracks of the journey engine. */
export const defaultPartnerTypes = [
  { key: "reseller", name: "Reseller" },
  { key: "referral", name: "Referral partner" },
  { key: "technology", name: "Technology alliance" },
  { key: "service", name: "Service / BPO provider" },
  { key: "agency", name: "Agency" },
];

export const defaultTiers = [
  { name: "Registered", rank: 1, requirements: "Signed partner agreement and a completed profile." },
  { name: "Silver", rank: 2, requirements: "Two certified people and a first approved deal." },
  { name: "Gold", rank: 3, requirements: "Five certified people, a joint business plan and four approved deals a year." },
  { name: "Platinum", rank: 4, requirements: "Ten certified people, quarterly business reviews and a revenue target met." },
];

export interface NewWorkspace {
  name: string;
  slug: string;
  owner: { name: string; email: string; passwordHash: string };
}

/** Creates a workspace, its first owner and its starting reference data, in the caller's transaction. */
export async function createWorkspaceWithOwner(tx: Tx, clock: Clock, input: NewWorkspace) {
  const now = clock.now();
  const [taken] = await tx.select({ id: workspaces.id }).from(workspaces).where(sql`${workspaces.slug} = ${input.slug}`);
  if (taken) throw conflict(`The address "${input.slug}" is taken; choose another.`);
  const workspaceId = newId();
  const [existingUser] = await tx.select({ id: user.id }).from(user).where(sql`${user.email} = ${input.owner.email}`);
  const userId = existingUser?.id ?? newId();
  await tx.insert(workspaces).values({ id: workspaceId, slug: input.slug, name: input.name, createdAt: now });
  if (!existingUser) {
    await tx.insert(user).values({ id: userId, name: input.owner.name, email: input.owner.email, emailVerified: true, createdAt: now, updatedAt: now });
    await tx.insert(account).values({ id: newId(), accountId: userId, providerId: "credential", userId, password: input.owner.passwordHash, createdAt: now, updatedAt: now });
  }
  await tx.insert(staffMemberships).values({ workspaceId, userId, role: "owner", createdAt: now });
  await tx.insert(partnerTypes).values(defaultPartnerTypes.map((t) => ({ id: newId(), workspaceId, ...t })));
  await tx.insert(partnerTiers).values(defaultTiers.map((t) => ({ id: newId(), workspaceId, ...t })));
  await writeAudit(tx, clock, {
    workspaceId,
    actor: { userId, label: input.owner.email },
    action: "workspace.created",
    entityType: "workspace",
    entityId: workspaceId,
    after: { name: input.name, slug: input.slug, owner: input.owner.email },
  });
  // Every workspace starts with the built-in journey templates and a program that uses them.
  await ensureBuiltInTemplates(tx, clock, workspaceId);
  return { workspaceId, userId };
}
