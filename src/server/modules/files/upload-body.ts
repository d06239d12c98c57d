import type { Readable } from "node:stream";
import { AppError } from "../../errors";

export const tooLarge = (limitBytes: number) =>
  new AppError(413, "File too large", `The file is larger than this step accepts: at most ${formatMb(limitBytes)}. Send a smaller file, or split it.`);

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/**
 * Reads an upload into memory while counting: past `limitBytes` it stops and answers 413, so a
 * client cannot make the server hold more than the limit, whatever Content-Length it claims.
 */
export async function readLimited(body: Readable, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    // Not destroyed on the early return: the 413 must still reach the client (the route then closes the connection).
    for await (const chunk of body.iterator({ destroyOnReturn: false })) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += buffer.length;
      if (total > limitBytes) throw tooLarge(limitBytes);
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(400, "Upload interrupted", "The upload stopped before the whole file arrived. Try again.");
  }
  return Buffer.concat(chunks, total);
}
