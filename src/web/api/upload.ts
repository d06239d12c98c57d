import type { z } from "zod";
import { Problem } from "../../domain/common/schemas";
import { ApiError, NetworkError } from "./http";

/**
 * Sends a file as the raw request body with XMLHttpRequest, because fetch cannot report upload
 * progress; `onProgress` gets 0–100. The answer is parsed with `schema`; errors come back as the
 * same ApiError the JSON client throws. A file the browser gives no type is sent as `fallbackType`.
 */
export function uploadWithProgress<S extends z.ZodType>(url: string, file: File, schema: S, onProgress: (percent: number) => void, fallbackType: string): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", file.type || fallbackType);
    request.setRequestHeader("Accept", "application/json, application/problem+json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new NetworkError(new Error("upload failed")));
    request.onload = () => {
      const data = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        onProgress(100);
        resolve(schema.parse(data));
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
