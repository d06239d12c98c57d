import { z } from "zod";
import { JourneyStatus } from "../../../domain/journeys/contracts";

const id = z.string().trim().min(1).max(100).optional().catch(undefined);

/** The cohort page's filters live in the URL, so a link to "late resellers" stays one. */
export const CohortSearch = z.object({
  typeId: id,
  templateId: id,
  status: JourneyStatus.optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type CohortSearch = z.infer<typeof CohortSearch>;
