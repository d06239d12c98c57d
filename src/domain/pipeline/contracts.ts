import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { LifecycleStage } from "../partners/lifecycle";
import { Partner, PersonRef } from "../partners/schemas";
import { BoardCursor } from "./cursor";

/*
 * The pipeline board (R-B1): one column per lifecycle stage with its count and its first cards,
 * the next cards of a column page by page, and what a move into onboarding set off.
 */

/** The board's filters; the table view sends the same ones to the partners list. */
export const BoardFilters = z.object({
  programId: Id.optional(),
  /** A staff user's id, or "none" for partners nobody owns. */
  ownerUserId: z.string().min(1).max(100).optional(),
  typeId: Id.optional(),
  q: z.string().trim().max(200).optional(),
  /** Cards per column and page. */
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type BoardFilters = z.infer<typeof BoardFilters>;

export const ColumnQuery = BoardFilters.extend({ cursor: BoardCursor.optional() });
export type ColumnQuery = z.infer<typeof ColumnQuery>;

const Named = z.object({ id: Id, name: z.string() });

export const BoardCard = z.object({
  id: Id,
  name: z.string(),
  stage: LifecycleStage,
  /** Sent back with a move, so a card someone else moved meanwhile answers 409. */
  version: z.number().int(),
  type: Named,
  tier: Named.nullable(),
  program: Named.nullable(),
  owner: PersonRef.nullable(),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable() }),
  stageChangedAt: Timestamp,
  /** Whole days since the last move, counted by the server's clock. */
  daysInStage: z.number().int().min(0),
  /** Whether the caller may move this partner (manages it); viewers and other managers see it read-only. */
  canMove: z.boolean(),
});
export type BoardCard = z.infer<typeof BoardCard>;

export const BoardColumn = z
  .object({
    stage: LifecycleStage,
    /** Every partner of this stage that matches the filters, not only the cards sent. */
    total: z.number().int(),
    cards: z.array(BoardCard),
    /** Pass as `cursor` to GET …/pipeline/columns/:stage for the next cards; null at the end. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "BoardColumn" });
export type BoardColumn = z.infer<typeof BoardColumn>;

export const Board = z.object({ columns: z.array(BoardColumn) }).meta({ id: "PipelineBoard" });
export type Board = z.infer<typeof Board>;

/** Why a move into onboarding did or did not start a journey. */
export const onboardingJourneyStatuses = ["started", "already_running", "no_program", "no_track", "no_template"] as const;
export const OnboardingOutcome = z
  .object({
    journey: z.object({ status: z.enum(onboardingJourneyStatuses), journeyId: Id.nullable(), message: z.string() }),
    welcome: z.object({ status: z.enum(["sent", "already_sent", "no_contact"]), to: z.string().nullable(), message: z.string() }),
  })
  .meta({ id: "OnboardingOutcome" });
export type OnboardingOutcome = z.infer<typeof OnboardingOutcome>;

/** The answer to a stage move: the partner as it is now, and for a move into onboarding what that set off. */
export const StageMoveResult = Partner.extend({ onboarding: OnboardingOutcome.nullable() }).meta({ id: "StageMoveResult" });
export type StageMoveResult = z.infer<typeof StageMoveResult>;
