import { can } from "../../../domain/access/policy";
import { daysInStage, boardStages } from "../../../domain/pipeline/board";
import type { Board, BoardCard, BoardColumn, BoardFilters, ColumnQuery } from "../../../domain/pipeline/contracts";
import { encodeCursor } from "../../../domain/pipeline/cursor";
import { LifecycleStage } from "../../../domain/partners/lifecycle";
import type { AppContext } from "../../context";
import type { Caller } from "../../plugins/route-kit";
import { selectBoardRows, type CardRow } from "./queries";

/** Every column with its count and first cards (R-B1), in one statement. */
export async function readBoard(ctx: AppContext, caller: Caller, filters: BoardFilters): Promise<Board> {
  const rows = await selectBoardRows(ctx.db, { workspaceId: caller.workspace.id, userId: caller.actor.userId }, boardStages, filters);
  const now = ctx.clock.now();
  return { columns: boardStages.map((stage) => toColumn(caller, stage, rows, filters.limit, now)) };
}

/** The next cards of one column, after the cursor the previous page handed out. */
export async function readColumn(ctx: AppContext, caller: Caller, stage: LifecycleStage, query: ColumnQuery): Promise<BoardColumn> {
  const rows = await selectBoardRows(ctx.db, { workspaceId: caller.workspace.id, userId: caller.actor.userId }, [stage], query, query.cursor);
  return toColumn(caller, stage, rows, query.limit, ctx.clock.now());
}

function toColumn(caller: Caller, stage: LifecycleStage, rows: readonly CardRow[], limit: number, now: Date): BoardColumn {
  const mine = rows.filter((row) => row.stage === stage);
  const cards = mine.flatMap((row) => toCard(caller, row, now));
  const page = cards.slice(0, limit);
  const last = mine[page.length - 1];
  const nextCursor = cards.length > limit && last?.id && last.changed_at ? encodeCursor({ at: last.changed_at, id: last.id }) : null;
  return { stage, total: mine[0]?.total ?? 0, cards: page, nextCursor };
}

function toCard(caller: Caller, row: CardRow, now: Date): BoardCard[] {
  // A column with no cards is one row without a partner.
  if (!row.id || row.name === null || row.version === null || !row.type_id || row.type_name === null || !row.changed_at) return [];
  const changedAt = new Date(row.changed_at);
  // The same check the move itself makes, so the board offers only moves that will be accepted.
  const partner = { id: row.id, ownerUserId: row.owner_id, teamUserIds: row.on_team ? [caller.actor.userId] : [] };
  const canMove = can(caller.actor, "partner.update", { partner }) === "allow";
  return [
    {
      id: row.id,
      name: row.name,
      stage: LifecycleStage.parse(row.stage),
      version: row.version,
      type: { id: row.type_id, name: row.type_name },
      tier: row.tier_id && row.tier_name !== null ? { id: row.tier_id, name: row.tier_name } : null,
      program: row.program_id && row.program_name !== null ? { id: row.program_id, name: row.program_name } : null,
      owner: row.owner_id && row.owner_name !== null && row.owner_email !== null ? { id: row.owner_id, name: row.owner_name, email: row.owner_email } : null,
      contact: { name: row.contact_name, email: row.contact_email },
      stageChangedAt: changedAt.toISOString(),
      daysInStage: daysInStage(changedAt, now),
      canMove,
    },
  ];
}
