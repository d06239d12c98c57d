import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  Assignee,
  CompletionPreview,
  Journey,
  JourneyEvent,
  JourneySummary,
  UpgradePreview,
  type AdHocStepInput,
  type StartJourneyInput,
} from "../../../domain/journeys/contracts";
import { api, queryString } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
const journeysPath = (ws: string, partnerId: string) => `${base(ws)}/partners/${encodeURIComponent(partnerId)}/journeys`;
const journeyPath = (ws: string, partnerId: string, journeyId: string) => `${journeysPath(ws, partnerId)}/${encodeURIComponent(journeyId)}`;
const stepPath = (ws: string, partnerId: string, journeyId: string, stepId: string) => `${journeyPath(ws, partnerId, journeyId)}/steps/${encodeURIComponent(stepId)}`;

export const journeyKeys = {
  all: (ws: string) => ["journeys", ws] as const,
  partner: (ws: string, partnerId: string) => ["journeys", ws, "partner", partnerId] as const,
  detail: (ws: string, partnerId: string, journeyId: string) => ["journeys", ws, "partner", partnerId, journeyId] as const,
  events: (ws: string, partnerId: string, journeyId: string) => ["journeys", ws, "partner", partnerId, journeyId, "events"] as const,
  preview: (ws: string, partnerId: string, journeyId: string, stepId: string, version: number) =>
    ["journeys", ws, "partner", partnerId, journeyId, "preview", stepId, version] as const,
  upgrade: (ws: string, partnerId: string, journeyId: string, toVersion: number) => ["journeys", ws, "partner", partnerId, journeyId, "upgrade", toVersion] as const,
  assignees: (ws: string, partnerId: string) => ["journeys", ws, "partner", partnerId, "assignees"] as const,
};

export function usePartnerJourneys(ws: string, partnerId: string) {
  return useQuery({ queryKey: journeyKeys.partner(ws, partnerId), queryFn: () => api(journeysPath(ws, partnerId), z.array(JourneySummary)) });
}

export function useJourney(ws: string, partnerId: string, journeyId: string | undefined) {
  return useQuery({
    queryKey: journeyKeys.detail(ws, partnerId, journeyId ?? ""),
    queryFn: () => api(journeyPath(ws, partnerId, journeyId ?? ""), Journey),
    enabled: Boolean(journeyId),
  });
}

export function useJourneyEvents(ws: string, partnerId: string, journeyId: string) {
  return useQuery({ queryKey: journeyKeys.events(ws, partnerId, journeyId), queryFn: () => api(`${journeyPath(ws, partnerId, journeyId)}/events`, z.array(JourneyEvent)) });
}

/** The due dates that completing this step now would move; keyed by the step's version so a change refreshes it. */
export function useCompletionPreview(ws: string, partnerId: string, journeyId: string, step: { id: string; version: number }, enabled: boolean) {
  return useQuery({
    queryKey: journeyKeys.preview(ws, partnerId, journeyId, step.id, step.version),
    queryFn: () => api(`${stepPath(ws, partnerId, journeyId, step.id)}/completion-preview`, CompletionPreview),
    enabled,
    staleTime: 0,
  });
}

export function useUpgradePreview(ws: string, partnerId: string, journeyId: string, toVersion: number, enabled: boolean) {
  return useQuery({
    queryKey: journeyKeys.upgrade(ws, partnerId, journeyId, toVersion),
    queryFn: () => api(`${journeyPath(ws, partnerId, journeyId)}/upgrade-preview${queryString({ toVersion })}`, UpgradePreview),
    enabled,
    staleTime: 0,
  });
}

export function useAssignees(ws: string, partnerId: string, enabled: boolean) {
  return useQuery({
    queryKey: journeyKeys.assignees(ws, partnerId),
    queryFn: () => api(`${base(ws)}/partners/${encodeURIComponent(partnerId)}/assignees`, z.array(Assignee)),
    enabled,
    staleTime: 60_000,
  });
}

/** After any change: the journey itself, the partner's list, the history, everyone's work lists and the cohort. */
function useRefreshJourney(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  return (journey: Journey) => {
    const detailKey = journeyKeys.detail(ws, partnerId, journey.id);
    queryClient.setQueryData(detailKey, journey);
    // The answer is the journey as it is now, so only the queries around it need fetching again.
    const isDetail = (key: readonly unknown[]) => key.length === detailKey.length && key[4] === journey.id;
    void queryClient.invalidateQueries({ queryKey: journeyKeys.all(ws), predicate: (query) => !isDetail(query.queryKey) });
    void queryClient.invalidateQueries({ queryKey: ["my-work", ws] });
    void queryClient.invalidateQueries({ queryKey: ["cohorts", ws] });
    void queryClient.invalidateQueries({ queryKey: ["partners", ws, "detail", partnerId, "timeline"] });
  };
}

export function useStartJourney(ws: string, partnerId: string) {
  const refresh = useRefreshJourney(ws, partnerId);
  return useMutation({
    mutationFn: (input: StartJourneyInput) => api(journeysPath(ws, partnerId), Journey, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

/** The step verbs that answer the journey as it is afterwards. Each body names the step version seen. */
export type StepVerb = "complete" | "reopen" | "skip" | "reassign" | "reschedule";
export type StepVerbBody = { version: number } & ({ input?: unknown; note?: string } | { reason: string } | { userId: string } | { dueAt: string; reason: string });

export function useStepAction(ws: string, partnerId: string, journeyId: string, verb: StepVerb) {
  const refresh = useRefreshJourney(ws, partnerId);
  return useMutation({
    mutationFn: ({ stepId, body }: { stepId: string; body: StepVerbBody }) => api(`${stepPath(ws, partnerId, journeyId, stepId)}/${verb}`, Journey, { method: "POST", body }),
    onSuccess: refresh,
  });
}

export function useAddStep(ws: string, partnerId: string, journeyId: string) {
  const refresh = useRefreshJourney(ws, partnerId);
  return useMutation({
    mutationFn: (input: AdHocStepInput) => api(`${journeyPath(ws, partnerId, journeyId)}/steps`, Journey, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

export function useCancelJourney(ws: string, partnerId: string, journeyId: string) {
  const refresh = useRefreshJourney(ws, partnerId);
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) => api(`${journeyPath(ws, partnerId, journeyId)}/cancel`, Journey, { method: "POST", body }),
    onSuccess: refresh,
  });
}

export function useUpgradeJourney(ws: string, partnerId: string, journeyId: string) {
  const refresh = useRefreshJourney(ws, partnerId);
  return useMutation({
    mutationFn: (body: { version: number; toVersion: number }) => api(`${journeyPath(ws, partnerId, journeyId)}/upgrade`, Journey, { method: "POST", body }),
    onSuccess: refresh,
  });
}
