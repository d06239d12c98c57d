import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Program } from "../../../domain/programs/schemas";
import type { DbOrTx } from "../../db/client";
import { journeyTemplates, partnerTiers, partnerTypes, programs, programTierRequirements, programTracks } from "../../db/schema";

/** Programs of a workspace (or one of them) with their tracks and tier requirements, in three queries. */
export async function readPrograms(db: DbOrTx, workspaceId: string, programId?: string): Promise<Program[]> {
  const rows = await db
    .select()
    .from(programs)
    .where(and(eq(programs.workspaceId, workspaceId), programId ? eq(programs.id, programId) : undefined))
    .orderBy(asc(sql`lower(${programs.name})`), asc(programs.id));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  // One after the other: inside a transaction both would queue on the same connection anyway.
  const tracks = await db
    .select({
      id: programTracks.id,
      programId: programTracks.programId,
      description: programTracks.description,
      partnerType: { id: partnerTypes.id, key: partnerTypes.key, name: partnerTypes.name },
      templateId: journeyTemplates.id,
      templateKey: journeyTemplates.key,
      templateName: journeyTemplates.name,
      latestVersion: journeyTemplates.latestVersion,
      archivedAt: journeyTemplates.archivedAt,
    })
    .from(programTracks)
    .innerJoin(partnerTypes, eq(partnerTypes.id, programTracks.partnerTypeId))
    .leftJoin(journeyTemplates, eq(journeyTemplates.id, programTracks.templateId))
    .where(and(eq(programTracks.workspaceId, workspaceId), inArray(programTracks.programId, ids)))
    .orderBy(asc(partnerTypes.name));
  const tiers = await db
    .select({
      programId: programTierRequirements.programId,
      requirements: programTierRequirements.requirements,
      tier: { id: partnerTiers.id, name: partnerTiers.name, rank: partnerTiers.rank },
    })
    .from(programTierRequirements)
    .innerJoin(partnerTiers, eq(partnerTiers.id, programTierRequirements.tierId))
    .where(and(eq(programTierRequirements.workspaceId, workspaceId), inArray(programTierRequirements.programId, ids)))
    .orderBy(asc(partnerTiers.rank));
  return rows.map((row) => ({
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    tracks: tracks
      .filter((track) => track.programId === row.id)
      .map((track) => ({
        id: track.id,
        partnerType: track.partnerType,
        description: track.description,
        template:
          track.templateId && track.templateKey !== null && track.templateName !== null && track.latestVersion !== null
            ? { id: track.templateId, key: track.templateKey, name: track.templateName, latestVersion: track.latestVersion, archived: track.archivedAt !== null }
            : null,
      })),
    tierRequirements: tiers.filter((tier) => tier.programId === row.id).map(({ tier, requirements }) => ({ tier, requirements })),
  }));
}
