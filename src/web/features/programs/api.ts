import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Ok } from "../../../domain/common/schemas";
import { PartnerType } from "../../../domain/partners/schemas";
import { Program, type PartnerTypeInput, type ProgramInput, type ProgramPatch, type TierRequirementInput, type TrackInput } from "../../../domain/programs/schemas";
import { api } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}/programs`;
const one = (ws: string, id: string) => `${base(ws)}/${encodeURIComponent(id)}`;
export const programKeys = { all: (ws: string) => ["programs", ws] as const };

export function usePrograms(ws: string) {
  return useQuery({ queryKey: programKeys.all(ws), queryFn: () => api(base(ws), z.array(Program)) });
}

/** Every change to programs also changes what the template library shows under "Used by". */
function useInvalidate(ws: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: programKeys.all(ws) });
    void queryClient.invalidateQueries({ queryKey: ["templates", ws] });
  };
}

export function useCreateProgram(ws: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({ mutationFn: (input: ProgramInput) => api(base(ws), Program, { method: "POST", body: input }), onSuccess: invalidate });
}

export function useUpdateProgram(ws: string, id: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({ mutationFn: (patch: ProgramPatch) => api(one(ws, id), Program, { method: "PATCH", body: patch }), onSuccess: invalidate });
}

export function useDeleteProgram(ws: string, id: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({ mutationFn: (version: number) => api(`${one(ws, id)}?version=${version}`, Ok, { method: "DELETE" }), onSuccess: invalidate });
}

export function useSetTrack(ws: string, id: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: ({ partnerTypeId, ...input }: TrackInput & { partnerTypeId: string }) => api(`${one(ws, id)}/tracks/${encodeURIComponent(partnerTypeId)}`, Program, { method: "PUT", body: input }),
    onSuccess: invalidate,
  });
}

export function useRemoveTrack(ws: string, id: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: ({ partnerTypeId, version }: { partnerTypeId: string; version: number }) => api(`${one(ws, id)}/tracks/${encodeURIComponent(partnerTypeId)}?version=${version}`, Program, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useSetTierRequirements(ws: string, id: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: ({ tierId, ...input }: TierRequirementInput & { tierId: string }) => api(`${one(ws, id)}/tiers/${encodeURIComponent(tierId)}`, Program, { method: "PUT", body: input }),
    onSuccess: invalidate,
  });
}

/** Partner types are shared with the partner forms, which read them from the partner settings. */
function useInvalidateTypes(ws: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate(ws);
  return () => {
    invalidate();
    void queryClient.invalidateQueries({ queryKey: ["partners", ws] });
    void queryClient.invalidateQueries({ queryKey: ["partner-settings", ws] });
  };
}

export function useCreatePartnerType(ws: string) {
  const invalidate = useInvalidateTypes(ws);
  return useMutation({
    mutationFn: (input: PartnerTypeInput) => api(`/api/w/${encodeURIComponent(ws)}/partner-types`, PartnerType, { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useRenamePartnerType(ws: string) {
  const invalidate = useInvalidateTypes(ws);
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => api(`/api/w/${encodeURIComponent(ws)}/partner-types/${encodeURIComponent(id)}`, PartnerType, { method: "PATCH", body: { name } }),
    onSuccess: invalidate,
  });
}
