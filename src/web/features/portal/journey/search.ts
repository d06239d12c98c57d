import { z } from "zod";

/** /w/$ws/portal/journey?journey=…&step=…: which journey (the latest when left out) and which step is open. */
export const PortalJourneySearch = z.object({
  journey: z.string().max(100).optional().catch(undefined),
  step: z.string().max(100).optional().catch(undefined),
});
export type PortalJourneySearch = z.infer<typeof PortalJourneySearch>;
