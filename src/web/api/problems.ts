import type { TFunction } from "i18next";
import { ApiError, NetworkError } from "./http";

/** What to tell the user about a failed request: the server's own explanation when it gave one. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return t("errors.rateLimited");
    if (error.problem.detail) return error.problem.detail;
    if (error.status === 403) return t("errors.forbidden");
    if (error.status === 404) return t("errors.notFound");
    return t("errors.unexpected");
  }
  if (error instanceof NetworkError) return t("errors.network");
  return t("errors.unexpected");
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof ApiError && error.status === status;
}

/**
 * Field errors from a 400 ("body.website" → "website"), for the fields this form has.
 * Errors about other fields stay in the general message.
 */
export function fieldErrorsOf(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const field = path.replace(/^body\./, "").split(".")[0] ?? "";
    if (fields.includes(field) && !result[field]) result[field] = message;
  }
  return result;
}

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
  getValues: () => object;
}

/** Puts a server's field errors on a Mantine form; answers whether any landed on a field. */
export function applyServerErrors(form: FormWithErrors, error: unknown): boolean {
  const errors = fieldErrorsOf(error, Object.keys(form.getValues()));
  form.setErrors(errors);
  return Object.keys(errors).length > 0;
}
