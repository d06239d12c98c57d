import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { CalibrationNote, CalibrationReport, Certification, type CalibrationNoteInput, type CertificationInput } from "../../../domain/calibration/contracts";
import { Ok } from "../../../domain/common/schemas";
import { api, queryString } from "../../api/http";
import type { CalibrationSearch } from "./search";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
const keys = {
  report: (ws: string, search: CalibrationSearch) => ["calibration", ws, "report", search] as const,
  notes: (ws: string) => ["calibration", ws, "notes"] as const,
  certifications: (ws: string) => ["calibration", ws, "certifications"] as const,
};

/** Each interviewer against the panel over the interviews the filters pick (R-B4). */
export function useCalibration(ws: string, search: CalibrationSearch) {
  return useQuery({
    queryKey: keys.report(ws, search),
    queryFn: ({ signal }) => api(`${base(ws)}/calibration${queryString({ kitId: search.kitId, stageKey: search.stageKey, from: search.from, to: search.to })}`, CalibrationReport, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCalibrationNotes(ws: string) {
  return useQuery({ queryKey: keys.notes(ws), queryFn: ({ signal }) => api(`${base(ws)}/calibration/notes`, z.array(CalibrationNote), { signal }) });
}

export function useAddCalibrationNote(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CalibrationNoteInput) => api(`${base(ws)}/calibration/notes`, CalibrationNote, { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.notes(ws) }),
  });
}

export function useCertifications(ws: string) {
  return useQuery({ queryKey: keys.certifications(ws), queryFn: ({ signal }) => api(`${base(ws)}/certifications`, z.array(Certification), { signal }) });
}

/** Certification changes also change the "certified" marks in the figures. */
function useRefreshCertifications(ws: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ["calibration", ws] });
}

export function useCertify(ws: string) {
  const refresh = useRefreshCertifications(ws);
  return useMutation({
    mutationFn: ({ userId, ...input }: CertificationInput & { userId: string }) => api(`${base(ws)}/certifications/${encodeURIComponent(userId)}`, Certification, { method: "PUT", body: input }),
    onSuccess: refresh,
  });
}

export function useRemoveCertification(ws: string) {
  const refresh = useRefreshCertifications(ws);
  return useMutation({
    mutationFn: (userId: string) => api(`${base(ws)}/certifications/${encodeURIComponent(userId)}`, Ok, { method: "DELETE" }),
    onSuccess: refresh,
  });
}
