import { useQuery } from "@tanstack/react-query";
import { PortalView } from "../../../domain/partners/schemas";
import { api } from "../../api/http";

/** The portal's one read; changes go through the partner routes, which refresh this key too. */
export function usePortal(ws: string) {
  return useQuery({ queryKey: ["portal", ws], queryFn: () => api(`/api/w/${encodeURIComponent(ws)}/portal`, PortalView) });
}
