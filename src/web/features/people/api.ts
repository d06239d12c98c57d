import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Ok } from "../../../domain/common/schemas";
import type { StaffRole } from "../../../domain/access/roles";
import { StaffDirectory, StaffInvitation, StaffUser } from "../../../domain/workspaces/schemas";
import { api } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
const MembershipReply = StaffUser.pick({ userId: true, role: true, status: true, version: true });

export const staffDirectoryQuery = (ws: string) =>
  queryOptions({ queryKey: ["users", ws], queryFn: () => api(`${base(ws)}/users`, StaffDirectory), staleTime: 60_000 });

/** Staff of the workspace: the People page, and every owner/team picker. */
export function useStaffDirectory(ws: string, enabled = true) {
  return useQuery({ ...staffDirectoryQuery(ws), enabled });
}

function useRefreshDirectory(ws: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ["users", ws] });
}

export function useInviteStaff(ws: string) {
  const refresh = useRefreshDirectory(ws);
  return useMutation({
    mutationFn: (input: { email: string; role: StaffRole }) => api(`${base(ws)}/invitations`, StaffInvitation, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

export function useWithdrawStaffInvitation(ws: string) {
  const refresh = useRefreshDirectory(ws);
  return useMutation({
    mutationFn: (invitationId: string) => api(`${base(ws)}/invitations/${encodeURIComponent(invitationId)}`, Ok, { method: "DELETE" }),
    onSuccess: refresh,
  });
}

export function useChangeRole(ws: string) {
  const refresh = useRefreshDirectory(ws);
  return useMutation({
    mutationFn: ({ userId, role, version }: { userId: string; role: StaffRole; version: number }) =>
      api(`${base(ws)}/users/${encodeURIComponent(userId)}`, MembershipReply, { method: "PATCH", body: { role, version } }),
    onSettled: refresh,
  });
}

export function useSetActive(ws: string) {
  const refresh = useRefreshDirectory(ws);
  return useMutation({
    mutationFn: ({ userId, version, active }: { userId: string; version: number; active: boolean }) =>
      api(`${base(ws)}/users/${encodeURIComponent(userId)}/${active ? "reactivate" : "deactivate"}`, MembershipReply, { method: "POST", body: { version } }),
    onSettled: refresh,
  });
}
