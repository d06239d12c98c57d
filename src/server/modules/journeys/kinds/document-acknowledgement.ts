import { acknowledgementSchema } from "../../../../domain/journeys/completion/acknowledgement";
import { parseInput, type KindHandler } from "./handler";

/** Records who acknowledged the document and when (and the typed signature where one is asked for). */
export const documentAcknowledgementHandler: KindHandler = {
  complete: async ({ definition, input, actor, now }) => {
    if (definition.kind !== "document_acknowledgement") throw new Error("acknowledgement handler on another kind");
    const ack = parseInput(acknowledgementSchema(definition.signatureRequired), input, "Confirm that you have read the document.");
    return { acknowledgedBy: actor.name, acknowledgedByUserId: actor.userId, acknowledgedAt: now.toISOString(), ...(ack.signature ? { signature: ack.signature } : {}) };
  },
};
