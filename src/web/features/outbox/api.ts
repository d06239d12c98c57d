import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { OutboxPage } from "../../../domain/audit/schemas";
import { api, queryString } from "../../api/http";
import type { OutboxSearch } from "./search";

export const OUTBOX_PAGE_SIZE = 25;

export function useOutbox(ws: string, search: OutboxSearch) {
  return useQuery({
    queryKey: ["outbox", ws, search],
    queryFn: ({ signal }) => api(`/api/w/${encodeURIComponent(ws)}/outbox${queryString({ status: search.status, page: search.page, pageSize: OUTBOX_PAGE_SIZE })}`, OutboxPage, { signal }),
    placeholderData: keepPreviousData,
    // Delivery happens in the background: keep the statuses current while the page is open.
    refetchInterval: 15_000,
  });
}
