import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { TemplateSummary, TemplateVersionSummary } from "../../../domain/programs/templates";
import type { DbOrTx } from "../../db/client";
import { journeys, journeyTemplates, journeyTemplateVersions, partnerTypes, programs, programTracks, user } from "../../db/schema";

export type ArchivedFilter = "include" | "exclude" | "only";

/**
 * The library's rows: each template with when its latest version was published, the program
 * tracks that use it and how many journeys started from it are still running (not cancelled).
 */
export async function templateSummaries(db: DbOrTx, workspaceId: string, filter: { archived: ArchivedFilter; templateId?: string }): Promise<TemplateSummary[]> {
  const archived = filter.archived === "exclude" ? isNull(journeyTemplates.archivedAt) : filter.archived === "only" ? isNotNull(journeyTemplates.archivedAt) : undefined;
  const rows = await db
    .select({ template: journeyTemplates, updatedAt: journeyTemplateVersions.createdAt })
    .from(journeyTemplates)
    .innerJoin(journeyTemplateVersions, and(eq(journeyTemplateVersions.templateId, journeyTemplates.id), eq(journeyTemplateVersions.version, journeyTemplates.latestVersion)))
    .where(and(eq(journeyTemplates.workspaceId, workspaceId), archived, filter.templateId ? eq(journeyTemplates.id, filter.templateId) : undefined))
    .orderBy(asc(sql`lower(${journeyTemplates.name})`), asc(journeyTemplates.id));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.template.id);
  const uses = await db
    .select({ templateId: programTracks.templateId, programId: programs.id, programName: programs.name, partnerTypeId: partnerTypes.id, partnerTypeName: partnerTypes.name })
    .from(programTracks)
    .innerJoin(programs, eq(programs.id, programTracks.programId))
    .innerJoin(partnerTypes, eq(partnerTypes.id, programTracks.partnerTypeId))
    .where(and(eq(programTracks.workspaceId, workspaceId), inArray(programTracks.templateId, ids)))
    .orderBy(asc(programs.name), asc(partnerTypes.name));
  const running = await db
    .select({ templateId: journeyTemplateVersions.templateId, n: count() })
    .from(journeys)
    .innerJoin(journeyTemplateVersions, eq(journeyTemplateVersions.id, journeys.templateVersionId))
    .where(and(eq(journeys.workspaceId, workspaceId), isNull(journeys.cancelledAt), inArray(journeyTemplateVersions.templateId, ids)))
    .groupBy(journeyTemplateVersions.templateId);
  const runningBy = new Map(running.map((row) => [row.templateId, row.n]));
  return rows.map(({ template, updatedAt }) => ({
    id: template.id,
    key: template.key,
    name: template.name,
    builtIn: template.builtIn,
    latestVersion: template.latestVersion,
    archivedAt: template.archivedAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
    usedBy: uses
      .filter((use) => use.templateId === template.id)
      .map(({ programId, programName, partnerTypeId, partnerTypeName }) => ({ programId, programName, partnerTypeId, partnerTypeName })),
    activeJourneys: runningBy.get(template.id) ?? 0,
  }));
}

/** Every version of a template, newest first, with who published it. */
export async function versionSummaries(db: DbOrTx, templateId: string): Promise<TemplateVersionSummary[]> {
  const rows = await db
    .select({ version: journeyTemplateVersions.version, changeNote: journeyTemplateVersions.changeNote, createdAt: journeyTemplateVersions.createdAt, byId: user.id, byName: user.name })
    .from(journeyTemplateVersions)
    .leftJoin(user, eq(user.id, journeyTemplateVersions.createdBy))
    .where(eq(journeyTemplateVersions.templateId, templateId))
    .orderBy(sql`${journeyTemplateVersions.version} desc`);
  return rows.map((row) => ({
    version: row.version,
    changeNote: row.changeNote,
    createdBy: row.byId !== null && row.byName !== null ? { id: row.byId, name: row.byName } : null,
    createdAt: row.createdAt.toISOString(),
  }));
}
