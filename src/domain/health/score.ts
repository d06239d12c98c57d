import { aggregateHistory } from "./aggregate";
import type { FactorReading } from "./factors";
import { communicationFactor, openIssuesFactor, progressFactor, responsivenessFactor, satisfactionFactor, slaBreachesFactor } from "./factors";
import { factorKeys } from "./schemas";
import type { FactorKey, HealthAggregates, HealthBand, HealthFactor, HealthHistory, HealthScore } from "./schemas";

/*
 * The weights add up to 100. Satisfaction weighs most because it is the partner's own word;
 * responsiveness and progress next because they are what the partner feels every week;
 * meetings, SLA breaches and open issues are signals that usually show up in the others too.
 */
export const factorWeights: Readonly<Record<FactorKey, number>> = {
  communication: 15,
  responsiveness: 20,
  satisfaction: 25,
  progress: 20,
  sla_breaches: 10,
  open_issues: 10,
};

const factorReaders: Readonly<Record<FactorKey, (aggregates: HealthAggregates) => FactorReading>> = {
  communication: communicationFactor,
  responsiveness: responsivenessFactor,
  satisfaction: satisfactionFactor,
  progress: progressFactor,
  sla_breaches: slaBreachesFactor,
  open_issues: openIssuesFactor,
};

/** 75 and up: nothing to do; 50–74: worth a look this week; under 50: act now. */
export const healthyFrom = 75;
export const watchFrom = 50;

export function bandOf(score: number): HealthBand {
  if (score >= healthyFrom) return "healthy";
  return score >= watchFrom ? "watch" : "at_risk";
}

function statusOf(score: number | null): HealthFactor["status"] {
  return score === null ? "not_enough_data" : "measured";
}

interface WeightedReading extends FactorReading {
  key: FactorKey;
  weight: number;
}

/**
 * The weighted mean over the measured factors only: an unmeasured factor's weight goes to the
 * others in proportion, so a factor without data neither helps nor hurts. With nothing measured
 * at all there is no evidence of trouble, so the score starts at 100.
 */
export function combineFactors(readings: readonly WeightedReading[]): { score: number; basedOnWeight: number; factors: HealthFactor[] } {
  const measuredWeight = readings.reduce((sum, reading) => sum + (reading.score === null ? 0 : reading.weight), 0);
  const weighted = readings.reduce((sum, reading) => sum + (reading.score ?? 0) * reading.weight, 0);
  const score = measuredWeight === 0 ? 100 : Math.round(weighted / measuredWeight);
  const factors = readings.map(({ key, score: factorScore, weight, figures, explanation }) => ({
    key,
    score: factorScore,
    status: statusOf(factorScore),
    weight,
    effectiveWeight: factorScore === null || measuredWeight === 0 ? 0 : Math.round((1000 * weight) / measuredWeight) / 10,
    figures,
    explanation,
  }));
  const totalWeight = readings.reduce((sum, reading) => sum + reading.weight, 0);
  const basedOnWeight = totalWeight === 0 ? 0 : Math.round((100 * measuredWeight) / totalWeight);
  return { score, basedOnWeight, factors };
}

/** The scorecard from aggregates: what the server calls when it computes those in SQL. */
export function healthFromAggregates(aggregates: HealthAggregates, asOf: Date): HealthScore {
  const readings = factorKeys.map((key) => ({ key, weight: factorWeights[key], ...factorReaders[key](aggregates) }));
  const { score, basedOnWeight, factors } = combineFactors(readings);
  return { score, band: bandOf(score), basedOnWeight, factors, asOf: asOf.toISOString() };
}

/** The scorecard of a partner's history as it stood at `asOf`. */
export function healthOf(history: HealthHistory, asOf: Date): HealthScore {
  return healthFromAggregates(aggregateHistory(history, asOf), asOf);
}
