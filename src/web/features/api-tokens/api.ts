import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { TokenScope } from "../../../domain/access/roles";
import { ApiToken, CreatedApiToken } from "../../../domain/workspaces/schemas";
import { api } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}/api-tokens`;

export function useApiTokens(ws: string) {
  return useQuery({ queryKey: ["api-tokens", ws], queryFn: () => api(base(ws), z.array(ApiToken)) });
}

export function useCreateApiToken(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: TokenScope[]; expiresInDays: number | null }) => api(base(ws), CreatedApiToken, { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["api-tokens", ws] }),
  });
}

export function useRevokeApiToken(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`${base(ws)}/${encodeURIComponent(id)}`, ApiToken, { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["api-tokens", ws] }),
  });
}
