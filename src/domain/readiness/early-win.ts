import { addDays, dayMs } from "../health/durations";
import type { Asked } from "./answer";
import { dayOf, isAtOrBefore, moment, no, notYetDue, unknown, yes } from "./answer";
import type { EarlyWinFacts, ReadinessFacts, ReadinessMoment, ReadinessQuestion } from "./schemas";

/*
 * Moment 2, the early win: a small joint project chosen in the first week with a lead on each
 * side, done within 30 days of the start, checked on every week, and announced to both teams.
 */

export const chooseWithinDays = 7;
export const earlyWinWithinDays = 30;

const chosenAsked: Asked = { key: "early_win_chosen_with_leads", question: "Is an early win chosen, with a lead on each side?" };
const deadlineAsked: Asked = { key: "early_win_deadline_within_30_days", question: "Is its deadline within 30 days of the start?" };
const checkInsAsked: Asked = { key: "early_win_weekly_check_ins", question: "Is there a check-in every week until the win is done?" };
const doneAsked: Asked = { key: "early_win_done_by_deadline", question: "Was the early win done by its deadline?" };
const announcedAsked: Asked = { key: "early_win_announced", question: "Was the win announced to both teams?" };

interface Window {
  start: Date;
  asOf: Date;
  win: EarlyWinFacts | null;
}

function doneAt(win: EarlyWinFacts | null, asOf: Date): Date | null {
  if (win === null || win.doneAt === null) return null;
  const done = new Date(win.doneAt);
  return isAtOrBefore(done, asOf) ? done : null;
}

export function earlyWinChosen({ start, asOf, win }: Window): ReadinessQuestion {
  const dueBy = addDays(start, chooseWithinDays);
  const missing = win === null ? [] : [win.hostLead === null ? "the host side" : null, win.partnerLead === null ? "the partner side" : null].filter((side) => side !== null);
  if (win !== null && missing.length === 0) return yes(chosenAsked, `Leads: ${win.hostLead} and ${win.partnerLead}.`);
  if (isAtOrBefore(asOf, dueBy)) return notYetDue(chosenAsked, `To be chosen by ${dayOf(dueBy)}, ideally in the alignment conversation.`);
  if (win === null) return no(chosenAsked, "No early win chosen after the first week.", "Pick a small joint project with the partner (a webinar, a co-written piece, an integration test) and name a lead on each side.");
  return no(chosenAsked, `No lead named for ${missing.join(" and ")}.`, `Name a lead for ${missing.join(" and ")}.`);
}

export function earlyWinDeadline({ start, asOf, win }: Window): ReadinessQuestion {
  const latest = addDays(start, earlyWinWithinDays);
  const action = `Set a deadline no later than ${dayOf(latest)}; cut the scope if it cannot fit.`;
  if (win !== null && win.deadline !== null) {
    const deadline = new Date(win.deadline);
    if (isAtOrBefore(deadline, latest)) return yes(deadlineAsked, `Deadline ${dayOf(deadline)}.`);
    return no(deadlineAsked, `Deadline ${dayOf(deadline)} is later than 30 days after the start (${dayOf(latest)}).`, action);
  }
  if (isAtOrBefore(asOf, addDays(start, chooseWithinDays))) return notYetDue(deadlineAsked, "No deadline set yet.");
  return no(deadlineAsked, "No deadline set.", action);
}

/**
 * The first week belongs to alignment; from the second on, each full week before the win is done
 * needs at least one check-in. A week still running is not judged yet.
 */
export function missedCheckInWeeks({ start, asOf, win }: Window): number[] {
  const end = doneAt(win, asOf) ?? asOf;
  const fullWeeks = Math.floor((end.getTime() - start.getTime()) / (7 * dayMs));
  const checkIns = (win?.checkInsHeldAt ?? []).map((at) => new Date(at).getTime());
  const weeks = Array.from({ length: Math.max(0, fullWeeks - 1) }, (_, index) => index + 2);
  return weeks.filter((week) => {
    const from = addDays(start, 7 * (week - 1)).getTime();
    const to = from + 7 * dayMs;
    return !checkIns.some((at) => at >= from && at < to);
  });
}

export function weeklyCheckIns(window: Window): ReadinessQuestion {
  const missed = missedCheckInWeeks(window);
  const fullWeeks = Math.floor(((doneAt(window.win, window.asOf) ?? window.asOf).getTime() - window.start.getTime()) / (7 * dayMs));
  if (missed.length > 0) {
    const weeks = missed.length === 1 ? `week ${missed[0]}` : `weeks ${missed.slice(0, -1).join(", ")} and ${missed.at(-1)}`;
    return no(checkInsAsked, `No check-in in ${weeks}.`, "Schedule a recurring 30-minute weekly check-in with both leads until the win is done.");
  }
  if (fullWeeks < 2) return notYetDue(checkInsAsked, "The first week of check-ins has not ended yet.");
  return yes(checkInsAsked, `A check-in in each of the ${fullWeeks - 1} weeks so far.`);
}

export function earlyWinDone({ start, asOf, win }: Window): ReadinessQuestion {
  const deadline = win?.deadline ? new Date(win.deadline) : addDays(start, earlyWinWithinDays);
  const done = doneAt(win, asOf);
  if (done !== null && isAtOrBefore(done, deadline)) return yes(doneAsked, `Done on ${dayOf(done)}.`);
  if (done !== null) return no(doneAsked, `Done on ${dayOf(done)}, after the deadline of ${dayOf(deadline)}.`, "Ask both leads what held it up and size the next joint project smaller.");
  if (isAtOrBefore(asOf, deadline)) return notYetDue(doneAsked, `Due by ${dayOf(deadline)}.`);
  return no(doneAsked, `Not done; the deadline was ${dayOf(deadline)}.`, "Meet both leads this week, cut the scope to what can finish now and set a new date.");
}

export function earlyWinAnnounced({ asOf, win }: Window): ReadinessQuestion {
  if (win === null || doneAt(win, asOf) === null) return notYetDue(announcedAsked, "The win is not done yet.");
  if (win.announcedAt === undefined) return unknown(announcedAsked, "There is no record of an announcement.");
  if (win.announcedAt !== null && isAtOrBefore(new Date(win.announcedAt), asOf)) return yes(announcedAsked, `Announced on ${dayOf(new Date(win.announcedAt))}.`);
  return no(announcedAsked, "Done but not announced.", "Announce the win to both teams (a short post or email naming both leads) and start the case study from its template.");
}

export function earlyWinMoment(facts: ReadinessFacts, asOf: Date): ReadinessMoment {
  const window: Window = { start: new Date(facts.journeyStartedAt), asOf, win: facts.earlyWin };
  return moment("early_win", [earlyWinChosen(window), earlyWinDeadline(window), weeklyCheckIns(window), earlyWinDone(window), earlyWinAnnounced(window)]);
}
