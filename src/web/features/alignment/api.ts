import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AlignmentView, PreferencesView } from "../../../domain/alignment/contracts";
import type { AlignmentEdit, PreferencesSurvey } from "../../../domain/trust/alignment";
import { api } from "../../api/http";

const base = (ws: string, partnerId: string) => `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}`;
export const alignmentKeys = {
  preferences: (ws: string, partnerId: string) => ["alignment", ws, partnerId, "preferences"] as const,
  record: (ws: string, partnerId: string) => ["alignment", ws, partnerId, "record"] as const,
};

/** Both sides' answers to the preferences survey and what they add up to (R-F3). */
export function usePreferences(ws: string, partnerId: string) {
  return useQuery({ queryKey: alignmentKeys.preferences(ws, partnerId), queryFn: ({ signal }) => api(`${base(ws, partnerId)}/preferences`, PreferencesView, { signal }) });
}

export function useAnswerPreferences(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: PreferencesSurvey) => api(`${base(ws, partnerId)}/preferences`, PreferencesView, { method: "PUT", body: answers }),
    onSuccess: (view) => queryClient.setQueryData(alignmentKeys.preferences(ws, partnerId), view),
  });
}

/** The shared alignment record with its history (R-F2). */
export function useAlignment(ws: string, partnerId: string) {
  return useQuery({ queryKey: alignmentKeys.record(ws, partnerId), queryFn: ({ signal }) => api(`${base(ws, partnerId)}/alignment`, AlignmentView, { signal }) });
}

export function useEditAlignment(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: AlignmentEdit) => api(`${base(ws, partnerId)}/alignment`, AlignmentView, { method: "PUT", body: edit }),
    onSuccess: (view) => queryClient.setQueryData(alignmentKeys.record(ws, partnerId), view),
  });
}
