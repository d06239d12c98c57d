import { alignmentMoment } from "./alignment";
import { moment, statusOf } from "./answer";
import { earlyWinMoment } from "./early-win";
import { quarterlyReviewMoment } from "./quarterly-review";
import { recapsWithin24h } from "./recaps";
import { resolutionMoment } from "./resolution";
import type { ReadinessChecklist, ReadinessFacts } from "./schemas";

/** The readiness checklist of one partner's journey as it stands at `asOf` (R-F8). */
export function readinessChecklist(facts: ReadinessFacts, asOf: Date): ReadinessChecklist {
  const moments = [
    alignmentMoment(facts, asOf),
    earlyWinMoment(facts, asOf),
    resolutionMoment(facts, asOf),
    quarterlyReviewMoment(facts, asOf),
    moment("every_meeting", [recapsWithin24h(facts.meetings, asOf)]),
  ];
  const answers = moments.flatMap((entry) => entry.questions.map((question) => question.answer));
  return { asOf: asOf.toISOString(), status: statusOf(answers), moments };
}
