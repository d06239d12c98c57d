import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { MySurvey, SurveyAnswerReceipt, SurveyDetail, SurveySummary, type SurveyAnswersInput, type SurveyInput } from "../../../domain/surveys/contracts";
import { api } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
const keys = {
  all: (ws: string) => ["surveys", ws] as const,
  list: (ws: string) => ["surveys", ws, "list"] as const,
  one: (ws: string, surveyId: string) => ["surveys", ws, "one", surveyId] as const,
  mine: (ws: string) => ["surveys", ws, "mine"] as const,
};

/** Every survey with status and how many answered (staff readers). */
export function useSurveys(ws: string, enabled = true) {
  return useQuery({ queryKey: keys.list(ws), queryFn: ({ signal }) => api(`${base(ws)}/surveys`, z.array(SurveySummary), { signal }), enabled });
}

/** One survey with its results (staff readers). */
export function useSurvey(ws: string, surveyId: string, enabled = true) {
  return useQuery({ queryKey: keys.one(ws, surveyId), queryFn: ({ signal }) => api(`${base(ws)}/surveys/${encodeURIComponent(surveyId)}`, SurveyDetail, { signal }), enabled });
}

/** Open surveys meant for me, each saying whether I answered. */
export function useMySurveys(ws: string) {
  return useQuery({ queryKey: keys.mine(ws), queryFn: ({ signal }) => api(`${base(ws)}/my-surveys`, z.array(MySurvey), { signal }) });
}

function useRefreshSurveys(ws: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: keys.all(ws) });
}

export function useCreateSurvey(ws: string) {
  const refresh = useRefreshSurveys(ws);
  return useMutation({
    mutationFn: (input: SurveyInput) => api(`${base(ws)}/surveys`, SurveyDetail, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

export function useCloseSurvey(ws: string, surveyId: string) {
  const refresh = useRefreshSurveys(ws);
  return useMutation({
    mutationFn: (version: number) => api(`${base(ws)}/surveys/${encodeURIComponent(surveyId)}/close`, SurveyDetail, { method: "POST", body: { version } }),
    onSuccess: refresh,
  });
}

export function useAnswerSurvey(ws: string, surveyId: string) {
  const refresh = useRefreshSurveys(ws);
  return useMutation({
    mutationFn: (input: SurveyAnswersInput) => api(`${base(ws)}/surveys/${encodeURIComponent(surveyId)}/answers`, SurveyAnswerReceipt, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}
