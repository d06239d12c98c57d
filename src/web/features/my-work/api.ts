import { useQuery } from "@tanstack/react-query";
import { MyWork } from "../../../domain/journeys/contracts";
import { api } from "../../api/http";

/** Open steps of the signed-in person across all partners; journey changes invalidate ["my-work", ws]. */
export function useMyWork(ws: string) {
  return useQuery({ queryKey: ["my-work", ws], queryFn: () => api(`/api/w/${encodeURIComponent(ws)}/work`, MyWork), refetchOnWindowFocus: true });
}
