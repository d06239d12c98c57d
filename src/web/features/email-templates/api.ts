import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  EmailPreview,
  EmailTemplate,
  EmailTemplateSummary,
  SendableTemplate,
  SentEmail,
  type EmailPreviewInput,
  type EmailTemplateInput,
  type EmailTemplateUpdate,
  type SendEmailInput,
} from "../../../domain/email-templates/schemas";
import { api } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}/email-templates`;
const one = (ws: string, key: string) => `${base(ws)}/${encodeURIComponent(key)}`;
const partnerEmails = (ws: string, partnerId: string) => `/api/w/${encodeURIComponent(ws)}/partners/${encodeURIComponent(partnerId)}/emails`;
export const emailTemplateKeys = {
  all: (ws: string) => ["email-templates", ws] as const,
  one: (ws: string, key: string) => ["email-templates", ws, key] as const,
  sendable: (ws: string, partnerId: string) => ["email-templates", ws, "sendable", partnerId] as const,
};

export function useEmailTemplates(ws: string) {
  return useQuery({ queryKey: emailTemplateKeys.all(ws), queryFn: () => api(base(ws), z.array(EmailTemplateSummary)) });
}

export function useEmailTemplate(ws: string, key: string) {
  return useQuery({ queryKey: emailTemplateKeys.one(ws, key), queryFn: () => api(one(ws, key), EmailTemplate) });
}

/** A saved template replaces the cached one, and the list shows its new name and state. */
function useStore(ws: string) {
  const queryClient = useQueryClient();
  return (saved: EmailTemplate) => {
    queryClient.setQueryData(emailTemplateKeys.one(ws, saved.key), saved);
    void queryClient.invalidateQueries({ queryKey: emailTemplateKeys.all(ws), exact: true });
  };
}

export function useCreateEmailTemplate(ws: string) {
  const store = useStore(ws);
  return useMutation({ mutationFn: (input: EmailTemplateInput) => api(base(ws), EmailTemplate, { method: "POST", body: input }), onSuccess: store });
}

export function useUpdateEmailTemplate(ws: string, key: string) {
  const store = useStore(ws);
  return useMutation({ mutationFn: (input: EmailTemplateUpdate) => api(one(ws, key), EmailTemplate, { method: "PUT", body: input }), onSuccess: store });
}

export function useResetEmailTemplate(ws: string, key: string) {
  const store = useStore(ws);
  return useMutation({ mutationFn: (version: number) => api(`${one(ws, key)}/reset`, EmailTemplate, { method: "POST", body: { version } }), onSuccess: store });
}

export function useSendableTemplates(ws: string, partnerId: string, enabled: boolean) {
  return useQuery({ queryKey: emailTemplateKeys.sendable(ws, partnerId), queryFn: () => api(`${partnerEmails(ws, partnerId)}/templates`, z.array(SendableTemplate)), enabled });
}

/** A preview is asked for on demand (a button), so it is a mutation, not a cached query. */
export function usePreviewEmail(ws: string) {
  return useMutation({
    mutationFn: ({ partnerId, ...input }: EmailPreviewInput & { partnerId: string }) => api(`${partnerEmails(ws, partnerId)}/preview`, EmailPreview, { method: "POST", body: input }),
  });
}

export function useSendEmail(ws: string, partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendEmailInput) => api(partnerEmails(ws, partnerId), SentEmail, { method: "POST", body: input }),
    // The email lands on the partner's timeline.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["partners", ws] }),
  });
}
