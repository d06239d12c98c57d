import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Notification, NotificationList, ReadAllResult } from "../../../domain/notifications/schemas";
import { api, queryString } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}/notifications`;
const key = (ws: string) => ["notifications", ws] as const;

/** How many the bell shows at once; older ones stay in the database. */
export const BELL_PAGE_SIZE = 20;

/** My notifications and the unread count; polled so the bell moves without a reload. */
export function useNotifications(ws: string) {
  return useQuery({
    queryKey: key(ws),
    queryFn: ({ signal }) => api(`${base(ws)}${queryString({ pageSize: BELL_PAGE_SIZE })}`, NotificationList, { signal }),
    refetchInterval: 30_000,
  });
}

export function useMarkRead(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`${base(ws)}/${encodeURIComponent(id)}/read`, Notification, { method: "POST" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key(ws) }),
  });
}

export function useMarkAllRead(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`${base(ws)}/read-all`, ReadAllResult, { method: "POST" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key(ws) }),
  });
}
