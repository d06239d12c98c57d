import { createHmac, timingSafeEqual } from "node:crypto";
import type { Config } from "../../config";

/*
 * An applicant uploads a file before submitting, signed out. The id handed back names the stored
 * file and carries a signature over the form and question it was uploaded for, so a submission
 * can only refer to a file uploaded to that question of that form (no table needed for the
 * link); "not yet used" is the stored file having no partner yet.
 */

/** Outside production the auth library runs with a fixed development secret; uploads follow it. */
const developmentSecret = "accord-development-upload-secret-not-for-production";

function signature(config: Pick<Config, "authSecret">, formId: string, questionKey: string, fileId: string): string {
  return createHmac("sha256", config.authSecret ?? developmentSecret)
    .update(`application-upload\n${formId}\n${questionKey}\n${fileId}`)
    .digest("base64url");
}

export function uploadIdFor(config: Pick<Config, "authSecret">, formId: string, questionKey: string, fileId: string): string {
  return `${fileId}.${signature(config, formId, questionKey, fileId)}`;
}

/** The stored file's id when the upload id was issued for this form and question; null otherwise. */
export function fileIdOf(config: Pick<Config, "authSecret">, formId: string, questionKey: string, uploadId: string): string | null {
  const dot = uploadId.indexOf(".");
  if (dot <= 0) return null;
  const fileId = uploadId.slice(0, dot);
  const given = Buffer.from(uploadId.slice(dot + 1));
  const expected = Buffer.from(signature(config, formId, questionKey, fileId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? fileId : null;
}
