import { describe, expect, it } from "vitest";
import { addDays, addHours } from "../health/durations";
import { ratingsSteady, reviewHeld, reviewRatedByBoth } from "./quarterly-review";
import { escalationsMetWithin48h } from "./resolution";
import type { QuarterlyReviewFacts } from "./schemas";
import { ReadinessFacts } from "./schemas";

const start = new Date("2026-01-01T00:00:00Z");
const day = (n: number) => addDays(start, n);
const at = (n: number, hours = 0) => addHours(day(n), hours).toISOString();
const facts = (overrides: Partial<ReadinessFacts> = {}) => ReadinessFacts.parse({ journeyStartedAt: start.toISOString(), ...overrides });

/** A review on day `heldOn` with [trust, satisfaction] from each side that rated. */
function review(heldOn: number, partner: [number, number] | null, host: [number, number] | null): QuarterlyReviewFacts {
  const ratings: QuarterlyReviewFacts["ratings"] = [];
  if (partner) ratings.push({ side: "partner", trust: partner[0], satisfaction: partner[1] });
  if (host) ratings.push({ side: "host", trust: host[0], satisfaction: host[1] });
  return { heldAt: at(heldOn), ratings };
}

describe("resolution moment", () => {
  it("says yes when every escalation was met within 48 hours", () => {
    const result = escalationsMetWithin48h(facts({ escalations: [{ raisedAt: at(3), resolutionMeetingAt: at(4) }, { raisedAt: at(10), resolutionMeetingAt: at(12) }] }), day(20));
    expect(result).toMatchObject({ answer: "yes", detail: "All 2 escalations were met within 48 hours." });
  });

  it("says no when one waited longer, met late or still waiting", () => {
    const state = facts({ escalations: [{ raisedAt: at(3), resolutionMeetingAt: at(6) }, { raisedAt: at(10), resolutionMeetingAt: null }, { raisedAt: at(15), resolutionMeetingAt: at(15, 5) }] });
    const result = escalationsMetWithin48h(state, day(16));
    expect(result.detail).toBe("2 of 3 escalations waited longer than 48 hours for a meeting (raised 2026-01-04, 2026-01-11).");
    expect(result.action).toContain("Hold the resolution meeting");
  });

  it("is not yet due with nothing raised, or while an escalation is inside its 48 hours", () => {
    expect(escalationsMetWithin48h(facts(), day(40)).detail).toBe("No escalation raised so far.");
    const waiting = escalationsMetWithin48h(facts({ escalations: [{ raisedAt: at(3), resolutionMeetingAt: at(7) }] }), day(4));
    expect(waiting).toMatchObject({ answer: "not_yet_due", detail: "1 escalation awaits its meeting, still within 48 hours." });
    const two = escalationsMetWithin48h(facts({ escalations: [{ raisedAt: at(3), resolutionMeetingAt: null }, { raisedAt: at(3, 2), resolutionMeetingAt: null }] }), day(4));
    expect(two.detail).toBe("2 escalations await their meeting, still within 48 hours.");
  });
});

describe("quarterly review moment", () => {
  it("expects the first review within 90 days and the next 90 days after the last", () => {
    expect(reviewHeld(facts(), day(89)).answer).toBe("not_yet_due");
    expect(reviewHeld(facts(), day(91))).toMatchObject({ answer: "no", detail: "No review held; one was due by 2026-04-01." });
    expect(reviewHeld(facts({ quarterlyReviews: [review(80, [8, 8], [8, 8])] }), day(100)).answer).toBe("yes");
    expect(reviewHeld(facts({ quarterlyReviews: [review(80, [8, 8], [8, 8])] }), day(171)).detail).toBe("The last review was on 2026-03-22; one was due by 2026-06-20.");
  });

  it("asks for the side that did not rate", () => {
    expect(reviewRatedByBoth(facts(), day(10)).answer).toBe("not_yet_due");
    expect(reviewRatedByBoth(facts({ quarterlyReviews: [review(80, [8, 8], null)] }), day(81)).detail).toBe("No rating from the host side.");
    expect(reviewRatedByBoth(facts({ quarterlyReviews: [review(80, [8, 8], [7, 7])] }), day(81)).answer).toBe("yes");
  });

  it("opens an investigation for a score under 6 or a drop of two points", () => {
    const reviews = [review(80, [9, 8], [8, 8]), review(170, [7, 5], [8, 8])];
    const result = ratingsSteady(facts({ quarterlyReviews: reviews }), day(171));
    expect(result.detail).toBe("Partner trust fell from 9 to 7; partner satisfaction is 5; partner satisfaction fell from 8 to 5.");
    expect(result.action).toContain("Open an investigation");
    expect(ratingsSteady(facts({ quarterlyReviews: [review(80, [6, 6], [9, 9])] }), day(81)).answer).toBe("yes");
  });

  it("cannot judge a review without ratings, nor one that has not happened", () => {
    expect(ratingsSteady(facts({ quarterlyReviews: [review(80, null, null)] }), day(81)).answer).toBe("unknown");
    expect(ratingsSteady(facts({ quarterlyReviews: [review(80, [2, 2], null)] }), day(79)).answer).toBe("not_yet_due");
  });
});
