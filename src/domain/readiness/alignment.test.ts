import { describe, expect, it } from "vitest";
import { addDays, addHours } from "../health/durations";
import { alignmentInFirstWeek, alignmentMoment, alignmentRecap, surveyBeforeKickoff } from "./alignment";
import { recapsWithin24h } from "./recaps";
import type { ReadinessMeeting } from "./schemas";
import { ReadinessFacts } from "./schemas";

const start = new Date("2026-02-02T09:00:00Z");
const at = (days: number, hours = 0) => addHours(addDays(start, days), hours).toISOString();
const facts = (overrides: Partial<ReadinessFacts> = {}) => ReadinessFacts.parse({ journeyStartedAt: start.toISOString(), ...overrides });
const day = (n: number) => addDays(start, n);

describe("alignment moment", () => {
  it("says yes when the alignment conversation happened in week one and its recap went out the same day", () => {
    const state = facts({ preferencesSurveyAnsweredAt: at(1), meetings: [{ kind: "kickoff", heldAt: at(2), recapSentAt: at(2, 3) }, { kind: "alignment", heldAt: at(4), recapSentAt: at(4, 20) }] });
    const result = alignmentMoment(state, day(6));
    expect(result.status).toBe("ready");
    expect(result.counts).toEqual({ yes: 3, no: 0, not_yet_due: 0, unknown: 0 });
  });

  it("waits for the first week to end before calling a missing alignment conversation a no", () => {
    expect(alignmentInFirstWeek(facts(), day(7)).answer).toBe("not_yet_due");
    const late = alignmentInFirstWeek(facts(), day(8));
    expect(late).toMatchObject({ answer: "no", detail: "Not held; the first week ended on 2026-02-09." });
    expect(late.action).toContain("Hold the alignment conversation now");
  });

  it("says no to an alignment conversation held in week two, with a follow-up to keep", () => {
    const result = alignmentInFirstWeek(facts({ meetings: [{ kind: "alignment", heldAt: at(9) }] }), day(10));
    expect(result).toMatchObject({ answer: "no", detail: "Held on 2026-02-11, after the first week ended on 2026-02-09." });
  });

  it("gives the recap 24 hours before it becomes a no", () => {
    const held = facts({ meetings: [{ kind: "alignment", heldAt: at(3), recapSentAt: null }] });
    expect(alignmentRecap(held, day(3.5)).answer).toBe("not_yet_due");
    expect(alignmentRecap(held, addHours(day(4), 1))).toMatchObject({ answer: "no" });
    expect(alignmentRecap(facts({ meetings: [{ kind: "alignment", heldAt: at(3), recapSentAt: at(5) }] }), day(6)).answer).toBe("no");
    expect(alignmentRecap(facts(), day(3)).answer).toBe("not_yet_due");
    expect(alignmentRecap(facts({ meetings: [{ kind: "alignment", heldAt: at(3) }] }), day(6)).answer).toBe("unknown");
  });

  it("answers the survey question with unknown when the journey has no survey record", () => {
    expect(surveyBeforeKickoff(facts(), day(3)).answer).toBe("unknown");
  });

  it("says no to a survey answered only after the kickoff, and not yet due before the kickoff", () => {
    const kickoff: ReadinessMeeting = { kind: "kickoff", heldAt: at(2) };
    expect(surveyBeforeKickoff(facts({ preferencesSurveyAnsweredAt: null }), day(1)).answer).toBe("not_yet_due");
    expect(surveyBeforeKickoff(facts({ preferencesSurveyAnsweredAt: null, meetings: [kickoff] }), day(3))).toMatchObject({ answer: "no", detail: "It has not been answered, after the kickoff on 2026-02-04." });
    const afterwards = surveyBeforeKickoff(facts({ preferencesSurveyAnsweredAt: at(3), meetings: [kickoff] }), day(4));
    expect(afterwards.detail).toBe("It was answered on 2026-02-05, after the kickoff on 2026-02-04.");
    expect(afterwards.action).toContain("preferences survey");
  });

  it("does not count a survey answer dated after the day asked about", () => {
    expect(surveyBeforeKickoff(facts({ preferencesSurveyAnsweredAt: at(5) }), day(1)).answer).toBe("not_yet_due");
  });
});

describe("recaps of every meeting", () => {
  it("names each meeting whose recap went out late or never", () => {
    const meetings: ReadinessMeeting[] = [
      { kind: "kickoff", heldAt: at(1), recapSentAt: at(1, 2) },
      { kind: "check_in", heldAt: at(8), recapSentAt: null },
      { kind: "quarterly_review", heldAt: at(9), recapSentAt: at(11) },
    ];
    const result = recapsWithin24h(meetings, day(12));
    expect(result.detail).toBe("2 of 3 recaps went out late or not at all (check-in of 2026-02-10, quarterly-review of 2026-02-11).");
    expect(result.action).toContain("Send the missing recaps now");
  });

  it("is not yet due before any meeting and while a recap is within its 24 hours", () => {
    expect(recapsWithin24h([], day(1)).detail).toBe("No meeting held yet.");
    const twoFresh: ReadinessMeeting[] = [{ kind: "workshop", heldAt: at(1), recapSentAt: null }, { kind: "debrief", heldAt: at(1, 2), recapSentAt: null }];
    expect(recapsWithin24h(twoFresh, day(1.5)).detail).toBe("2 recaps are still within the 24 hours.");
    expect(recapsWithin24h([{ kind: "workshop", heldAt: at(1), recapSentAt: null }, { kind: "debrief", heldAt: null, recapSentAt: null }], day(1.5))).toMatchObject({ answer: "not_yet_due", detail: "1 recap is still within the 24 hours." });
  });

  it("says unknown when a meeting has no record of its recap, and yes when every recap was on time", () => {
    expect(recapsWithin24h([{ kind: "workshop", heldAt: at(1) }], day(3)).answer).toBe("unknown");
    expect(recapsWithin24h([{ kind: "workshop", heldAt: at(1), recapSentAt: at(1, 24) }], day(3))).toMatchObject({ answer: "yes", detail: "All 1 recaps went out within 24 hours." });
  });
});
