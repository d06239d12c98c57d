import { z } from "zod";
import { conflict } from "../../../errors";
import { parseInput, resultSoFar, type KindHandler } from "./handler";

const Held = z.strictObject({ notes: z.string().trim().max(20_000, "at most 20,000 characters").optional() });

/** A meeting is done once it was scheduled and held; its notes are kept beside the schedule. */
export const meetingHandler: KindHandler = {
  complete: async ({ step, input, actor, now }) => {
    const { notes } = parseInput(Held, input, "Completing a meeting takes optional notes only.");
    const result = resultSoFar(step.result);
    if (!result.meeting) throw conflict("Schedule this meeting first (a time and attendees), then mark it held.");
    return { ...result, heldAt: now.toISOString(), recordedBy: actor.name, ...(notes ? { notes } : {}) };
  },
};
