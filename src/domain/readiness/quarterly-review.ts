import type { Side } from "../health/schemas";
import { addDays } from "../health/durations";
import type { Asked } from "./answer";
import { dayOf, isAtOrBefore, moment, no, notYetDue, unknown, yes } from "./answer";
import type { QuarterlyReviewFacts, ReadinessFacts, ReadinessMoment, ReadinessQuestion } from "./schemas";

/*
 * The quarterly relationship review (R-F6): both sides rate trust and satisfaction 1–10; a score
 * under 6 or a drop of two points or more calls for an investigation.
 */

export const reviewEveryDays = 90;
export const lowRating = 6;
export const worryingDrop = 2;

const heldAsked: Asked = { key: "quarterly_review_held", question: "Was a relationship review held in the last quarter?" };
const ratedAsked: Asked = { key: "quarterly_review_rated_by_both", question: "Did both sides rate trust and satisfaction in the latest review?" };
const steadyAsked: Asked = { key: "quarterly_ratings_steady", question: "Are the latest ratings 6 or more, with no drop of 2 points or more?" };

function reviewsBy(facts: ReadinessFacts, asOf: Date): QuarterlyReviewFacts[] {
  return facts.quarterlyReviews.filter((review) => isAtOrBefore(new Date(review.heldAt), asOf)).sort((a, b) => new Date(a.heldAt).getTime() - new Date(b.heldAt).getTime());
}

export function reviewHeld(facts: ReadinessFacts, asOf: Date): ReadinessQuestion {
  const last = reviewsBy(facts, asOf).at(-1);
  const dueBy = addDays(new Date(last?.heldAt ?? facts.journeyStartedAt), reviewEveryDays);
  const action = "Schedule the quarterly review and ask both sides to rate trust and satisfaction from 1 to 10.";
  if (!isAtOrBefore(asOf, dueBy)) return no(heldAsked, `${last ? `The last review was on ${dayOf(new Date(last.heldAt))}` : "No review held"}; one was due by ${dayOf(dueBy)}.`, action);
  if (last === undefined) return notYetDue(heldAsked, `The first review is due by ${dayOf(dueBy)}.`);
  return yes(heldAsked, `Held on ${dayOf(new Date(last.heldAt))}; the next is due by ${dayOf(dueBy)}.`);
}

function ratingOf(review: QuarterlyReviewFacts | undefined, side: Side) {
  return review?.ratings.find((rating) => rating.side === side);
}

export function reviewRatedByBoth(facts: ReadinessFacts, asOf: Date): ReadinessQuestion {
  const last = reviewsBy(facts, asOf).at(-1);
  if (last === undefined) return notYetDue(ratedAsked, "No review held yet.");
  const missing = (["partner", "host"] satisfies Side[]).filter((side) => ratingOf(last, side) === undefined);
  if (missing.length === 0) return yes(ratedAsked, "Both sides rated.");
  return no(ratedAsked, `No rating from the ${missing.join(" or the ")} side.`, "Ask for the missing ratings while the review is fresh; a score on its own is worth little without the other side's.");
}

/** Each worry as a phrase: a score below 6, or a fall of 2+ since the side's previous review. */
export function ratingWorries(latest: QuarterlyReviewFacts, previous: QuarterlyReviewFacts | undefined): string[] {
  return latest.ratings.flatMap((rating) => {
    const before = ratingOf(previous, rating.side);
    return (["trust", "satisfaction"] satisfies ("trust" | "satisfaction")[]).flatMap((measure) => {
      const worries: string[] = [];
      if (rating[measure] < lowRating) worries.push(`${rating.side} ${measure} is ${rating[measure]}`);
      if (before !== undefined && before[measure] - rating[measure] >= worryingDrop) worries.push(`${rating.side} ${measure} fell from ${before[measure]} to ${rating[measure]}`);
      return worries;
    });
  });
}

export function ratingsSteady(facts: ReadinessFacts, asOf: Date): ReadinessQuestion {
  const reviews = reviewsBy(facts, asOf);
  const latest = reviews.at(-1);
  if (latest === undefined) return notYetDue(steadyAsked, "No review held yet.");
  if (latest.ratings.length === 0) return unknown(steadyAsked, "The latest review has no ratings.");
  const worries = ratingWorries(latest, reviews.at(-2));
  if (worries.length === 0) return yes(steadyAsked, "All ratings are 6 or more and none fell by 2 points.");
  return no(steadyAsked, `${worries.join("; ")}.`.replace(/^./, (first) => first.toUpperCase()), "Open an investigation: talk with the partner's lead this week, find what changed and agree one action.");
}

export function quarterlyReviewMoment(facts: ReadinessFacts, asOf: Date): ReadinessMoment {
  return moment("quarterly_review", [reviewHeld(facts, asOf), reviewRatedByBoth(facts, asOf), ratingsSteady(facts, asOf)]);
}
