import { z } from "zod";

const text = z.string().trim().min(1).max(100).optional().catch(undefined);

export const journeyViews = ["phases", "timeline", "history"] as const;
export type JourneyView = (typeof journeyViews)[number];

/**
 * A partner's journey page keeps what is open in the URL: which journey (when the partner has had
 * more than one), which view, and which step's drawer, so a link from "My work" lands on the step.
 */
export const JourneyPageSearch = z.object({
  journey: text,
  view: z.enum(journeyViews).optional().catch(undefined),
  step: text,
});
export type JourneyPageSearch = z.infer<typeof JourneyPageSearch>;
