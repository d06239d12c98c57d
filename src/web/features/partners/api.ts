import { keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Ok } from "../../../domain/common/schemas";
import type { LifecycleStage } from "../../../domain/partners/lifecycle";
import type {
  PartnerInput} from "../../../domain/partners/schemas";
import {
  Partner,
  PartnerList,
  PartnerPeople,
  PartnerSettings,
  PendingInvitation,
  StageChange,
  Timeline,
  type PartnerPatch,
} from "../../../domain/partners/schemas";
import { StageMoveResult } from "../../../domain/pipeline/contracts";
import { api, queryString } from "../../api/http";
import type { PartnersSearch } from "./search";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
const partnerPath = (ws: string, id: string) => `${base(ws)}/partners/${encodeURIComponent(id)}`;

export const partnerKeys = {
  all: (ws: string) => ["partners", ws] as const,
  list: (ws: string, search: PartnersSearch) => ["partners", ws, "list", search] as const,
  detail: (ws: string, id: string) => ["partners", ws, "detail", id] as const,
  history: (ws: string, id: string) => ["partners", ws, "detail", id, "history"] as const,
  people: (ws: string, id: string) => ["partners", ws, "detail", id, "people"] as const,
  timeline: (ws: string, id: string) => ["partners", ws, "detail", id, "timeline"] as const,
};

export const PAGE_SIZE = 25;

export const partnerSettingsQuery = (ws: string) =>
  queryOptions({ queryKey: ["partner-settings", ws], queryFn: () => api(`${base(ws)}/partner-settings`, PartnerSettings), staleTime: 5 * 60_000 });

export function usePartnerSettings(ws: string) {
  return useQuery(partnerSettingsQuery(ws));
}

export function usePartnerList(ws: string, search: PartnersSearch) {
  return useQuery({
    queryKey: partnerKeys.list(ws, search),
    queryFn: ({ signal }) =>
      api(
        `${base(ws)}/partners${queryString({ q: search.q, stage: search.stage, typeId: search.typeId, tierId: search.tierId, ownerUserId: search.ownerUserId, sort: search.sort, page: search.page, pageSize: PAGE_SIZE })}`,
        PartnerList,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePartner(ws: string, id: string) {
  return useQuery({ queryKey: partnerKeys.detail(ws, id), queryFn: () => api(partnerPath(ws, id), Partner) });
}

export function useStageHistory(ws: string, id: string) {
  return useQuery({ queryKey: partnerKeys.history(ws, id), queryFn: () => api(`${partnerPath(ws, id)}/stage-history`, z.array(StageChange)) });
}

export function usePartnerPeople(ws: string, id: string, enabled = true) {
  return useQuery({ queryKey: partnerKeys.people(ws, id), queryFn: () => api(`${partnerPath(ws, id)}/people`, PartnerPeople), enabled });
}

export function useTimeline(ws: string, id: string) {
  return useInfiniteQuery({
    queryKey: partnerKeys.timeline(ws, id),
    queryFn: ({ pageParam }) => api(`${partnerPath(ws, id)}/timeline${queryString({ before: pageParam, limit: 20 })}`, Timeline),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useCreatePartner(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof PartnerInput>) => api(`${base(ws)}/partners`, Partner, { method: "POST", body: input }),
    onSuccess: (partner) => {
      queryClient.setQueryData(partnerKeys.detail(ws, partner.id), partner);
      void queryClient.invalidateQueries({ queryKey: partnerKeys.all(ws) });
    },
  });
}

/** After any change to a partner: its record, history, timeline and the lists that show it. */
function useRefreshPartner(ws: string, id: string) {
  const queryClient = useQueryClient();
  return (partner?: Partner) => {
    if (partner) queryClient.setQueryData(partnerKeys.detail(ws, id), partner);
    void queryClient.invalidateQueries({ queryKey: partnerKeys.all(ws) });
    void queryClient.invalidateQueries({ queryKey: ["portal", ws] });
  };
}

export function useUpdatePartner(ws: string, id: string) {
  const refresh = useRefreshPartner(ws, id);
  return useMutation({
    mutationFn: (patch: PartnerPatch) => api(partnerPath(ws, id), Partner, { method: "PATCH", body: patch }),
    onSuccess: refresh,
  });
}

export function useMoveStage(ws: string, id: string) {
  const refresh = useRefreshPartner(ws, id);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (move: { stage: LifecycleStage; reason: string; version: number }) => api(`${partnerPath(ws, id)}/stage`, StageMoveResult, { method: "POST", body: move }),
    onSuccess: (moved) => {
      refresh(moved);
      // A move into onboarding may have started a journey and sent an email.
      void queryClient.invalidateQueries({ queryKey: ["pipeline", ws] });
      void queryClient.invalidateQueries({ queryKey: ["journeys", ws] });
    },
  });
}

export function useSetTeam(ws: string, id: string) {
  const refresh = useRefreshPartner(ws, id);
  return useMutation({
    mutationFn: (userIds: string[]) => api(`${partnerPath(ws, id)}/team`, Ok, { method: "PUT", body: { userIds } }),
    onSuccess: () => refresh(),
  });
}

export function useInvitePartnerUser(ws: string, id: string) {
  const refresh = useRefreshPartner(ws, id);
  return useMutation({
    mutationFn: (input: { email: string; role: "partner_admin" | "partner_member" }) => api(`${partnerPath(ws, id)}/invitations`, PendingInvitation, { method: "POST", body: input }),
    onSuccess: () => refresh(),
  });
}

export function useRevokePartnerInvitation(ws: string, id: string) {
  const refresh = useRefreshPartner(ws, id);
  return useMutation({
    mutationFn: (invitationId: string) => api(`${partnerPath(ws, id)}/invitations/${encodeURIComponent(invitationId)}`, Ok, { method: "DELETE" }),
    onSuccess: () => refresh(),
  });
}

export function useRemovePartnerMember(ws: string, id: string) {
  const refresh = useRefreshPartner(ws, id);
  return useMutation({
    mutationFn: (userId: string) => api(`${partnerPath(ws, id)}/members/${encodeURIComponent(userId)}`, Ok, { method: "DELETE" }),
    onSuccess: () => refresh(),
  });
}
