import { z } from "zod";
import { defineStepKind } from "./define";

/** The largest file a template may accept; the server's storage and request limits assume it. */
export const maxUploadSizeMb = 100;

/** A MIME type (`application/pdf`, `image/*`) or a file extension (`.pdf`). */
const AcceptedType = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(\.[a-z0-9]{1,10}|[a-z]+\/([a-z0-9][a-z0-9.+-]*|\*))$/,
    "use a MIME type such as application/pdf or image/*, or an extension such as .pdf",
  );

/** Asks for one or more files, checked for type and size when uploaded. */
export const uploadRequest = defineStepKind("upload_request", {
  accept: z.array(AcceptedType).min(1, "name at least one accepted file type").max(20, "at most 20 file types"),
  maxSizeMb: z
    .number()
    .int("use a whole number of megabytes")
    .min(1, "at least 1 MB")
    .max(maxUploadSizeMb, `at most ${maxUploadSizeMb} MB`)
    .default(10),
  maxFiles: z.number().int().min(1, "at least 1 file").max(20, "at most 20 files").default(1),
});
export const uploadRequestKind = uploadRequest.name;
export const UploadRequestFields = uploadRequest.fields;
