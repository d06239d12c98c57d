import type { z } from "zod";
import { Problem } from "../../domain/common/schemas";

/**
 * The one way the web client talks to the API: same-origin JSON, cookies sent by the browser,
 * replies checked against the domain's zod contracts, and every failure turned into an ApiError
 * that carries the server's problem details.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

/** No answer at all (offline, server down): status 0 so callers can tell it apart. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("network error", { cause });
    this.name = "NetworkError";
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
}

export async function api<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
  const { method = "GET", body, signal } = options;
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  // A JSON content type without a body is a 400, so it goes only with a body.
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new NetworkError(error);
  }
  const data = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, toProblem(response, data));
  return schema.parse(data);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return null;
  }
}

/** Our routes answer problem+json; better-auth's own errors may carry just a message. */
function toProblem(response: Response, data: unknown): Problem {
  const problem = Problem.safeParse(data);
  if (problem.success) return problem.data;
  const message = typeof data === "object" && data !== null && "message" in data && typeof data.message === "string" ? data.message : "";
  return { type: "about:blank", title: response.statusText, status: response.status, detail: message };
}

/** Builds a query string from the set values only, so URLs stay short and readable. */
export function queryString(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
