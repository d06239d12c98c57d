import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { Person } from "../journeys/contracts";

/*
 * The API contracts of files uploaded to journey steps (issue 4, upload requests). The bytes are
 * sent raw as the request body (Content-Type = the file's type) with the name in the query, so a
 * large file never passes through JSON or multipart parsing.
 */

export const UploadQuery = z.object({
  fileName: z.string().trim().min(1, "name the file (?fileName=…)").max(1000, "at most 1000 characters"),
});

export const StoredFileView = z
  .object({
    id: Id,
    stepId: Id.nullable(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: Person.nullable(),
    uploadedAt: Timestamp,
  })
  .meta({ id: "StoredFile" });
export type StoredFileView = z.infer<typeof StoredFileView>;

/** What an upload request takes, with the size limit that really applies (the step's or the server's, the smaller). */
export const UploadRules = z.object({
  accept: z.array(z.string()),
  maxFiles: z.number().int(),
  maxSizeBytes: z.number().int(),
});
export type UploadRules = z.infer<typeof UploadRules>;

export const StepFiles = z
  .object({
    files: z.array(StoredFileView),
    /** Present for upload requests; other steps list files but take none. */
    rules: UploadRules.nullable(),
    /** May the caller add or remove files now (the step is open and theirs to act on)? */
    canUpload: z.boolean(),
  })
  .meta({ id: "StepFiles" });
export type StepFiles = z.infer<typeof StepFiles>;
