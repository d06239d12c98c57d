import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Ok } from "../../../../domain/common/schemas";
import { StepFiles, StoredFileView } from "../../../../domain/files/schemas";
import { Journey } from "../../../../domain/journeys/contracts";
import { MeetingScheduled, type ScheduleMeetingInput } from "../../../../domain/meetings/schemas";
import { api } from "../../../api/http";
import { uploadWithProgress } from "../../../api/upload";

/*
 * What the step work panel asks of the server: completing a step (the journey comes back as it is
 * afterwards), the files of an upload request, and a meeting's time. Shared by the staff journey
 * page and the portal, so the query keys are the journey's own.
 */

export interface StepRef {
  ws: string;
  partnerId: string;
  journeyId: string;
  stepId: string;
}

const stepPath = (ref: StepRef) =>
  `/api/w/${encodeURIComponent(ref.ws)}/partners/${encodeURIComponent(ref.partnerId)}/journeys/${encodeURIComponent(ref.journeyId)}/steps/${encodeURIComponent(ref.stepId)}`;

export const fileDownloadUrl = (ws: string, partnerId: string, fileId: string) =>
  `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/files/${encodeURIComponent(fileId)}`;

export const meetingCalendarUrl = (ref: StepRef) => `${stepPath(ref)}/meeting.ics`;

const stepFilesKey = (ref: StepRef) => ["journeys", ref.ws, "partner", ref.partnerId, ref.journeyId, "files", ref.stepId] as const;

/** After a change on a step: the journey (and lists around it) and the portal's "what's next" are read again. */
function useRefreshAround(ref: StepRef) {
  const queryClient = useQueryClient();
  return (journey?: Journey) => {
    if (journey) queryClient.setQueryData(["journeys", ref.ws, "partner", ref.partnerId, journey.id], journey);
    void queryClient.invalidateQueries({ queryKey: ["journeys", ref.ws] });
    void queryClient.invalidateQueries({ queryKey: ["whats-next", ref.ws] });
    void queryClient.invalidateQueries({ queryKey: ["my-work", ref.ws] });
  };
}

export function useCompleteStep(ref: StepRef) {
  const refresh = useRefreshAround(ref);
  return useMutation({
    mutationFn: (body: { version: number; input: unknown; note?: string }) => api(`${stepPath(ref)}/complete`, Journey, { method: "POST", body }),
    onSuccess: (journey) => refresh(journey),
  });
}

export function useStepFiles(ref: StepRef) {
  return useQuery({ queryKey: stepFilesKey(ref), queryFn: () => api(`${stepPath(ref)}/files`, StepFiles) });
}

export function useRemoveFile(ref: StepRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => api(`${stepPath(ref)}/files/${encodeURIComponent(fileId)}`, Ok, { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: stepFilesKey(ref) }),
  });
}

export function useUploadFile(ref: StepRef, onProgress: (percent: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadWithProgress(`${stepPath(ref)}/files?fileName=${encodeURIComponent(file.name)}`, file, StoredFileView, onProgress, "application/octet-stream"),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: stepFilesKey(ref) }),
  });
}

export function useScheduleMeeting(ref: StepRef) {
  const refresh = useRefreshAround(ref);
  return useMutation({
    mutationFn: (input: ScheduleMeetingInput) => api(`${stepPath(ref)}/meeting`, MeetingScheduled, { method: "PUT", body: input }),
    onSuccess: () => refresh(),
  });
}
