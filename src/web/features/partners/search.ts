import { z } from "zod";
import { LifecycleStage } from "../../../domain/partners/lifecycle";
import { partnerSorts } from "../../../domain/partners/schemas";

const text = z.string().trim().min(1).optional().catch(undefined);

/** The partners list state lives in the URL, so links, reloads and the back button keep it. */
export const PartnersSearch = z.object({
  q: z.string().min(1).optional().catch(undefined),
  stage: LifecycleStage.optional().catch(undefined),
  typeId: text,
  tierId: text,
  ownerUserId: text,
  sort: z.enum(partnerSorts).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type PartnersSearch = z.infer<typeof PartnersSearch>;

export const partnerTabs = ["overview", "journey", "relationship", "meetings", "interviews", "people", "timeline"] as const;
export const PartnerPageSearch = z.object({
  tab: z.enum(partnerTabs).optional().catch(undefined),
  /** The meeting opened on the meetings tab (links from reminders). */
  meeting: z.string().min(1).optional().catch(undefined),
});
export type PartnerTab = (typeof partnerTabs)[number];
