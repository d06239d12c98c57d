import type { Readable } from "node:stream";
import { AppError } from "../errors";

/**
 * Reads a raw upload into memory while counting: past `limitBytes` it stops and throws what
 * `tooLarge` makes (a 413 worded for the caller's case), so a client cannot make the server hold
 * more than the limit, whatever Content-Length it claims. Step files, application files and CSV
 * imports all arrive this way.
 */
export async function readLimited(body: Readable, limitBytes: number, tooLarge: (limitBytes: number) => AppError): Promise<Buffer> {
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
