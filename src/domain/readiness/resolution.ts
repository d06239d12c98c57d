import { addHours } from "../health/durations";
import type { Asked } from "./answer";
import { dayOf, isAtOrBefore, moment, no, notYetDue, yes } from "./answer";
import type { ReadinessFacts, ReadinessMoment, ReadinessQuestion } from "./schemas";

/*
 * Moment 3, a misunderstanding resolved in the open: whoever raises it, the two sides meet
 * within 48 hours rather than trading emails (R-F5).
 */

export const resolutionWithinHours = 48;

const escalationsAsked: Asked = { key: "escalations_met_within_48h", question: "Was every escalation met with a resolution meeting within 48 hours?" };

type EscalationState = "met_in_time" | "late" | "waiting";

function escalationState(raisedAt: Date, metAt: Date | null, asOf: Date): EscalationState {
  const dueBy = addHours(raisedAt, resolutionWithinHours);
  if (metAt !== null) return isAtOrBefore(metAt, dueBy) ? "met_in_time" : "late";
  return isAtOrBefore(asOf, dueBy) ? "waiting" : "late";
}

export function escalationsMetWithin48h(facts: ReadinessFacts, asOf: Date): ReadinessQuestion {
  const raised = facts.escalations
    .map((escalation) => ({ raisedAt: new Date(escalation.raisedAt), metAt: escalation.resolutionMeetingAt === null ? null : new Date(escalation.resolutionMeetingAt) }))
    .filter((escalation) => isAtOrBefore(escalation.raisedAt, asOf))
    .map((escalation) => ({ ...escalation, state: escalationState(escalation.raisedAt, escalation.metAt !== null && isAtOrBefore(escalation.metAt, asOf) ? escalation.metAt : null, asOf) }));
  if (raised.length === 0) return notYetDue(escalationsAsked, "No escalation raised so far.");
  const late = raised.filter((escalation) => escalation.state === "late");
  if (late.length > 0) {
    const when = late.map((escalation) => dayOf(escalation.raisedAt)).join(", ");
    return no(escalationsAsked, `${late.length} of ${raised.length} escalations waited longer than 48 hours for a meeting (raised ${when}).`, "Hold the resolution meeting for any escalation still waiting now; hear both sides, agree an action and log the lesson.");
  }
  const waiting = raised.filter((escalation) => escalation.state === "waiting");
  if (waiting.length > 0) return notYetDue(escalationsAsked, `${waiting.length} escalation${waiting.length === 1 ? " awaits its" : "s await their"} meeting, still within 48 hours.`);
  return yes(escalationsAsked, `All ${raised.length} escalations were met within 48 hours.`);
}

export function resolutionMoment(facts: ReadinessFacts, asOf: Date): ReadinessMoment {
  return moment("resolution", [escalationsMetWithin48h(facts, asOf)]);
}
