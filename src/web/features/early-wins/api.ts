import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { EarlyWin, EarlyWinList, type CompleteEarlyWin, type CreateEarlyWin, type ScheduleCheckIns, type UpdateCaseStudy, type UpdateEarlyWin } from "../../../domain/alignment/contracts";
import { api } from "../../api/http";

const base = (ws: string, partnerId: string) => `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/early-wins`;
const key = (ws: string, partnerId: string) => ["early-wins", ws, partnerId] as const;

export const caseStudyUrl = (ws: string, partnerId: string, earlyWinId: string) => `${base(ws, partnerId)}/${encodeURIComponent(earlyWinId)}/case-study.md`;

export function useEarlyWins(ws: string, partnerId: string) {
  return useQuery({ queryKey: key(ws, partnerId), queryFn: ({ signal }) => api(base(ws, partnerId), EarlyWinList, { signal }) });
}

/** Every change answers the early win; the list (and the meetings tab, for check-ins) reload from it. */
function useEarlyWinMutation<Input>(ws: string, partnerId: string, send: (input: Input) => Promise<EarlyWin>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key(ws, partnerId) });
      void queryClient.invalidateQueries({ queryKey: ["meetings"] });
    },
  });
}

export function useCreateEarlyWin(ws: string, partnerId: string) {
  return useEarlyWinMutation(ws, partnerId, (input: CreateEarlyWin) => api(base(ws, partnerId), EarlyWin, { method: "POST", body: input }));
}

export function useUpdateEarlyWin(ws: string, partnerId: string) {
  return useEarlyWinMutation(ws, partnerId, ({ id, ...change }: UpdateEarlyWin & { id: string }) => api(`${base(ws, partnerId)}/${encodeURIComponent(id)}`, EarlyWin, { method: "PUT", body: change }));
}

export function useScheduleCheckIns(ws: string, partnerId: string) {
  return useEarlyWinMutation(ws, partnerId, ({ id, ...input }: Partial<ScheduleCheckIns> & { id: string; version: number }) =>
    api(`${base(ws, partnerId)}/${encodeURIComponent(id)}/check-ins`, EarlyWin, { method: "POST", body: input }),
  );
}

export function useCompleteEarlyWin(ws: string, partnerId: string) {
  return useEarlyWinMutation(ws, partnerId, ({ id, ...input }: Omit<CompleteEarlyWin, "lessons"> & { lessons?: string; id: string }) =>
    api(`${base(ws, partnerId)}/${encodeURIComponent(id)}/complete`, EarlyWin, { method: "POST", body: input }),
  );
}

export function useUpdateCaseStudy(ws: string, partnerId: string) {
  return useEarlyWinMutation(ws, partnerId, ({ id, ...input }: UpdateCaseStudy & { id: string }) =>
    api(`${base(ws, partnerId)}/${encodeURIComponent(id)}/case-study`, EarlyWin, { method: "PUT", body: input }),
  );
}

/** After a 409: load what the other person saved. */
export function useReloadEarlyWins(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key(ws, partnerId) });
}
