import type { MomentKey, MomentStatus, QuestionKey, ReadinessAnswer, ReadinessMoment, ReadinessQuestion } from "./schemas";

/*
 * Small builders shared by the moments, so that every question reads the same way: an answer,
 * one sentence saying why, and for a "no" the thing to do next.
 */

export interface Asked {
  key: QuestionKey;
  question: string;
}

export function yes(asked: Asked, detail: string): ReadinessQuestion {
  return { ...asked, answer: "yes", detail, action: null };
}

export function no(asked: Asked, detail: string, action: string): ReadinessQuestion {
  return { ...asked, answer: "no", detail, action };
}

export function notYetDue(asked: Asked, detail: string): ReadinessQuestion {
  return { ...asked, answer: "not_yet_due", detail, action: null };
}

export function unknown(asked: Asked, detail: string): ReadinessQuestion {
  return { ...asked, answer: "unknown", detail, action: null };
}

/** A date as people read it in a checklist: the UTC day. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isAtOrBefore(date: Date, limit: Date): boolean {
  return date.getTime() <= limit.getTime();
}

export function statusOf(answers: readonly ReadinessAnswer[]): MomentStatus {
  if (answers.includes("no")) return "needs_action";
  return answers.every((answer) => answer === "yes") ? "ready" : "on_track";
}

export function moment(key: MomentKey, questions: ReadinessQuestion[]): ReadinessMoment {
  const count = (answer: ReadinessAnswer) => questions.filter((entry) => entry.answer === answer).length;
  const counts = { yes: count("yes"), no: count("no"), not_yet_due: count("not_yet_due"), unknown: count("unknown") };
  return { key, status: statusOf(questions.map((entry) => entry.answer)), counts, questions };
}
