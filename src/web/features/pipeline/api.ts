import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { LifecycleStage } from "../../../domain/partners/lifecycle";
import { PartnerList } from "../../../domain/partners/schemas";
import { Board, BoardColumn, StageMoveResult } from "../../../domain/pipeline/contracts";
import { api, queryString } from "../../api/http";
import { partnerKeys } from "../partners/api";
import { appendPage, moveCard } from "./board/move-card";
import type { PipelineFilters, PipelineSearch } from "./search";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
export const CARDS_PER_PAGE = 20;
export const TABLE_PAGE_SIZE = 25;

export const pipelineKeys = {
  all: (ws: string) => ["pipeline", ws] as const,
  board: (ws: string, filters: PipelineFilters) => ["pipeline", ws, "board", filters] as const,
  table: (ws: string, search: PipelineSearch) => ["pipeline", ws, "table", search] as const,
};

const filterParams = (filters: PipelineFilters) => ({ q: filters.q, programId: filters.programId, ownerUserId: filters.ownerUserId, typeId: filters.typeId, limit: CARDS_PER_PAGE });

/** The board: every column's count and first cards in one request. */
export function useBoard(ws: string, filters: PipelineFilters) {
  return useQuery({
    queryKey: pipelineKeys.board(ws, filters),
    queryFn: ({ signal }) => api(`${base(ws)}/pipeline/board${queryString(filterParams(filters))}`, Board, { signal }),
    placeholderData: keepPreviousData,
  });
}

/**
 * "Load more" of one column: the next cards are appended to the board's own cache entry, so a
 * move afterwards keeps what was loaded.
 */
export function useLoadMore(ws: string, filters: PipelineFilters) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stage, cursor }: { stage: LifecycleStage; cursor: string }) =>
      api(`${base(ws)}/pipeline/columns/${stage}${queryString({ ...filterParams(filters), cursor })}`, BoardColumn),
    onSuccess: (page) =>
      updateBoard(queryClient, ws, filters, (board) => appendPage(board, page)),
  });
}

function updateBoard(queryClient: QueryClient, ws: string, filters: PipelineFilters, change: (board: Board) => Board) {
  queryClient.setQueryData<Board>(pipelineKeys.board(ws, filters), (board) => (board ? change(board) : board));
}

export interface MoveRequest {
  partnerId: string;
  stage: LifecycleStage;
  reason: string;
  version: number;
}

export function useBoardMove(ws: string, filters: PipelineFilters) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partnerId, ...move }: MoveRequest) => api(`${base(ws)}/partners/${encodeURIComponent(partnerId)}/stage`, StageMoveResult, { method: "POST", body: move }),
    onSuccess: (moved) => {
      updateBoard(queryClient, ws, filters, (board) => moveCard(board, moved));
      // The partner's own page, the partners list and the table read it afresh; the board keeps its loaded pages.
      void queryClient.invalidateQueries({ queryKey: partnerKeys.all(ws) });
      void queryClient.invalidateQueries({ queryKey: ["pipeline", ws, "table"] });
    },
  });
}

/** The table view reads the partners list with the board's filters. */
export function usePipelineTable(ws: string, search: PipelineSearch) {
  return useQuery({
    queryKey: pipelineKeys.table(ws, search),
    queryFn: ({ signal }) =>
      api(
        `${base(ws)}/partners${queryString({ q: search.q, programId: search.programId, ownerUserId: search.ownerUserId, typeId: search.typeId, stage: search.stage, sort: search.sort ?? "inStage", page: search.page, pageSize: TABLE_PAGE_SIZE })}`,
        PartnerList,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
