import { describe, expect, it } from "vitest";
import { addDays } from "../health/durations";
import { earlyWinAnnounced, earlyWinChosen, earlyWinDeadline, earlyWinDone, earlyWinMoment, missedCheckInWeeks, weeklyCheckIns } from "./early-win";
import type { EarlyWinFacts } from "./schemas";
import { ReadinessFacts } from "./schemas";

const start = new Date("2026-04-06T08:00:00Z");
const day = (n: number) => addDays(start, n);
const at = (n: number) => day(n).toISOString();

function win(overrides: Partial<EarlyWinFacts> = {}): EarlyWinFacts {
  return { hostLead: "Ana", partnerLead: "Bo", deadline: at(28), checkInsHeldAt: [at(8), at(15), at(22)], doneAt: null, ...overrides };
}

describe("early win moment", () => {
  it("is ready when a win with two leads and a 30-day deadline was checked on weekly, done and announced", () => {
    const facts = ReadinessFacts.parse({ journeyStartedAt: start.toISOString(), earlyWin: win({ doneAt: at(26), announcedAt: at(27) }) });
    const result = earlyWinMoment(facts, day(30));
    expect(result.questions.map((question) => question.answer)).toEqual(["yes", "yes", "yes", "yes", "yes"]);
    expect(result.status).toBe("ready");
  });

  it("gives the first week to choose the win, then asks for it and for the missing lead", () => {
    expect(earlyWinChosen({ start, asOf: day(5), win: null }).answer).toBe("not_yet_due");
    expect(earlyWinChosen({ start, asOf: day(8), win: null }).action).toContain("Pick a small joint project");
    const oneLead = earlyWinChosen({ start, asOf: day(8), win: win({ partnerLead: null }) });
    expect(earlyWinChosen({ start, asOf: day(8), win: win({ hostLead: null, partnerLead: null }) }).detail).toBe("No lead named for the host side and the partner side.");
    expect(oneLead).toMatchObject({ answer: "no", detail: "No lead named for the partner side.", action: "Name a lead for the partner side." });
  });

  it("says no to a deadline beyond 30 days and to no deadline after week one", () => {
    expect(earlyWinDeadline({ start, asOf: day(8), win: win({ deadline: at(45) }) })).toMatchObject({ answer: "no", detail: "Deadline 2026-05-21 is later than 30 days after the start (2026-05-06)." });
    expect(earlyWinDeadline({ start, asOf: day(3), win: null }).answer).toBe("not_yet_due");
    expect(earlyWinDeadline({ start, asOf: day(9), win: win({ deadline: null }) }).action).toBe("Set a deadline no later than 2026-05-06; cut the scope if it cannot fit.");
  });

  it("lists the weeks that passed without a check-in and stops counting once the win is done", () => {
    const skipped = win({ checkInsHeldAt: [at(8), at(23)] });
    expect(missedCheckInWeeks({ start, asOf: day(29), win: skipped })).toEqual([3]);
    expect(weeklyCheckIns({ start, asOf: day(36), win: win({ checkInsHeldAt: [at(9)] }) }).detail).toBe("No check-in in weeks 3, 4 and 5.");
    expect(weeklyCheckIns({ start, asOf: day(60), win: win({ checkInsHeldAt: [at(8)], doneAt: at(14) }) }).answer).toBe("yes");
    expect(weeklyCheckIns({ start, asOf: day(13), win: null }).answer).toBe("not_yet_due");
    expect(weeklyCheckIns({ start, asOf: day(14), win: null }).detail).toBe("No check-in in week 2.");
  });

  it("says no to a win finished late and to one still open after its deadline", () => {
    expect(earlyWinDone({ start, asOf: day(20), win: win() })).toMatchObject({ answer: "not_yet_due", detail: "Due by 2026-05-04." });
    expect(earlyWinDone({ start, asOf: day(35), win: win({ doneAt: at(33) }) }).detail).toBe("Done on 2026-05-09, after the deadline of 2026-05-04.");
    expect(earlyWinDone({ start, asOf: day(31), win: null })).toMatchObject({ answer: "no", detail: "Not done; the deadline was 2026-05-06." });
    expect(earlyWinDone({ start, asOf: day(20), win: win({ doneAt: at(25) }) }).answer).toBe("not_yet_due");
  });

  it("asks for an announcement only once the win is done, and admits when it has no record", () => {
    expect(earlyWinAnnounced({ start, asOf: day(20), win: null }).answer).toBe("not_yet_due");
    expect(earlyWinAnnounced({ start, asOf: day(27), win: win({ doneAt: at(26) }) }).answer).toBe("unknown");
    expect(earlyWinAnnounced({ start, asOf: day(27), win: win({ doneAt: at(26), announcedAt: null }) }).action).toContain("Announce the win to both teams");
    expect(earlyWinAnnounced({ start, asOf: day(27), win: win({ doneAt: at(26), announcedAt: at(30) }) }).answer).toBe("no");
  });
});
