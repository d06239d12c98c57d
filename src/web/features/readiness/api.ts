import { useQuery } from "@tanstack/react-query";
import { PartnerReadiness } from "../../../domain/readiness/contracts";
import { api } from "../../api/http";

/** The readiness checklist of one partner, answered from the data (staff only). */
export function usePartnerReadiness(ws: string, partnerId: string) {
  return useQuery({
    queryKey: ["readiness", ws, partnerId] as const,
    queryFn: ({ signal }) => api(`/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/readiness`, PartnerReadiness, { signal }),
  });
}
