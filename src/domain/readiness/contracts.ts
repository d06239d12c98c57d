import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { ReadinessChecklist } from "./schemas";

/** API contract of the readiness checklist (issue 6, R-F8): staff only, answered from the data. */
export const PartnerReadiness = z
  .object({
    partnerId: Id,
    /** Null: the partner has no journey yet, so no moment is due. */
    journeyStartedAt: Timestamp.nullable(),
    checklist: ReadinessChecklist.nullable(),
  })
  .meta({ id: "PartnerReadiness" });
export type PartnerReadiness = z.infer<typeof PartnerReadiness>;
