import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { ReviewRating } from "../trust/quarterly-review";
import { Side } from "../trust/side";
import { Quarter } from "./quarter";

/*
 * The API contracts of quarterly reviews (R-F6). The scale and the investigation rule live in
 * domain/trust/quarterly-review.ts. Investigations are journey steps the host keeps internal,
 * so `investigation` is filled for staff only; partner users read both sides' figures.
 */

/** What a caller sends: the side is theirs (staff rate as host, partner users as partner). */
export const RateQuarterInput = ReviewRating.omit({ side: true }).meta({ id: "RateQuarter" });
export type RateQuarterInput = z.infer<typeof RateQuarterInput>;

export const QuarterParams = z.object({ quarter: Quarter });

export const ReviewInvestigation = z.object({
  /** Why it was opened, one sentence per measure (e.g. "trust dropped by 3 from 8 to 5"). */
  reasons: z.array(z.string()),
  /** The internal journey step; null when the partner had no running journey to add it to. */
  stepId: Id.nullable(),
});
export type ReviewInvestigation = z.infer<typeof ReviewInvestigation>;

export const SideRating = z.object({
  side: Side,
  trust: z.number().int(),
  satisfaction: z.number().int(),
  comment: z.string(),
  ratedBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
  ratedAt: Timestamp,
  investigation: ReviewInvestigation.nullable(),
});
export type SideRating = z.infer<typeof SideRating>;

export const QuarterReview = z.object({ quarter: Quarter, host: SideRating.nullable(), partner: SideRating.nullable() });
export type QuarterReview = z.infer<typeof QuarterReview>;

export const QuarterlyReviews = z
  .object({
    /** The quarter that can be rated now (in the partner's time zone). */
    currentQuarter: Quarter,
    /** The side the caller rates for. */
    mySide: Side,
    /** Newest first. */
    quarters: z.array(QuarterReview),
  })
  .meta({ id: "QuarterlyReviews" });
export type QuarterlyReviews = z.infer<typeof QuarterlyReviews>;

/** The answer to a rating: the reviews as they now stand, and (staff only) what the rating opened. */
export const QuarterRated = QuarterlyReviews.extend({
  investigation: ReviewInvestigation.extend({ alerted: z.array(z.string()) }).nullable(),
}).meta({ id: "QuarterRated" });
export type QuarterRated = z.infer<typeof QuarterRated>;
