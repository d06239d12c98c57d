import type { FastifyReply } from "fastify";
import { attachmentDisposition } from "../../domain/files/accept";

/**
 * Answers with an uploaded file, always as an attachment. An uploaded file comes from someone
 * else (a partner, a stranger applying): even if a browser were talked into showing it, it runs
 * nothing and loads nothing.
 */
export function sendStoredFile(reply: FastifyReply, meta: { fileName: string; contentType: string }, bytes: Buffer) {
  return reply
    .header("content-disposition", attachmentDisposition(meta.fileName))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .header("cache-control", "private, no-cache")
    .type(meta.contentType)
    .send(bytes);
}
