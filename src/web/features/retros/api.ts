import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RetroInsight, TemplateInsights, type RetroInsightInput, type RetroInsightStatusChange } from "../../../domain/retros/contracts";
import { api } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;

export const retroKeys = {
  all: (ws: string) => ["retro-insights", ws] as const,
  template: (ws: string, templateId: string) => ["retro-insights", ws, "template", templateId] as const,
};

export function useTemplateInsights(ws: string, templateId: string) {
  return useQuery({ queryKey: retroKeys.template(ws, templateId), queryFn: () => api(`${base(ws)}/templates/${encodeURIComponent(templateId)}/insights`, TemplateInsights) });
}

export function useRecordInsight(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RetroInsightInput) => api(`${base(ws)}/retro-insights`, RetroInsight, { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: retroKeys.all(ws) }),
  });
}

export function useChangeInsightStatus(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ insightId, change }: { insightId: string; change: RetroInsightStatusChange }) =>
      api(`${base(ws)}/retro-insights/${encodeURIComponent(insightId)}`, RetroInsight, { method: "PATCH", body: change }),
    // A 409 means someone else decided first: reloading shows what they chose.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: retroKeys.all(ws) }),
  });
}
