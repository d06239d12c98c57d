import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { applicationForms, partneringPages, partnerTypes, programs, programTracks, workspaces } from "../../db/schema";

export interface ProgramScope {
  workspace: { id: string; slug: string; name: string };
  program: { id: string; key: string; name: string };
}

/** The program a public URL names (workspace slug + program key), or null. */
export async function programByKey(db: DbOrTx, slug: string, programKey: string): Promise<ProgramScope | null> {
  const [row] = await db
    .select({ workspace: { id: workspaces.id, slug: workspaces.slug, name: workspaces.name }, program: { id: programs.id, key: programs.key, name: programs.name } })
    .from(workspaces)
    .innerJoin(programs, eq(programs.workspaceId, workspaces.id))
    .where(and(eq(workspaces.slug, slug), eq(programs.key, programKey)));
  return row ?? null;
}

export async function programOfWorkspace(db: DbOrTx, workspaceId: string, programId: string) {
  const [row] = await db
    .select({ id: programs.id, key: programs.key, name: programs.name })
    .from(programs)
    .where(and(eq(programs.id, programId), eq(programs.workspaceId, workspaceId)));
  return row ?? null;
}

/** The program's tracks as an applicant chooses them: partner type key and name. */
export async function tracksOf(db: DbOrTx, workspaceId: string, programId: string) {
  return db
    .select({ key: partnerTypes.key, name: partnerTypes.name, partnerTypeId: partnerTypes.id })
    .from(programTracks)
    .innerJoin(partnerTypes, eq(partnerTypes.id, programTracks.partnerTypeId))
    .where(and(eq(programTracks.workspaceId, workspaceId), eq(programTracks.programId, programId)))
    .orderBy(asc(partnerTypes.name));
}

export async function formRowOf(db: DbOrTx, workspaceId: string, programId: string) {
  const [row] = await db
    .select()
    .from(applicationForms)
    .where(and(eq(applicationForms.workspaceId, workspaceId), eq(applicationForms.programId, programId)));
  return row ?? null;
}

export async function pageRowOf(db: DbOrTx, workspaceId: string, programId: string) {
  const [row] = await db
    .select()
    .from(partneringPages)
    .where(and(eq(partneringPages.workspaceId, workspaceId), eq(partneringPages.programId, programId)));
  return row ?? null;
}
