import { z } from "zod";
import { Timestamp } from "../common/schemas";
import { meetingTypes } from "../journeys/template/kinds/meeting";

/*
 * Contracts of the relationship health scorecard (issue 6, R-F9), shared by server and web.
 * Two inputs on purpose: the raw history (what happened) and the aggregates (counts, medians,
 * last dates) the factor maths really needs. The server may fill the aggregates straight from
 * SQL and skip the history entirely.
 */

export const Side = z.enum(["host", "partner"]);
export type Side = z.infer<typeof Side>;
export const sides = Side.options;

export const Rating = z.number().int("use a whole number").min(1, "rate from 1 to 10").max(10, "rate from 1 to 10");

export const HealthHistory = z.object({
  /** When the partner's journey started; nothing is expected of anyone before it. */
  startedAt: Timestamp,
  /** The plan's meeting rhythm (the partner's preference from the survey, or the template's). */
  meetingEveryDays: z.number().int().min(1).max(365).default(14),
  meetings: z.array(z.object({ kind: z.enum(meetingTypes), heldAt: Timestamp })).default([]),
  /** A question or request from one side; the other side owes the answer. */
  messages: z.array(z.object({ askedBy: Side, askedAt: Timestamp, answeredAt: Timestamp.nullable() })).default([]),
  /** Journey steps with the side that owns them. */
  steps: z.array(z.object({ side: Side, dueAt: Timestamp.nullable(), completedAt: Timestamp.nullable() })).default([]),
  ratings: z.array(z.object({ side: Side, score: Rating, ratedAt: Timestamp })).default([]),
  slaBreaches: z.array(z.object({ at: Timestamp })).default([]),
  issues: z.array(z.object({ openedAt: Timestamp, closedAt: Timestamp.nullable(), escalation: z.boolean().default(false) })).default([]),
});
export type HealthHistory = z.infer<typeof HealthHistory>;

const Count = z.number().int().min(0);

export const SideResponse = z.object({ medianHours: z.number().min(0).nullable(), samples: Count });
export type SideResponse = z.infer<typeof SideResponse>;

export const SideRating = z.object({ latest: Rating.nullable(), previous: Rating.nullable(), latestAt: Timestamp.nullable() });
export type SideRating = z.infer<typeof SideRating>;

/** Everything the factor maths reads; each field is one SQL aggregate away. */
export const HealthAggregates = z.object({
  daysSinceStart: z.number().min(0),
  meetingEveryDays: z.number().int().min(1),
  /** Null: no meeting held yet. */
  daysSinceLastMeeting: z.number().min(0).nullable(),
  meetingsLast90Days: Count,
  response: z.object({ host: SideResponse, partner: SideResponse }),
  ratings: z.object({ host: SideRating, partner: SideRating }),
  steps: z.object({ due: Count, doneOnTime: Count, doneLate: Count, overdueHost: Count, overduePartner: Count }),
  slaBreachesLast90Days: Count,
  openIssues: z.object({ count: Count, pastLimit: Count, oldestAgeDays: z.number().min(0).nullable() }),
});
export type HealthAggregates = z.infer<typeof HealthAggregates>;

export const factorKeys = ["communication", "responsiveness", "satisfaction", "progress", "sla_breaches", "open_issues"] as const;
export const FactorKey = z.enum(factorKeys);
export type FactorKey = z.infer<typeof FactorKey>;

export const HealthBand = z.enum(["healthy", "watch", "at_risk"]);
export type HealthBand = z.infer<typeof HealthBand>;

export const HealthFactor = z.object({
  key: FactorKey,
  /** 0–100, or null when there is not enough data yet. */
  score: z.number().int().min(0).max(100).nullable(),
  status: z.enum(["measured", "not_enough_data"]),
  /** The factor's share of the total as planned (all weights add up to 100). */
  weight: z.number().int().min(0).max(100),
  /** Its share after the weight of unmeasured factors was handed to the measured ones. */
  effectiveWeight: z.number().min(0).max(100),
  figures: z.record(z.string(), z.number().nullable()),
  explanation: z.string(),
});
export type HealthFactor = z.infer<typeof HealthFactor>;

export const HealthScore = z
  .object({
    score: z.number().int().min(0).max(100),
    band: HealthBand,
    /** How much of the planned weight rests on measured factors (100 = all of it). */
    basedOnWeight: z.number().int().min(0).max(100),
    factors: z.array(HealthFactor),
    asOf: Timestamp,
  })
  .meta({ id: "HealthScore" });
export type HealthScore = z.infer<typeof HealthScore>;

export const HealthTrendPoint = z.object({ at: Timestamp, score: z.number().int().min(0).max(100), band: HealthBand });
export type HealthTrendPoint = z.infer<typeof HealthTrendPoint>;

export const PortfolioEntry = z.object({ partnerId: z.string().min(1), name: z.string(), score: z.number().int().min(0).max(100), openIssues: Count });
export type PortfolioEntry = z.infer<typeof PortfolioEntry>;
