import { describe, expect, it } from "vitest";
import type { Board, BoardCard, StageMoveResult } from "../../../../domain/pipeline/contracts";
import { appendPage, moveCard } from "./move-card";

const card = (id: string, stage: BoardCard["stage"]): BoardCard => ({
  id,
  name: `Partner ${id}`,
  stage,
  version: 1,
  type: { id: "00000000-0000-4000-8000-000000000001", name: "Reseller" },
  tier: null,
  program: null,
  owner: null,
  contact: { name: null, email: null },
  stageChangedAt: "2026-11-01T10:00:00.000Z",
  daysInStage: 25,
  canMove: true,
});
const board = (): Board => ({
  columns: [
    { stage: "screening", total: 3, cards: [card("a", "screening"), card("b", "screening")], nextCursor: "next" },
    { stage: "interviewing", total: 1, cards: [card("c", "interviewing")], nextCursor: null },
  ],
});
const moved = (id: string, stage: BoardCard["stage"]): Pick<StageMoveResult, "id" | "stage" | "version" | "stageChangedAt"> => ({ id, stage, version: 2, stageChangedAt: "2026-11-26T12:00:00.000Z" });

describe("a card moved on the board", () => {
  it("leaves its column and tops the new one, with the new version and no days in stage", () => {
    const after = moveCard(board(), moved("b", "interviewing"));
    expect(after.columns[0]).toMatchObject({ total: 2, cards: [expect.objectContaining({ id: "a" })], nextCursor: "next" });
    expect(after.columns[1]?.total).toBe(2);
    expect(after.columns[1]?.cards.map((c) => c.id)).toEqual(["b", "c"]);
    expect(after.columns[1]?.cards[0]).toMatchObject({ stage: "interviewing", version: 2, daysInStage: 0, stageChangedAt: "2026-11-26T12:00:00.000Z" });
  });

  it("leaves the board alone when the card is not on it", () => {
    const before = board();
    expect(moveCard(before, moved("zz", "interviewing"))).toBe(before);
  });
});

describe("the next page of a column", () => {
  it("is appended once, with the column's new cursor and total", () => {
    const after = appendPage(board(), { stage: "screening", total: 4, cards: [card("b", "screening"), card("d", "screening")], nextCursor: null });
    expect(after.columns[0]).toMatchObject({ total: 4, nextCursor: null });
    expect(after.columns[0]?.cards.map((c) => c.id)).toEqual(["a", "b", "d"]);
    expect(after.columns[1]).toEqual(board().columns[1]);
  });
});
