import { describe, expect, it } from "vitest";
import { addDays } from "../health/durations";
import { readinessChecklist } from "./checklist";
import { ReadinessChecklist, ReadinessFacts } from "./schemas";

const start = new Date("2026-09-01T09:00:00Z");
const at = (n: number) => addDays(start, n).toISOString();

describe("readiness checklist", () => {
  it("shows a new partner on day one every moment as on track, nothing yet to fix", () => {
    const checklist = readinessChecklist(ReadinessFacts.parse({ journeyStartedAt: start.toISOString(), preferencesSurveyAnsweredAt: null }), start);
    expect(ReadinessChecklist.parse(checklist)).toEqual(checklist);
    expect(checklist.status).toBe("on_track");
    expect(checklist.moments.map((moment) => moment.key)).toEqual(["alignment", "early_win", "resolution", "quarterly_review", "every_meeting"]);
    expect(checklist.moments.flatMap((moment) => moment.questions).every((question) => question.answer === "not_yet_due")).toBe(true);
  });

  it("gives every no a suggested action", () => {
    const neglected = ReadinessFacts.parse({ journeyStartedAt: start.toISOString(), preferencesSurveyAnsweredAt: null, meetings: [{ kind: "kickoff", heldAt: at(1), recapSentAt: null }], escalations: [{ raisedAt: at(5), resolutionMeetingAt: null }] });
    const checklist = readinessChecklist(neglected, addDays(start, 120));
    const noes = checklist.moments.flatMap((moment) => moment.questions).filter((question) => question.answer === "no");
    expect(checklist.status).toBe("needs_action");
    expect(noes.map((question) => question.key)).toHaveLength(9);
    expect(noes.every((question) => (question.action ?? "").length > 10)).toBe(true);
  });

  it("is ready once every question of a moment is a yes", () => {
    const facts = ReadinessFacts.parse({
      journeyStartedAt: start.toISOString(),
      meetings: [{ kind: "alignment", heldAt: at(2), recapSentAt: at(2) }],
      escalations: [{ raisedAt: at(3), resolutionMeetingAt: at(4) }],
    });
    const checklist = readinessChecklist(facts, addDays(start, 5));
    const byKey = Object.fromEntries(checklist.moments.map((moment) => [moment.key, moment.status]));
    expect(byKey).toMatchObject({ resolution: "ready", every_meeting: "ready", early_win: "on_track" });
  });
});
