import { z } from "zod";
import { Id, Page, Timestamp } from "../common/schemas";
import { LifecycleStage } from "../partners/lifecycle";
import { HealthBand, HealthScore, HealthTrendPoint } from "./schemas";

/*
 * API contracts of the health scorecard and the portfolio (issue 6, R-F9). The scorecard and the
 * portfolio read the same stored score (`partner_health`), so the two never disagree.
 */

/** The stages whose relationship is looked after: the portfolio lists these, the periodic refresh scores these. */
export const healthStages = ["onboarding", "active", "offboarding"] as const;

export const PartnerHealth = z
  .object({
    partnerId: Id,
    name: z.string(),
    stage: LifecycleStage,
    health: HealthScore,
    /** Weekly points over the last 12 months (from the journey's start if later), ending now. */
    trend: z.array(HealthTrendPoint),
    computedAt: Timestamp,
  })
  .meta({ id: "PartnerHealth" });
export type PartnerHealth = z.infer<typeof PartnerHealth>;

export const PortfolioQuery = Page.extend({
  band: HealthBand.optional(),
  /** A staff user's id, or `none` for partners without an owner. */
  ownerUserId: z.string().min(1).max(100).optional(),
});
export type PortfolioQuery = z.infer<typeof PortfolioQuery>;

export const PortfolioRow = z.object({
  partnerId: Id,
  name: z.string(),
  stage: LifecycleStage,
  owner: z.object({ userId: z.string(), name: z.string() }).nullable(),
  /** Null while the partner has not been scored yet (the next refresh scores it). */
  score: z.number().int().min(0).max(100).nullable(),
  band: HealthBand.nullable(),
  basedOnWeight: z.number().int().min(0).max(100).nullable(),
  openIssues: z.number().int().min(0),
  computedAt: Timestamp.nullable(),
});
export type PortfolioRow = z.infer<typeof PortfolioRow>;

export const BandTotals = z.object({ healthy: z.number().int(), watch: z.number().int(), at_risk: z.number().int(), unscored: z.number().int() });
export type BandTotals = z.infer<typeof BandTotals>;

export const HealthPortfolio = z
  .object({
    items: z.array(PortfolioRow),
    /** Rows under all filters (band included), for paging. */
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** Per band under the owner filter only, so the bar shows the whole picture the band filter picks from. */
    bandTotals: BandTotals,
    /** The oldest and newest computation among the listed partners: "figures as of". */
    computedFrom: Timestamp.nullable(),
    computedTo: Timestamp.nullable(),
    owners: z.array(z.object({ userId: z.string(), name: z.string() })),
  })
  .meta({ id: "HealthPortfolio" });
export type HealthPortfolio = z.infer<typeof HealthPortfolio>;
