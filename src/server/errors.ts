/**
 * The one error type of the server. Services throw it; the error plugin turns it into
 * application/problem+json. Messages are written for the person who will read them.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly fieldErrors?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, fieldErrors?: { path: string; message: string }[]) =>
  new AppError(400, "Bad request", message, fieldErrors);
export const unauthorized = (message = "Sign in to continue.") => new AppError(401, "Unauthorized", message);
export const forbidden = (message = "Your role does not allow this.") => new AppError(403, "Forbidden", message);
export const notFound = (what = "That item") => new AppError(404, "Not found", `${what} does not exist or you cannot see it.`);
export const conflict = (message: string) => new AppError(409, "Conflict", message);
export const staleVersion = (what: string) =>
  conflict(`${what} was changed by someone else since you opened it. Reload to see the latest version, then make your change again.`);
