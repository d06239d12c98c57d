import type { Config } from "../config";
import type { DbOrTx } from "../db/client";
import { postgresFileStorage } from "./postgres-file-storage";

/*
 * Where uploaded files live (DESIGN section 6). Callers see this interface only, so the bytes can
 * move to a folder or an S3-style store without touching the modules that upload and download.
 * Metadata always stays in `stored_files` (lists, access checks and audits never read the bytes);
 * a backend decides where the bytes go and says so in the row's `storage` column.
 */

export interface FileMeta {
  workspaceId: string;
  partnerId: string | null;
  stepId: string | null;
  fileName: string;
  contentType: string;
  uploadedBy: string | null;
  createdAt: Date;
}

export interface StoredFile extends FileMeta {
  id: string;
  sizeBytes: number;
  /** Hex SHA-256 of the bytes, kept to prove later what was uploaded. */
  sha256: string;
  storage: string;
}

export interface FileStorage {
  readonly name: Config["storage"];
  /** Stores the bytes and their metadata in the caller's transaction (a rollback keeps neither). */
  put(tx: DbOrTx, meta: FileMeta, bytes: Buffer): Promise<StoredFile>;
  /** A file of the workspace that has not been removed, with its bytes; null otherwise. */
  open(db: DbOrTx, workspaceId: string, fileId: string): Promise<{ meta: StoredFile; bytes: Buffer } | null>;
  /**
   * The bytes of a file of the workspace that has not been removed, in slices of about
   * `sliceBytes`, read as they are consumed; null when there is no such file. For large files
   * read in a stream (a CSV import), so the whole file never sits in memory at once.
   */
  openSlices(db: DbOrTx, workspaceId: string, fileId: string, sliceBytes: number): Promise<AsyncIterable<Buffer> | null>;
  /** Marks the file removed (its row stays for the history) and frees its bytes. */
  remove(tx: DbOrTx, workspaceId: string, fileId: string, at: Date): Promise<void>;
}

export function fileStorageFor(config: Pick<Config, "storage">): FileStorage {
  switch (config.storage) {
    case "postgres":
      return postgresFileStorage;
  }
}
