import { z } from "zod";

/** Acknowledging a document: an explicit yes, and a typed full name where a signature is asked for. */
export function acknowledgementSchema(signatureRequired: boolean) {
  const signature = z.string({ error: "type your full name to sign" }).trim().min(2, "type your full name to sign").max(200, "at most 200 characters");
  return z.strictObject({
    acknowledged: z.literal(true, { error: "confirm that you have read the document" }),
    signature: signatureRequired ? signature : signature.optional(),
  });
}
