import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  EscalationList,
  EscalationView,
  LessonsLog,
  type PerspectiveInput,
  type RaiseEscalationInput,
  type ResolveEscalationInput,
  type ScheduleResolutionMeetingInput,
} from "../../../domain/escalations/contracts";
import { api } from "../../api/http";

const partnerBase = (ws: string, partnerId: string) => `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}`;
const escalationUrl = (ws: string, partnerId: string, escalationId: string) => `${partnerBase(ws, partnerId)}/escalations/${encodeURIComponent(escalationId)}`;

const keys = {
  all: (ws: string, partnerId: string) => ["escalations", ws, partnerId] as const,
  list: (ws: string, partnerId: string) => ["escalations", ws, partnerId, "list"] as const,
  lessons: (ws: string, partnerId: string) => ["escalations", ws, partnerId, "lessons"] as const,
};

/** Refetched every minute so the 48-hour countdown and the status move on while the page is open. */
export function useEscalations(ws: string, partnerId: string) {
  return useQuery({
    queryKey: keys.list(ws, partnerId),
    queryFn: ({ signal }) => api(`${partnerBase(ws, partnerId)}/escalations`, EscalationList, { signal }),
    refetchInterval: 60_000,
  });
}

export function useLessons(ws: string, partnerId: string) {
  return useQuery({ queryKey: keys.lessons(ws, partnerId), queryFn: ({ signal }) => api(`${partnerBase(ws, partnerId)}/lessons`, LessonsLog, { signal }) });
}

/** Any change may move an escalation into the lessons log, so both lists refresh. */
function useRefresh(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: keys.all(ws, partnerId) });
}

export function useRaiseEscalation(ws: string, partnerId: string) {
  const refresh = useRefresh(ws, partnerId);
  return useMutation({
    mutationFn: (input: RaiseEscalationInput) => api(`${partnerBase(ws, partnerId)}/escalations`, EscalationView, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

export function useGivePerspective(ws: string, partnerId: string) {
  const refresh = useRefresh(ws, partnerId);
  return useMutation({
    mutationFn: ({ escalationId, ...input }: PerspectiveInput & { escalationId: string }) => api(`${escalationUrl(ws, partnerId, escalationId)}/perspective`, EscalationView, { method: "PUT", body: input }),
    onSuccess: refresh,
  });
}

export function useScheduleResolutionMeeting(ws: string, partnerId: string) {
  const refresh = useRefresh(ws, partnerId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ escalationId, ...input }: ScheduleResolutionMeetingInput & { escalationId: string }) => api(`${escalationUrl(ws, partnerId, escalationId)}/meeting`, EscalationView, { method: "POST", body: input }),
    onSuccess: () => {
      refresh();
      // The meeting also shows on the partner's meetings list.
      void queryClient.invalidateQueries({ queryKey: ["meetings", ws, partnerId] });
    },
  });
}

export function useResolveEscalation(ws: string, partnerId: string) {
  const refresh = useRefresh(ws, partnerId);
  return useMutation({
    mutationFn: ({ escalationId, ...input }: ResolveEscalationInput & { escalationId: string }) => api(`${escalationUrl(ws, partnerId, escalationId)}/resolve`, EscalationView, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

/** After a 409 the form reloads the escalation so the person sees what changed. */
export function useReloadEscalations(ws: string, partnerId: string) {
  return useRefresh(ws, partnerId);
}
