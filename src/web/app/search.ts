import { queryString } from "../api/http";

/**
 * Search params stay plain strings in the URL (`?q=acme&page=2`, no JSON quoting); each route's
 * validateSearch turns them into typed values with zod.
 */
export function parseSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const plain: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") plain[key] = String(value);
  }
  return queryString(plain);
}
