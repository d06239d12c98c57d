import type { DraftScores } from "./contracts";
import { scoreMax, scoreMin, type InterviewCriterion, type Recommendation } from "./kit";

/*
 * The rules of a scorecard (R-B3), checked against the interview's own criteria: a draft may
 * leave scores out, a submitted scorecard scores every criterion 1–5 and recommends. Each problem
 * names the criterion by name and key, so "a score outside 1–5" says which one.
 */

export interface ScoreProblem {
  path: string;
  message: string;
}

export interface ScorecardDraft {
  scores: Readonly<Record<string, { score: number | null; evidence: string }>>;
  recommendation: Recommendation | null;
}

export type ScorecardMode = "draft" | "submit";

export function scorecardProblems(criteria: readonly InterviewCriterion[], draft: ScorecardDraft, mode: ScorecardMode): ScoreProblem[] {
  const known = new Set(criteria.map((criterion) => criterion.key));
  const problems: ScoreProblem[] = Object.keys(draft.scores)
    .filter((key) => !known.has(key))
    .map((key) => ({ path: `body.scores.${key}`, message: `"${key}" is not a criterion of this interview` }));
  for (const criterion of criteria) {
    const score = draft.scores[criterion.key]?.score ?? null;
    const label = `"${criterion.name}" (${criterion.key})`;
    if (score === null) {
      if (mode === "submit") problems.push({ path: `body.scores.${criterion.key}.score`, message: `${label} needs a score from ${scoreMin} to ${scoreMax} before you submit` });
    } else if (!isValidScore(score)) {
      problems.push({ path: `body.scores.${criterion.key}.score`, message: `${label} takes a whole number from ${scoreMin} to ${scoreMax}, not ${score}` });
    }
  }
  if (mode === "submit" && draft.recommendation === null) problems.push({ path: "body.recommendation", message: "choose an overall recommendation before you submit" });
  return problems;
}

export function isValidScore(score: number): boolean {
  return Number.isInteger(score) && score >= scoreMin && score <= scoreMax;
}

/** What is stored: the interview's criteria only, in their order; empty entries are dropped. */
export function storedScores(criteria: readonly InterviewCriterion[], draft: ScorecardDraft): DraftScores {
  const stored: DraftScores = {};
  for (const criterion of criteria) {
    const entry = draft.scores[criterion.key];
    if (!entry || (entry.score === null && entry.evidence === "")) continue;
    stored[criterion.key] = { score: entry.score, evidence: entry.evidence };
  }
  return stored;
}

/** A one-line account of the problems, for the problem's `detail`. */
export function describeProblems(problems: readonly ScoreProblem[]): string {
  return `Please correct the scorecard: ${problems.map((problem) => problem.message).join("; ")}.`;
}
