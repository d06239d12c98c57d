import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  MeetingPeople,
  MeetingRecorded,
  PartnerMeetingDetail,
  PartnerMeetingList,
  RecapSent,
  type EditPartnerMeetingInput,
  type RecordMeetingInput,
  type SchedulePartnerMeetingInput,
} from "../../../domain/meetings/partner-meetings";
import type { MeetingType } from "../../../domain/trust/agenda-guides";
import { api } from "../../api/http";

const meetingsPath = (ws: string, partnerId: string) => `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/meetings`;
const meetingPath = (ws: string, partnerId: string, meetingId: string) => `${meetingsPath(ws, partnerId)}/${encodeURIComponent(meetingId)}`;

/** The invitation of one meeting, downloaded by the browser itself. */
export const meetingInvitePath = (ws: string, partnerId: string, meetingId: string) => `${meetingPath(ws, partnerId, meetingId)}/invite.ics`;

export const meetingKeys = {
  partner: (ws: string, partnerId: string) => ["meetings", ws, partnerId] as const,
  list: (ws: string, partnerId: string, kind: MeetingType | null) => ["meetings", ws, partnerId, "list", kind] as const,
  one: (ws: string, partnerId: string, meetingId: string) => ["meetings", ws, partnerId, "one", meetingId] as const,
  people: (ws: string, partnerId: string) => ["meetings", ws, partnerId, "people"] as const,
};

function useRefresh(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  // A recorded action item is a journey step too: the journey views refresh with the meetings.
  return () => {
    void queryClient.invalidateQueries({ queryKey: meetingKeys.partner(ws, partnerId) });
    void queryClient.invalidateQueries({ queryKey: ["journeys"] });
    void queryClient.invalidateQueries({ queryKey: ["portal"] });
    void queryClient.invalidateQueries({ queryKey: ["whats-next"] });
  };
}

export function usePartnerMeetings(ws: string, partnerId: string, kind: MeetingType | null) {
  return useQuery({
    queryKey: meetingKeys.list(ws, partnerId, kind),
    queryFn: () => api(`${meetingsPath(ws, partnerId)}${kind ? `?kind=${encodeURIComponent(kind)}` : ""}`, PartnerMeetingList),
  });
}

export function usePartnerMeeting(ws: string, partnerId: string, meetingId: string) {
  return useQuery({ queryKey: meetingKeys.one(ws, partnerId, meetingId), queryFn: () => api(meetingPath(ws, partnerId, meetingId), PartnerMeetingDetail) });
}

export function useMeetingPeople(ws: string, partnerId: string) {
  return useQuery({ queryKey: meetingKeys.people(ws, partnerId), queryFn: () => api(`/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/meeting-people`, MeetingPeople) });
}

export function useScheduleMeeting(ws: string, partnerId: string) {
  const refresh = useRefresh(ws, partnerId);
  return useMutation({
    mutationFn: (input: SchedulePartnerMeetingInput) => api(meetingsPath(ws, partnerId), PartnerMeetingDetail, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

export function useEditMeeting(ws: string, partnerId: string, meetingId: string) {
  const refresh = useRefresh(ws, partnerId);
  return useMutation({
    mutationFn: (input: EditPartnerMeetingInput) => api(meetingPath(ws, partnerId, meetingId), PartnerMeetingDetail, { method: "PATCH", body: input }),
    onSuccess: refresh,
  });
}

export function useCancelMeeting(ws: string, partnerId: string, meetingId: string) {
  const refresh = useRefresh(ws, partnerId);
  return useMutation({
    mutationFn: (version: number) => api(`${meetingPath(ws, partnerId, meetingId)}/cancel`, PartnerMeetingDetail, { method: "POST", body: { version } }),
    onSuccess: refresh,
  });
}

export function useRecordMeeting(ws: string, partnerId: string, meetingId: string) {
  const refresh = useRefresh(ws, partnerId);
  return useMutation({
    mutationFn: (input: RecordMeetingInput) => api(`${meetingPath(ws, partnerId, meetingId)}/record`, MeetingRecorded, { method: "PUT", body: input }),
    onSuccess: refresh,
  });
}

export function useSendRecap(ws: string, partnerId: string, meetingId: string) {
  const refresh = useRefresh(ws, partnerId);
  return useMutation({
    mutationFn: (version: number) => api(`${meetingPath(ws, partnerId, meetingId)}/recap`, RecapSent, { method: "POST", body: { version } }),
    onSuccess: refresh,
  });
}
