import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { TemplateSummary, TemplateVersion } from "../../../../domain/programs/templates";
import { api } from "../../../api/http";

const templatesPath = (ws: string) => `/api/w/${encodeURIComponent(ws)}/templates`;

/** The library's templates (archived ones left out), to start a journey from. */
export function useTemplateLibrary(ws: string) {
  return useQuery({ queryKey: ["templates", ws, "list", "exclude"], queryFn: () => api(templatesPath(ws), z.array(TemplateSummary)), staleTime: 60_000 });
}

/** One published version with its document, so the start dialog can list the steps to adjust. */
export function useTemplateVersion(ws: string, templateId: string | null, version: number | null) {
  return useQuery({
    queryKey: ["templates", ws, "version", templateId, version],
    queryFn: () => api(`${templatesPath(ws)}/${encodeURIComponent(templateId ?? "")}/versions/${version ?? 0}`, TemplateVersion),
    enabled: Boolean(templateId && version),
    staleTime: 5 * 60_000,
  });
}
