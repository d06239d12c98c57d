import { z } from "zod";
import { forbidden } from "../../../errors";
import { parseInput, type KindHandler } from "./handler";

const Note = z.strictObject({ note: z.string().trim().max(2000, "at most 2,000 characters").optional() });

/** A task is done when its owner says so; a note is kept if given. */
export const taskHandler: KindHandler = {
  complete: async ({ input }) => {
    const { note } = parseInput(Note, input, "This task takes an optional note only.");
    return note ? { note } : null;
  },
};

/** Passing a gate records who approved and why; only the approver role gets this far (step-access). */
export const approvalGateHandler: KindHandler = {
  complete: async ({ input, actor, now }) => {
    const { note } = parseInput(Note, input, "An approval takes an optional note only.");
    return { approvedBy: actor.name, approvedAt: now.toISOString(), ...(note ? { note } : {}) };
  },
};

/** Nobody ticks a milestone off: the event it waits for completes it (partner-events.ts). */
export const milestoneHandler: KindHandler = {
  complete: async ({ definition }) => {
    const event = definition.kind === "milestone" ? definition.completedBy : "its event";
    throw forbidden(`This milestone completes by itself when “${event}” happens.`);
  },
};
