import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Cohort } from "../../../domain/journeys/contracts";
import { api, queryString } from "../../api/http";
import type { CohortSearch } from "./search";

export const COHORT_PAGE_SIZE = 50;

/** Journeys of a track or template with status, and the cohort's figures (R-D3, R-D5). */
export function useCohort(ws: string, search: CohortSearch) {
  return useQuery({
    queryKey: ["cohorts", ws, search],
    queryFn: ({ signal }) =>
      api(
        `/api/w/${encodeURIComponent(ws)}/journeys${queryString({ typeId: search.typeId, templateId: search.templateId, status: search.status, page: search.page, pageSize: COHORT_PAGE_SIZE })}`,
        Cohort,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
