import type { PreferencesSurvey } from "../trust/alignment";
import type { Side } from "../trust/side";
import { offsetAt } from "../journeys/schedule/zoned-time";

/*
 * What the answers of both sides add up to, so whoever schedules a meeting sees at a glance the
 * hours that fall inside everyone's working day, the channel most people prefer and the rhythm
 * they asked for. Pure: the answers and a reference instant (offsets change with DST) go in.
 */

export interface AnsweredPreferences {
  readonly side: Side;
  readonly answers: PreferencesSurvey;
}

export interface Tally<Value extends string> {
  readonly value: Value;
  readonly host: number;
  readonly partner: number;
}

export interface LocalWindow {
  readonly zone: string;
  /** "HH:MM" on that zone's clock. */
  readonly from: string;
  readonly to: string;
}

export interface PreferencesSummaryFacts {
  readonly answered: { readonly host: number; readonly partner: number };
  /** Most-wanted first; ties keep the survey's order. */
  readonly meetingFrequency: Tally<PreferencesSurvey["meetingFrequency"]>[];
  readonly preferredChannel: Tally<PreferencesSurvey["preferredChannel"]>[];
  readonly learningStyle: Tally<PreferencesSurvey["learningStyle"]>[];
  readonly timeZones: Tally<string>[];
  /** The longest stretch inside 09:00–17:00 of every zone named, on each zone's clock; null when there is none. */
  readonly commonHours: { readonly minutes: number; readonly windows: LocalWindow[] } | null;
}

export const workingDay = { startHour: 9, endHour: 17 } as const;
const SLOT_MINUTES = 15;
const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;

function tally<Value extends string>(answers: readonly AnsweredPreferences[], pick: (answers: PreferencesSurvey) => Value): Tally<Value>[] {
  const counts = new Map<Value, { host: number; partner: number }>();
  for (const answer of answers) {
    const value = pick(answer.answers);
    const count = counts.get(value) ?? { host: 0, partner: 0 };
    count[answer.side] += 1;
    counts.set(value, count);
  }
  return [...counts.entries()].map(([value, count]) => ({ value, ...count })).sort((a, b) => b.host + b.partner - (a.host + a.partner));
}

/** Which 15-minute slots of the UTC day fall inside the zone's working day at `at`. */
function workingSlots(zone: string, at: Date): boolean[] {
  const offsetSlots = Math.round(offsetAt(at, zone) / 60_000 / SLOT_MINUTES);
  return Array.from({ length: SLOTS_PER_DAY }, (_, utcSlot) => {
    const localSlot = (((utcSlot + offsetSlots) % SLOTS_PER_DAY) + SLOTS_PER_DAY) % SLOTS_PER_DAY;
    const localMinutes = localSlot * SLOT_MINUTES;
    return localMinutes >= workingDay.startHour * 60 && localMinutes < workingDay.endHour * 60;
  });
}

/** The longest run of shared slots, read around midnight (a window may cross 00:00 UTC). */
function longestRun(shared: readonly boolean[]): { start: number; length: number } | null {
  if (shared.every(Boolean)) return { start: 0, length: shared.length };
  let best: { start: number; length: number } | null = null;
  for (let start = 0; start < shared.length; start += 1) {
    const previous = shared[(start - 1 + shared.length) % shared.length];
    if (!shared[start] || previous) continue;
    let length = 0;
    while (shared[(start + length) % shared.length]) length += 1;
    if (!best || length > best.length) best = { start, length };
  }
  return best;
}

function clockOf(utcSlot: number, zone: string, at: Date): string {
  const minutes = (((utcSlot * SLOT_MINUTES + offsetAt(at, zone) / 60_000) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(Math.round(minutes % 60)).padStart(2, "0")}`;
}

export function commonWorkingHours(zones: readonly string[], at: Date): PreferencesSummaryFacts["commonHours"] {
  const distinct = [...new Set(zones)];
  if (distinct.length === 0) return null;
  const perZone = distinct.map((zone) => workingSlots(zone, at));
  const shared = Array.from({ length: SLOTS_PER_DAY }, (_, slot) => perZone.every((slots) => slots[slot] === true));
  const run = longestRun(shared);
  if (!run) return null;
  const end = run.start + run.length;
  return { minutes: run.length * SLOT_MINUTES, windows: distinct.map((zone) => ({ zone, from: clockOf(run.start, zone, at), to: clockOf(end, zone, at) })) };
}

export function summarizePreferences(answers: readonly AnsweredPreferences[], at: Date): PreferencesSummaryFacts {
  return {
    answered: { host: answers.filter((a) => a.side === "host").length, partner: answers.filter((a) => a.side === "partner").length },
    meetingFrequency: tally(answers, (a) => a.meetingFrequency),
    preferredChannel: tally(answers, (a) => a.preferredChannel),
    learningStyle: tally(answers, (a) => a.learningStyle),
    timeZones: tally(answers, (a) => a.timeZone),
    commonHours: commonWorkingHours(
      answers.map((a) => a.answers.timeZone),
      at,
    ),
  };
}
