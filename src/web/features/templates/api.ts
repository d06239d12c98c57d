import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  TemplateSummary,
  TemplateValidation,
  TemplateVersion,
  TemplateVersionDiff,
  TemplateVersionSummary,
  type TemplateCreateInput,
  type TemplatePublishInput,
} from "../../../domain/programs/templates";
import { api } from "../../api/http";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}/templates`;
const one = (ws: string, id: string) => `${base(ws)}/${encodeURIComponent(id)}`;

export const templateKeys = {
  all: (ws: string) => ["templates", ws] as const,
  list: (ws: string, archived: string) => ["templates", ws, "list", archived] as const,
  one: (ws: string, id: string) => ["templates", ws, "one", id] as const,
  versions: (ws: string, id: string) => ["templates", ws, "one", id, "versions"] as const,
  version: (ws: string, id: string, version: number) => ["templates", ws, "one", id, "version", version] as const,
  diff: (ws: string, id: string, from: number, to: number) => ["templates", ws, "one", id, "diff", from, to] as const,
};

/** The YAML download of a version, for a plain link (the browser saves it as a file). */
export const exportUrl = (ws: string, id: string, version?: number) => `${one(ws, id)}/export${version ? `?version=${version}` : ""}`;

export function useTemplates(ws: string, archived: "exclude" | "only" | "include" = "exclude") {
  return useQuery({ queryKey: templateKeys.list(ws, archived), queryFn: () => api(`${base(ws)}?archived=${archived}`, z.array(TemplateSummary)) });
}

export function useTemplate(ws: string, id: string) {
  return useQuery({ queryKey: templateKeys.one(ws, id), queryFn: () => api(one(ws, id), TemplateSummary) });
}

export function useTemplateVersions(ws: string, id: string) {
  return useQuery({ queryKey: templateKeys.versions(ws, id), queryFn: () => api(`${one(ws, id)}/versions`, z.array(TemplateVersionSummary)) });
}

/** Versions never change once published, so a fetched one stays fresh. */
export function useTemplateVersion(ws: string, id: string, version: number | undefined) {
  return useQuery({
    queryKey: templateKeys.version(ws, id, version ?? 0),
    queryFn: () => api(`${one(ws, id)}/versions/${version ?? 0}`, TemplateVersion),
    enabled: version !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useTemplateDiff(ws: string, id: string, from: number, to: number) {
  return useQuery({
    queryKey: templateKeys.diff(ws, id, from, to),
    queryFn: () => api(`${one(ws, id)}/diff?from=${from}&to=${to}`, TemplateVersionDiff),
    enabled: from !== to,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}

/** Asks the server to check YAML; the editor calls it after the author pauses typing. */
export function validateYaml(ws: string, yaml: string, signal?: AbortSignal) {
  return api(`${base(ws)}/validate`, TemplateValidation, { method: "POST", body: { yaml }, signal });
}

export function useCreateTemplate(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<TemplateCreateInput, "changeNote">) => api(base(ws), TemplateSummary, { method: "POST", body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templateKeys.all(ws) }),
  });
}

export function usePublishVersion(ws: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TemplatePublishInput) => api(`${one(ws, id)}/versions`, TemplateVersion, { method: "POST", body: input }),
    onSuccess: (version) => {
      queryClient.setQueryData(templateKeys.version(ws, id, version.version), version);
      void queryClient.invalidateQueries({ queryKey: templateKeys.all(ws) });
      void queryClient.invalidateQueries({ queryKey: ["programs", ws] });
    },
  });
}

export function useSetArchived(ws: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (archived: boolean) => api(`${one(ws, id)}/${archived ? "archive" : "restore"}`, TemplateSummary, { method: "POST" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templateKeys.all(ws) }),
  });
}
