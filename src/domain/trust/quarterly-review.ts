import { z } from "zod";
import { Side } from "./side";

/**
 * The quarterly relationship review (R-F6): each side rates trust and satisfaction from 1 to 10
 * and says why. A score outside 1–10 is refused (the server answers 400) with a message that
 * names the field, because the form shows it next to one of two look-alike sliders.
 */
const score = (field: string) =>
  z
    .number({ error: `${field} must be a whole number from 1 to 10` })
    .int(`${field} must be a whole number from 1 to 10`)
    .min(1, `${field} must be at least 1`)
    .max(10, `${field} must be at most 10`);

export const measures = ["trust", "satisfaction"] as const;
export type Measure = (typeof measures)[number];

export const ReviewRating = z.strictObject({
  side: Side,
  trust: score("trust"),
  satisfaction: score("satisfaction"),
  comment: z.string({ error: "comment: say in a sentence why you gave these scores" }).trim().min(1, "comment: say in a sentence why you gave these scores").max(2000, "comment: at most 2,000 characters"),
});
export type ReviewRating = z.infer<typeof ReviewRating>;

/**
 * When a review opens an investigation: a drop of two points or more against the same side's
 * previous review (a one-point wobble is noise), or any score under 6 (below the middle of the
 * scale is a problem even when it has always been low, and even on the first review).
 */
export const dropThreshold = 2;
export const lowScoreBelow = 6;

export type InvestigationReason = "dropped" | "low";

export interface InvestigationTrigger {
  readonly side: Side;
  readonly measure: Measure;
  /** The same side's previous score; null on a first review. */
  readonly from: number | null;
  readonly to: number;
  readonly reasons: readonly InvestigationReason[];
  readonly explanation: string;
}

/** The investigations a side's new rating opens, compared with its own previous rating. */
export function investigationTriggers(previous: ReviewRating | null, current: ReviewRating): InvestigationTrigger[] {
  return measures.flatMap((measure) => {
    const from = previous ? previous[measure] : null;
    const to = current[measure];
    const reasons: InvestigationReason[] = [];
    const parts: string[] = [];
    if (from !== null && from - to >= dropThreshold) {
      reasons.push("dropped");
      parts.push(`dropped by ${String(from - to)} from ${String(from)} to ${String(to)}`);
    }
    if (to < lowScoreBelow) {
      reasons.push("low");
      parts.push(`is ${String(to)}, under ${String(lowScoreBelow)}`);
    }
    if (reasons.length === 0) return [];
    return [{ side: current.side, measure, from, to, reasons, explanation: `The ${current.side} side's ${measure} score ${parts.join(" and ")}.` }];
  });
}

/** Both sides of a review at once; each is compared with its own previous rating only. */
export function reviewInvestigations(previous: readonly ReviewRating[], current: readonly ReviewRating[]): InvestigationTrigger[] {
  return current.flatMap((rating) => investigationTriggers(previous.find((earlier) => earlier.side === rating.side) ?? null, rating));
}
