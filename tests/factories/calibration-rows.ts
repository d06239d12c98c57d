import type { InterviewKitStage, Recommendation } from "../../src/domain/interviews/kit";
import type { DbOrTx } from "../../src/server/db/client";
import { interviewPanel, interviews, scorecards } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";
import type { SeededRandom } from "./random";

/*
 * Held interviews with submitted scorecards, written straight into the tables in a few bulk
 * inserts: what calibration reads. Used by the calibration tests and the demo data (one source of
 * fake interviews). Scheduling through the interviews module's services would send invitations
 * and notifications for every row, which neither needs.
 */

export interface PanelSeat {
  userId: string;
  /** criterion key → 1–5; leave out to seat someone who has not submitted. */
  scores?: Record<string, number>;
  recommendation?: Recommendation;
}

export interface HeldInterview {
  partnerId: string;
  stage: InterviewKitStage;
  startsAt: Date;
  panel: PanelSeat[];
  status?: "scheduled" | "completed" | "cancelled";
}

/** Inserts the interviews with their panels and scorecards; returns their ids in order. */
export async function insertHeldInterviews(db: DbOrTx, options: { workspaceId: string; kitId: string; createdBy: string | null; now: Date; interviews: readonly HeldInterview[] }): Promise<string[]> {
  const { workspaceId, kitId, createdBy, now } = options;
  const ids = options.interviews.map(() => newId());
  if (ids.length === 0) return ids;
  await db.insert(interviews).values(
    options.interviews.map((planned, index) => ({
      id: ids[index] ?? newId(),
      workspaceId,
      partnerId: planned.partnerId,
      kitId,
      stageKey: planned.stage.key,
      stageName: planned.stage.name,
      certifiedOnly: planned.stage.certifiedOnly,
      criteria: planned.stage.criteria,
      startsAt: planned.startsAt,
      location: "Video call",
      status: planned.status ?? "completed",
      createdBy,
      createdAt: now,
    })),
  );
  const seats = options.interviews.flatMap((planned, index) => planned.panel.map((seat) => ({ interviewId: ids[index] ?? "", seat, submittedAt: new Date(planned.startsAt.getTime() + 3_600_000) })));
  await db.insert(interviewPanel).values(seats.map(({ interviewId, seat }) => ({ workspaceId, interviewId, userId: seat.userId, assignedAt: now })));
  const submitted = seats.filter(({ seat }) => seat.scores !== undefined);
  if (submitted.length > 0) {
    await db.insert(scorecards).values(
      submitted.map(({ interviewId, seat, submittedAt }) => ({
        id: newId(),
        workspaceId,
        interviewId,
        interviewerUserId: seat.userId,
        scores: Object.fromEntries(Object.entries(seat.scores ?? {}).map(([key, score]) => [key, { score, evidence: "" }])),
        recommendation: seat.recommendation ?? null,
        submittedAt,
        updatedAt: submittedAt,
      })),
    );
  }
  return ids;
}

/**
 * Plausible scores for one seat: the candidate's true level per criterion, the interviewer's own
 * leaning (+1 scores high), and a little noise, kept on the 1–5 scale.
 */
export function scoresFor(random: SeededRandom, stage: InterviewKitStage, level: Record<string, number>, leaning: number): { scores: Record<string, number>; recommendation: Recommendation } {
  const scores: Record<string, number> = {};
  for (const criterion of stage.criteria) {
    const noise = random.next() < 0.25 ? random.pick([-1, 1]) : 0;
    scores[criterion.key] = Math.min(5, Math.max(1, Math.round((level[criterion.key] ?? 3) + leaning + noise)));
  }
  const values = Object.values(scores);
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const recommendation: Recommendation = mean >= 4.3 ? "strong_yes" : mean >= 3.3 ? "yes" : mean >= 2.3 ? "no" : "strong_no";
  return { scores, recommendation };
}
