import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ImportPreview, ImportReport, ImportResult, type DryRunInput, type ImportRun } from "../../../domain/imports/schemas";
import { api } from "../../api/http";
import { uploadWithProgress } from "../../api/upload";

const base = (ws: string) => `/api/w/${encodeURIComponent(ws)}`;
const importPath = (ws: string, id: string) => `${base(ws)}/imports/${encodeURIComponent(id)}`;

export const importUrls = {
  sample: (ws: string) => `${base(ws)}/imports/sample.csv`,
  export: (ws: string) => `${base(ws)}/pipeline/export.csv`,
  report: (ws: string, id: string) => `${importPath(ws, id)}/report.csv`,
};

const importKey = (ws: string, id: string) => ["imports", ws, id] as const;

export function useImportPreview(ws: string, importId: string | undefined) {
  return useQuery({ queryKey: importKey(ws, importId ?? ""), queryFn: () => api(importPath(ws, importId ?? ""), ImportPreview), enabled: Boolean(importId) });
}

export function useUploadCsv(ws: string, onProgress: (percent: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadWithProgress(`${base(ws)}/imports?fileName=${encodeURIComponent(file.name)}`, file, ImportPreview, onProgress, "text/csv"),
    onSuccess: (preview) => queryClient.setQueryData(importKey(ws, preview.id), preview),
  });
}

export function useDryRun(ws: string, importId: string) {
  return useMutation({ mutationFn: (input: DryRunInput) => api(`${importPath(ws, importId)}/dry-run`, ImportReport, { method: "POST", body: input }) });
}

export function useCommitImport(ws: string, importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (run: ImportRun) => api(`${importPath(ws, importId)}/commit`, ImportResult, { method: "POST", body: run }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["partners", ws] });
      void queryClient.invalidateQueries({ queryKey: importKey(ws, importId) });
    },
  });
}
