import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { QuarterlyReviews, QuarterRated, type RateQuarterInput } from "../../../domain/reviews/contracts";
import { api } from "../../api/http";

const reviewsUrl = (ws: string, partnerId: string) => `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/reviews`;
const key = (ws: string, partnerId: string) => ["reviews", ws, partnerId] as const;

export function useQuarterlyReviews(ws: string, partnerId: string) {
  return useQuery({ queryKey: key(ws, partnerId), queryFn: ({ signal }) => api(reviewsUrl(ws, partnerId), QuarterlyReviews, { signal }) });
}

/** Scores left empty in the form are not sent, so the server's answer names each missing one. */
export type RateQuarterBody = Partial<Pick<RateQuarterInput, "trust" | "satisfaction">> & Pick<RateQuarterInput, "comment"> & { quarter: string };

export function useRateQuarter(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ quarter, ...input }: RateQuarterBody) => api(`${reviewsUrl(ws, partnerId)}/${encodeURIComponent(quarter)}`, QuarterRated, { method: "PUT", body: input }),
    onSuccess: (rated) => {
      queryClient.setQueryData(key(ws, partnerId), { currentQuarter: rated.currentQuarter, mySide: rated.mySide, quarters: rated.quarters });
      // An investigation is a new journey step; the journey and work lists show it.
      if (rated.investigation?.stepId) void queryClient.invalidateQueries({ queryKey: ["journeys", ws] });
    },
  });
}
