import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Problem } from "../../../domain/common/schemas";
import { ImportPreview, ImportReport, ImportResult, type DryRunInput, type ImportRun } from "../../../domain/imports/schemas";
import { ApiError, api, NetworkError } from "../../api/http";

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

/**
 * Sends the file as the raw request body with XMLHttpRequest, because fetch cannot report upload
 * progress; `onProgress` gets 0–100. Errors come back as the same ApiError the JSON client throws.
 */
export function uploadCsv(ws: string, file: File, onProgress: (percent: number) => void): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `${base(ws)}/imports?fileName=${encodeURIComponent(file.name)}`);
    request.setRequestHeader("Content-Type", file.type || "text/csv");
    request.setRequestHeader("Accept", "application/json, application/problem+json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new NetworkError(new Error("upload failed")));
    request.onload = () => {
      const data = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        onProgress(100);
        resolve(ImportPreview.parse(data));
        return;
      }
      const problem = Problem.safeParse(data);
      reject(new ApiError(request.status, problem.success ? problem.data : { type: "about:blank", title: request.statusText, status: request.status, detail: "" }));
    };
    request.send(file);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function useUploadCsv(ws: string, onProgress: (percent: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadCsv(ws, file, onProgress),
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
