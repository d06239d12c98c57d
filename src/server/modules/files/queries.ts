import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { StoredFileView } from "../../../domain/files/schemas";
import type { DbOrTx } from "../../db/client";
import { journeySteps, storedFiles, user } from "../../db/schema";

const fileColumns = {
  id: storedFiles.id,
  stepId: storedFiles.stepId,
  partnerId: storedFiles.partnerId,
  fileName: storedFiles.fileName,
  contentType: storedFiles.contentType,
  sizeBytes: storedFiles.sizeBytes,
  sha256: storedFiles.sha256,
  uploadedBy: storedFiles.uploadedBy,
  createdAt: storedFiles.createdAt,
  uploaderName: user.name,
  uploaderEmail: user.email,
};

export type FileRow = Awaited<ReturnType<typeof filesOfStep>>[number];

export function toFileView(row: FileRow): StoredFileView {
  return {
    id: row.id,
    stepId: row.stepId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy && row.uploaderName !== null && row.uploaderEmail !== null ? { userId: row.uploadedBy, name: row.uploaderName, email: row.uploaderEmail } : null,
    uploadedAt: row.createdAt.toISOString(),
  };
}

/** The files of a step that have not been removed, oldest first, with who uploaded them. */
export async function filesOfStep(db: DbOrTx, workspaceId: string, stepId: string) {
  return db
    .select(fileColumns)
    .from(storedFiles)
    .leftJoin(user, eq(user.id, storedFiles.uploadedBy))
    .where(and(eq(storedFiles.workspaceId, workspaceId), eq(storedFiles.stepId, stepId), isNull(storedFiles.deletedAt)))
    .orderBy(asc(storedFiles.createdAt), asc(storedFiles.id));
}

/** One file of the workspace that has not been removed (metadata only). */
export async function fileById(db: DbOrTx, workspaceId: string, fileId: string) {
  const [row] = await db
    .select(fileColumns)
    .from(storedFiles)
    .leftJoin(user, eq(user.id, storedFiles.uploadedBy))
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.workspaceId, workspaceId), isNull(storedFiles.deletedAt)));
  return row ?? null;
}

export async function countFilesOfStep(db: DbOrTx, workspaceId: string, stepId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(storedFiles)
    .where(and(eq(storedFiles.workspaceId, workspaceId), eq(storedFiles.stepId, stepId), isNull(storedFiles.deletedAt)));
  return row?.n ?? 0;
}

/** The visibility of a step of the partner, or null when there is no such step. */
export async function stepVisibility(db: DbOrTx, workspaceId: string, partnerId: string, stepId: string) {
  const [row] = await db
    .select({ visibility: journeySteps.visibility })
    .from(journeySteps)
    .where(and(eq(journeySteps.id, stepId), eq(journeySteps.workspaceId, workspaceId), eq(journeySteps.partnerId, partnerId)));
  return row?.visibility ?? null;
}
