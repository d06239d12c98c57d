import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { fileBlobs, storedFiles } from "../db/schema";
import { newId } from "../ids";
import type { FileStorage, StoredFile } from "./file-storage";

type Row = typeof storedFiles.$inferSelect;

function toStoredFile(row: Row): StoredFile {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    partnerId: row.partnerId,
    stepId: row.stepId,
    fileName: row.fileName,
    contentType: row.contentType,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    storage: row.storage,
  };
}

/** Bytes in `file_blobs` (bytea) beside their metadata row: one backup holds everything. */
export const postgresFileStorage: FileStorage = {
  name: "postgres",

  async put(tx, meta, bytes) {
    const id = newId();
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const [row] = await tx
      .insert(storedFiles)
      .values({ id, ...meta, sizeBytes: bytes.length, sha256, storage: "postgres" })
      .returning();
    if (!row) throw new Error("stored_files insert returned no row");
    await tx.insert(fileBlobs).values({ fileId: id, content: bytes });
    return toStoredFile(row);
  },

  async open(db, workspaceId, fileId) {
    const [found] = await db
      .select({ file: storedFiles, content: fileBlobs.content })
      .from(storedFiles)
      .innerJoin(fileBlobs, eq(fileBlobs.fileId, storedFiles.id))
      .where(and(eq(storedFiles.id, fileId), eq(storedFiles.workspaceId, workspaceId), isNull(storedFiles.deletedAt), eq(storedFiles.storage, "postgres")));
    return found ? { meta: toStoredFile(found.file), bytes: found.content } : null;
  },

  async openSlices(db, workspaceId, fileId, sliceBytes) {
    const [found] = await db
      .select({ sizeBytes: storedFiles.sizeBytes })
      .from(storedFiles)
      .where(and(eq(storedFiles.id, fileId), eq(storedFiles.workspaceId, workspaceId), isNull(storedFiles.deletedAt), eq(storedFiles.storage, "postgres")));
    if (!found) return null;
    const size = found.sizeBytes;
    // substring() on bytea is 1-based; each slice is one small query instead of one huge value.
    return (async function* () {
      for (let from = 0; from < size; from += sliceBytes) {
        const [slice] = await db
          .select({ bytes: sql<Buffer>`substring(${fileBlobs.content} from ${from + 1} for ${sliceBytes})`.mapWith(fileBlobs.content) })
          .from(fileBlobs)
          .where(eq(fileBlobs.fileId, fileId));
        if (!slice) return;
        yield slice.bytes;
      }
    })();
  },

  async remove(tx: DbOrTx, workspaceId, fileId, at) {
    const removed = await tx
      .update(storedFiles)
      .set({ deletedAt: at })
      .where(and(eq(storedFiles.id, fileId), eq(storedFiles.workspaceId, workspaceId), isNull(storedFiles.deletedAt)))
      .returning({ id: storedFiles.id });
    if (removed.length > 0) await tx.delete(fileBlobs).where(eq(fileBlobs.fileId, fileId));
  },
};
