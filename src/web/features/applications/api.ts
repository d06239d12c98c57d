import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PartneringPageConfig, type PartneringPageInput } from "../../../domain/applications/partnering-page";
import { ApplicationFormConfig, type ApplicationFormInput } from "../../../domain/applications/questions";
import { ApplicationReceived, ApplicationUpload, PartnerApplication, PublicApplicationForm, PublicPartneringPage, type ApplicationSubmission } from "../../../domain/applications/views";
import { api, ApiError, NetworkError } from "../../api/http";
import { Problem } from "../../../domain/common/schemas";

const program = (ws: string, programId: string) => `/api/w/${encodeURIComponent(ws)}/programs/${encodeURIComponent(programId)}`;
const publicBase = (ws: string, programKey: string) => `/api/public/w/${encodeURIComponent(ws)}/programs/${encodeURIComponent(programKey)}`;
export const applicationKeys = {
  form: (ws: string, programId: string) => ["application-form", ws, programId] as const,
  page: (ws: string, programId: string) => ["partnering-page", ws, programId] as const,
  ofPartner: (ws: string, partnerId: string) => ["partner-application", ws, partnerId] as const,
};

export function useFormConfig(ws: string, programId: string) {
  return useQuery({ queryKey: applicationKeys.form(ws, programId), queryFn: () => api(`${program(ws, programId)}/application-form`, ApplicationFormConfig) });
}

export function useSaveFormConfig(ws: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationFormInput) => api(`${program(ws, programId)}/application-form`, ApplicationFormConfig, { method: "PUT", body: input }),
    onSuccess: (saved) => queryClient.setQueryData(applicationKeys.form(ws, programId), saved),
  });
}

export function usePageConfig(ws: string, programId: string) {
  return useQuery({ queryKey: applicationKeys.page(ws, programId), queryFn: () => api(`${program(ws, programId)}/partnering-page`, PartneringPageConfig) });
}

export function useSavePageConfig(ws: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartneringPageInput) => api(`${program(ws, programId)}/partnering-page`, PartneringPageConfig, { method: "PUT", body: input }),
    onSuccess: (saved) => queryClient.setQueryData(applicationKeys.page(ws, programId), saved),
  });
}

export function usePartnerApplication(ws: string, partnerId: string) {
  return useQuery({ queryKey: applicationKeys.ofPartner(ws, partnerId), queryFn: () => api(`/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/application`, PartnerApplication) });
}

export const applicationFileUrl = (ws: string, partnerId: string, fileId: string) =>
  `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/application/files/${encodeURIComponent(fileId)}`;

// A 404 is an answer here (closed or unknown), not something to try again.
const noRetryOn404 = (count: number, error: unknown) => !(error instanceof ApiError && error.status === 404) && count < 2;

export function usePublicForm(ws: string, programKey: string) {
  return useQuery({ queryKey: ["public-form", ws, programKey], queryFn: () => api(`${publicBase(ws, programKey)}/application-form`, PublicApplicationForm), retry: noRetryOn404 });
}

export function usePublicPartneringPage(ws: string, programKey: string) {
  return useQuery({ queryKey: ["public-partnering-page", ws, programKey], queryFn: () => api(`${publicBase(ws, programKey)}/partnering-page`, PublicPartneringPage), retry: noRetryOn404 });
}

export function useSubmitApplication(ws: string, programKey: string) {
  return useMutation({ mutationFn: (input: ApplicationSubmission) => api(`${publicBase(ws, programKey)}/applications`, ApplicationReceived, { method: "POST", body: input }) });
}

/** The file itself is the body (not JSON), so this one request does not go through `api`. */
export async function uploadApplicationFile(ws: string, programKey: string, question: string, file: File) {
  const url = `${publicBase(ws, programKey)}/uploads?question=${encodeURIComponent(question)}&fileName=${encodeURIComponent(file.name)}`;
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: file, headers: { "Content-Type": file.type || "application/octet-stream", Accept: "application/json, application/problem+json" }, credentials: "same-origin" });
  } catch (error) {
    throw new NetworkError(error);
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = Problem.safeParse(data);
    throw new ApiError(response.status, problem.success ? problem.data : { type: "about:blank", title: response.statusText, status: response.status, detail: "" });
  }
  return ApplicationUpload.parse(data);
}
