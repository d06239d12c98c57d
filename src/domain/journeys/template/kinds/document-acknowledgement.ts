import { z } from "zod";
import { defineStepKind } from "./define";

/** A document (markdown) the owner reads and acknowledges; who did and when is recorded. */
export const documentAcknowledgement = defineStepKind("document_acknowledgement", {
  body: z.string().trim().min(1, "write the document in markdown").max(100_000, "at most 100,000 characters"),
  signatureRequired: z.boolean({ error: "use true or false" }).default(false),
});
export const documentAcknowledgementKind = documentAcknowledgement.name;
export const DocumentAcknowledgementFields = documentAcknowledgement.fields;
