import type { Board, BoardCard, StageMoveResult } from "../../../../domain/pipeline/contracts";

/** A move answered by the server: the card leaves its column and tops its new one (newest move first). */
export function moveCard(board: Board, moved: Pick<StageMoveResult, "id" | "stage" | "version" | "stageChangedAt">): Board {
  let card: BoardCard | undefined;
  const without = board.columns.map((column) => {
    const found = column.cards.find((c) => c.id === moved.id);
    if (!found) return column;
    card = found;
    return { ...column, total: Math.max(0, column.total - 1), cards: column.cards.filter((c) => c.id !== moved.id) };
  });
  if (!card) return board;
  const placed: BoardCard = { ...card, stage: moved.stage, version: moved.version, stageChangedAt: moved.stageChangedAt, daysInStage: 0 };
  return { columns: without.map((column) => (column.stage === moved.stage ? { ...column, total: column.total + 1, cards: [placed, ...column.cards] } : column)) };
}

/** The next page of a column appended to it; a card already shown (it moved in meanwhile) is not shown twice. */
export function appendPage(board: Board, page: Board["columns"][number]): Board {
  return {
    columns: board.columns.map((column) =>
      column.stage === page.stage ? { ...column, cards: [...column.cards, ...page.cards.filter((card) => !column.cards.some((c) => c.id === card.id))], nextCursor: page.nextCursor, total: page.total } : column,
    ),
  };
}
