import type { Recommendation } from "../interviews/kit";

/*
 * Calibration (R-B4): how each interviewer's scores compare with the rest of the panel that saw
 * the same candidate. An interviewer is only ever compared with people who sat in the same
 * interview, so a hard batch of candidates does not make anybody look harsh.
 *
 * For an interviewer I, a criterion c and an interview where I and at least one other panel
 * member submitted a score on c, the difference is I's score minus the mean of the others'
 * scores on c in that interview. Per criterion: the mean of those differences and their spread
 * (sample standard deviation). I "scores high" (or "low") on c when the mean difference is at
 * least `threshold` above (below) zero over at least `minShared` such interviews. The overall
 * figures pool every criterion's differences; their flag needs `minShared` distinct interviews.
 */

export interface CalibrationRule {
  /** Smallest |mean difference| that is flagged, in score points. */
  threshold: number;
  /** Fewest shared interviews before a flag is raised: fewer are noise. */
  minShared: number;
}
export const calibrationRule: CalibrationRule = { threshold: 0.5, minShared: 3 };

export interface ScoredInterview {
  id: string;
  scorecards: readonly {
    interviewerUserId: string;
    scores: Readonly<Record<string, { score: number }>>;
    recommendation: Recommendation | null;
  }[];
}

export type CalibrationFlag = "high" | "low";

export interface Comparison {
  /** Interviews in which the interviewer and somebody else both scored. */
  count: number;
  /** The interviewer's own mean score over those interviews. */
  mean: number;
  /** The mean, over the same interviews, of the other panel members' mean score. */
  panelMean: number;
  /** mean − panelMean, which is also the mean of the per-interview differences. */
  meanDiff: number;
  /** Sample standard deviation of the differences; null below two. */
  spread: number | null;
  flag: CalibrationFlag | null;
}

export interface RecommendationAgreement {
  /** Interviews where the others had a majority (hire or no hire) and this person recommended. */
  compared: number;
  agreed: number;
}

export interface InterviewerCalibration {
  userId: string;
  overall: Comparison;
  byCriterion: Record<string, Comparison>;
  recommendations: RecommendationAgreement;
}

interface Sample {
  own: number;
  others: number;
  interviewId: string;
}

/** Figures for every interviewer who has at least one comparable score; sorted by user id. */
export function calibrate(interviews: readonly ScoredInterview[], rule: CalibrationRule = calibrationRule): InterviewerCalibration[] {
  const samples = collectSamples(interviews);
  const agreement = recommendationAgreement(interviews);
  const people = [...new Set([...samples.keys(), ...agreement.keys()])].sort();
  return people.map((userId) => {
    const byKey = samples.get(userId) ?? new Map<string, Sample[]>();
    const byCriterion: Record<string, Comparison> = {};
    for (const [key, list] of [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      byCriterion[key] = compare(list, list.length, rule);
    }
    const pooled = [...byKey.values()].flat();
    const shared = new Set(pooled.map((sample) => sample.interviewId)).size;
    return { userId, overall: compare(pooled, shared, rule), byCriterion, recommendations: agreement.get(userId) ?? { compared: 0, agreed: 0 } };
  });
}

/** interviewer → criterion → one sample per interview where a comparison is possible. */
function collectSamples(interviews: readonly ScoredInterview[]): Map<string, Map<string, Sample[]>> {
  const result = new Map<string, Map<string, Sample[]>>();
  for (const interview of interviews) {
    for (const card of interview.scorecards) {
      for (const [key, { score }] of Object.entries(card.scores)) {
        const others = interview.scorecards.filter((other) => other.interviewerUserId !== card.interviewerUserId).flatMap((other) => scoreOf(other.scores, key));
        if (others.length === 0) continue;
        const byKey = result.get(card.interviewerUserId) ?? new Map<string, Sample[]>();
        result.set(card.interviewerUserId, byKey);
        byKey.set(key, [...(byKey.get(key) ?? []), { own: score, others: average(others), interviewId: interview.id }]);
      }
    }
  }
  return result;
}

function scoreOf(scores: Readonly<Record<string, { score: number }>>, key: string): number[] {
  const entry = Object.hasOwn(scores, key) ? scores[key] : undefined;
  return entry ? [entry.score] : [];
}

function compare(samples: readonly Sample[], shared: number, rule: CalibrationRule): Comparison {
  const mean = average(samples.map((s) => s.own));
  const panelMean = average(samples.map((s) => s.others));
  const differences = samples.map((s) => s.own - s.others);
  const meanDiff = average(differences);
  return { count: samples.length, mean, panelMean, meanDiff, spread: standardDeviation(differences), flag: flagFor(meanDiff, shared, rule) };
}

/** The flag rule, exported so that screens and tests state the same thing. */
export function flagFor(meanDiff: number, shared: number, rule: CalibrationRule = calibrationRule): CalibrationFlag | null {
  if (shared < rule.minShared) return null;
  // A small epsilon so that 0.5 computed as 0.49999999 still counts as 0.5.
  if (meanDiff >= rule.threshold - 1e-9) return "high";
  if (meanDiff <= -rule.threshold + 1e-9) return "low";
  return null;
}

const hire = (recommendation: Recommendation) => recommendation === "yes" || recommendation === "strong_yes";

/** How often each person's hire / no-hire call matches the majority of the rest of the panel; ties are left out. */
function recommendationAgreement(interviews: readonly ScoredInterview[]): Map<string, RecommendationAgreement> {
  const result = new Map<string, RecommendationAgreement>();
  for (const interview of interviews) {
    for (const card of interview.scorecards) {
      if (!card.recommendation) continue;
      const others = interview.scorecards.filter((other) => other.interviewerUserId !== card.interviewerUserId).flatMap((other) => (other.recommendation ? [hire(other.recommendation)] : []));
      const yes = others.filter(Boolean).length;
      const no = others.length - yes;
      if (yes === no) continue;
      const tally = result.get(card.interviewerUserId) ?? { compared: 0, agreed: 0 };
      result.set(card.interviewerUserId, { compared: tally.compared + 1, agreed: tally.agreed + (hire(card.recommendation) === (yes > no) ? 1 : 0) });
    }
  }
  return result;
}

export function average(values: readonly number[]): number {
  if (values.length === 0) return 0;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sample standard deviation (n − 1); null when there are fewer than two values. */
export function standardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = average(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}
