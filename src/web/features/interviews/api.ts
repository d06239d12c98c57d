import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  CandidateView,
  Decision,
  DecisionOverview,
  Interview,
  InterviewList,
  InterviewScorecards,
  Kit,
  KitList,
  MyInterviewList,
  ScheduleResult,
  type DecisionInput,
  type KitInput,
  type KitPatch,
  type RescheduleInterviewInput,
  type ScheduleInterviewInput,
  type ScorecardInput,
} from "../../../domain/interviews/contracts";
import { api } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
const partnerPath = (ws: string, partnerId: string) => `${base(ws)}/partners/${encodeURIComponent(partnerId)}`;
const interviewPath = (ws: string, partnerId: string, interviewId: string) => `${partnerPath(ws, partnerId)}/interviews/${encodeURIComponent(interviewId)}`;

/** The calendar file of an interview, downloaded by the browser itself. */
export const invitePath = (ws: string, partnerId: string, interviewId: string) => `${interviewPath(ws, partnerId, interviewId)}/invite.ics`;

export const interviewKeys = {
  all: (ws: string) => ["interviews", ws] as const,
  kits: (ws: string, archived: boolean) => ["interviews", ws, "kits", archived] as const,
  mine: (ws: string) => ["interviews", ws, "mine"] as const,
  partner: (ws: string, partnerId: string) => ["interviews", ws, "partner", partnerId] as const,
  candidate: (ws: string, partnerId: string) => ["interviews", ws, "partner", partnerId, "candidate"] as const,
  summary: (ws: string, partnerId: string) => ["interviews", ws, "partner", partnerId, "summary"] as const,
  interview: (ws: string, partnerId: string, interviewId: string) => ["interviews", ws, "partner", partnerId, "interview", interviewId] as const,
  scorecards: (ws: string, partnerId: string, interviewId: string) => ["interviews", ws, "partner", partnerId, "interview", interviewId, "scorecards"] as const,
};

function useRefresh(ws: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: interviewKeys.all(ws) });
}

export function useKits(ws: string, archived = false) {
  return useQuery({ queryKey: interviewKeys.kits(ws, archived), queryFn: () => api(`${base(ws)}/interview-kits${archived ? "?archived=include" : ""}`, KitList) });
}

export function useSaveKit(ws: string) {
  const refresh = useRefresh(ws);
  return useMutation({
    mutationFn: (input: { id: string; patch: KitPatch } | { id: null; create: KitInput }) =>
      input.id === null ? api(`${base(ws)}/interview-kits`, Kit, { method: "POST", body: input.create }) : api(`${base(ws)}/interview-kits/${encodeURIComponent(input.id)}`, Kit, { method: "PATCH", body: input.patch }),
    onSuccess: refresh,
  });
}

export function useArchiveKit(ws: string) {
  const refresh = useRefresh(ws);
  return useMutation({
    mutationFn: ({ kit, archived }: { kit: Kit; archived: boolean }) => api(`${base(ws)}/interview-kits/${encodeURIComponent(kit.id)}/${archived ? "archive" : "restore"}`, Kit, { method: "POST", body: { version: kit.version } }),
    onSuccess: refresh,
  });
}

export function useMyInterviews(ws: string) {
  return useQuery({ queryKey: interviewKeys.mine(ws), queryFn: () => api(`${base(ws)}/my-interviews`, MyInterviewList) });
}

export function usePartnerInterviews(ws: string, partnerId: string) {
  return useQuery({ queryKey: interviewKeys.partner(ws, partnerId), queryFn: () => api(`${partnerPath(ws, partnerId)}/interviews`, InterviewList) });
}

export function useInterview(ws: string, partnerId: string, interviewId: string) {
  return useQuery({ queryKey: interviewKeys.interview(ws, partnerId, interviewId), queryFn: () => api(interviewPath(ws, partnerId, interviewId), Interview) });
}

export function useCandidate(ws: string, partnerId: string) {
  return useQuery({ queryKey: interviewKeys.candidate(ws, partnerId), queryFn: () => api(`${partnerPath(ws, partnerId)}/candidate`, CandidateView) });
}

export function useScorecards(ws: string, partnerId: string, interviewId: string) {
  return useQuery({ queryKey: interviewKeys.scorecards(ws, partnerId, interviewId), queryFn: () => api(`${interviewPath(ws, partnerId, interviewId)}/scorecards`, InterviewScorecards) });
}

export function useSaveScorecard(ws: string, partnerId: string, interviewId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(ws);
  return useMutation({
    mutationFn: ({ input, submit }: { input: z.input<typeof ScorecardInput>; submit: boolean }) =>
      api(`${interviewPath(ws, partnerId, interviewId)}/scorecard${submit ? "/submit" : ""}`, InterviewScorecards, { method: submit ? "POST" : "PUT", body: input }),
    onSuccess: (cards) => {
      queryClient.setQueryData(interviewKeys.scorecards(ws, partnerId, interviewId), cards);
      refresh();
    },
  });
}

export function useScheduleInterview(ws: string, partnerId: string) {
  const refresh = useRefresh(ws);
  return useMutation({
    mutationFn: (input: { interviewId: null; schedule: z.input<typeof ScheduleInterviewInput> } | { interviewId: string; change: RescheduleInterviewInput }) =>
      input.interviewId === null
        ? api(`${partnerPath(ws, partnerId)}/interviews`, ScheduleResult, { method: "POST", body: input.schedule })
        : api(interviewPath(ws, partnerId, input.interviewId), ScheduleResult, { method: "PATCH", body: input.change }),
    onSuccess: refresh,
  });
}

export function useCancelInterview(ws: string, partnerId: string) {
  const refresh = useRefresh(ws);
  return useMutation({
    mutationFn: ({ interview, reason }: { interview: Interview; reason: string }) => api(`${interviewPath(ws, partnerId, interview.id)}/cancel`, Interview, { method: "POST", body: { version: interview.version, reason } }),
    onSuccess: refresh,
  });
}

export function useDecisionOverview(ws: string, partnerId: string, enabled = true) {
  return useQuery({ queryKey: interviewKeys.summary(ws, partnerId), queryFn: () => api(`${partnerPath(ws, partnerId)}/decision-summary`, DecisionOverview), enabled });
}

export function useDecide(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh(ws);
  return useMutation({
    mutationFn: (input: DecisionInput) => api(`${partnerPath(ws, partnerId)}/decision`, Decision, { method: "POST", body: input }),
    onSuccess: () => {
      refresh();
      void queryClient.invalidateQueries({ queryKey: ["partners", ws, "detail", partnerId] });
    },
  });
}
