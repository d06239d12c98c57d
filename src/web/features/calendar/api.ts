import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { CalendarFeedStatus, CreatedCalendarFeed } from "../../../domain/calendar/contracts";
import { api } from "../../api/http";

const feedPath = (ws: string) => `/api/w/${encodeURIComponent(ws)}/me/calendar-feed`;
export const calendarFeedKey = (ws: string) => ["calendar-feed", ws] as const;

export function useCalendarFeed(ws: string) {
  return useQuery({ queryKey: calendarFeedKey(ws), queryFn: () => api(feedPath(ws), CalendarFeedStatus) });
}

/** Turns the feed on, or replaces it: the old address stops working at once. */
export function useCreateCalendarFeed(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(feedPath(ws), CreatedCalendarFeed, { method: "POST" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarFeedKey(ws) }),
  });
}

export function useTurnOffCalendarFeed(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(feedPath(ws), z.object({ ok: z.literal(true) }), { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarFeedKey(ws) }),
  });
}
