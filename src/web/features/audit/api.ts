import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AuditPage } from "../../../domain/audit/schemas";
import { api, queryString } from "../../api/http";
import type { AuditSearch } from "./search";

export const AUDIT_PAGE_SIZE = 50;

const filtersOf = (search: AuditSearch) => ({
  action: search.action,
  entityType: search.entityType,
  entityId: search.entityId,
  actorUserId: search.actorUserId,
  from: search.from,
  to: search.to,
});

export function useAuditLog(ws: string, search: AuditSearch) {
  return useQuery({
    queryKey: ["audit", ws, search],
    queryFn: ({ signal }) => api(`/api/w/${encodeURIComponent(ws)}/audit${queryString({ ...filtersOf(search), page: search.page, pageSize: AUDIT_PAGE_SIZE })}`, AuditPage, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The CSV export is a plain link: the browser downloads it with the session cookie. */
export function auditCsvHref(ws: string, search: AuditSearch): string {
  return `/api/w/${encodeURIComponent(ws)}/audit.csv${queryString(filtersOf(search))}`;
}
