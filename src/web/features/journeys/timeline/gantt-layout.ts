import type { Journey, JourneyStep } from "../../../../domain/journeys/contracts";

/*
 * Where each step's bar goes on the timeline: from the earliest moment it could start to its due
 * date. The API does not send due-rule anchors, so the start is read from what the plan shows:
 * the latest end of the steps it depends on, else the moment its phase could open (the latest end
 * of the phase before), else the journey's start. Pure, so it is unit-tested without a browser.
 */

export type BarTone = "done" | "skipped" | "late" | "locked" | "open";

export interface GanttBar {
  readonly x: number;
  readonly width: number;
  readonly start: string;
  readonly end: string;
}

export type GanttRow =
  | { readonly type: "phase"; readonly key: string; readonly name: string }
  | { readonly type: "step"; readonly step: JourneyStep; readonly tone: BarTone; readonly bar: GanttBar | null };

export interface GanttTick {
  readonly x: number;
  readonly at: string;
}

export interface GanttLayout {
  readonly rows: readonly GanttRow[];
  readonly from: string;
  readonly to: string;
  /** Null when today falls outside the chart (a journey that ended long ago). */
  readonly todayX: number | null;
  readonly ticks: readonly GanttTick[];
}

const DAY = 86_400_000;
/** Tick spacings in days, from daily to yearly; the first that keeps the labels apart wins. */
const tickSpacings = [1, 2, 7, 14, 30, 61, 91, 182, 365];
const maxTicks = 8;
/** A bar never shrinks below this, so a step due the moment it may start still shows. */
export const minBarWidth = 4;

const time = (iso: string | null) => (iso === null ? null : Date.parse(iso));

function endOf(step: JourneyStep): number | null {
  return time(step.dueAt) ?? time(step.completedAt);
}

function latest(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.max(...known);
}

function toneOf(step: JourneyStep): BarTone {
  if (step.status === "done") return "done";
  if (step.status === "skipped") return "skipped";
  if (step.late) return "late";
  return step.state === "locked" ? "locked" : "open";
}

/** Each step's earliest start and its end, in milliseconds; an end of null means "no date yet". */
export function spansOf(journey: Pick<Journey, "startedAt" | "phases" | "steps">): Map<string, { start: number; end: number | null }> {
  const byKey = new Map(journey.steps.map((step) => [step.key, step]));
  const journeyStart = Date.parse(journey.startedAt);
  const phaseEnds = new Map<string, number | null>();
  journey.phases.forEach((phase) => phaseEnds.set(phase.key, latest(journey.steps.filter((step) => step.phaseKey === phase.key).map(endOf))));
  const phaseIndex = new Map(journey.phases.map((phase, index) => [phase.key, index]));

  const spans = new Map<string, { start: number; end: number | null }>();
  for (const step of journey.steps) {
    const fromDependencies = latest(step.dependsOn.map((key) => byKey.get(key)).map((dependency) => (dependency ? endOf(dependency) : null)));
    const previousPhase = journey.phases[(phaseIndex.get(step.phaseKey) ?? 0) - 1];
    const fromPhase = previousPhase ? (phaseEnds.get(previousPhase.key) ?? null) : null;
    const end = endOf(step);
    let start = fromDependencies ?? fromPhase ?? journeyStart;
    if (end !== null && start > end) start = end;
    spans.set(step.id, { start, end });
  }
  return spans;
}

function ticksBetween(from: number, to: number, xOf: (ms: number) => number): GanttTick[] {
  const spanDays = (to - from) / DAY;
  const spacing = tickSpacings.find((days) => spanDays / days <= maxTicks) ?? Math.ceil(spanDays / maxTicks);
  const ticks: GanttTick[] = [];
  for (let at = Math.ceil(from / DAY) * DAY; at <= to; at += spacing * DAY) ticks.push({ x: xOf(at), at: new Date(at).toISOString() });
  return ticks;
}

/**
 * Rows in phase order (a heading row per phase, then its steps) with bars scaled to `width`
 * pixels. Today is on the chart while the journey runs.
 */
export function layoutGantt(journey: Pick<Journey, "startedAt" | "status" | "phases" | "steps" | "projectedCompletionAt">, now: Date, width: number): GanttLayout {
  const spans = spansOf(journey);
  const running = journey.status !== "done" && journey.status !== "cancelled";
  const instants = [Date.parse(journey.startedAt), ...[...spans.values()].flatMap((span) => (span.end === null ? [span.start] : [span.start, span.end]))];
  if (running) instants.push(now.getTime());
  const projected = time(journey.projectedCompletionAt);
  if (projected !== null) instants.push(projected);
  let from = Math.min(...instants);
  let to = Math.max(...instants);
  if (to - from < DAY) to = from + DAY;
  // A little room either side, so the first and last bars do not touch the frame.
  const margin = (to - from) * 0.02;
  from -= margin;
  to += margin;
  const xOf = (ms: number) => ((ms - from) / (to - from)) * width;

  const rows: GanttRow[] = [];
  for (const phase of journey.phases) {
    rows.push({ type: "phase", key: phase.key, name: phase.name });
    for (const step of journey.steps.filter((candidate) => candidate.phaseKey === phase.key)) {
      const span = spans.get(step.id);
      let bar: GanttBar | null = null;
      if (span && span.end !== null) {
        const x = xOf(span.start);
        bar = { x, width: Math.max(minBarWidth, xOf(span.end) - x), start: new Date(span.start).toISOString(), end: new Date(span.end).toISOString() };
      }
      rows.push({ type: "step", step, tone: toneOf(step), bar });
    }
  }
  const today = now.getTime();
  return {
    rows,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    todayX: today >= from && today <= to ? xOf(today) : null,
    ticks: ticksBetween(from, to, xOf),
  };
}
