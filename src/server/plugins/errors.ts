import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError } from "../errors";
import { isHtmlNavigation } from "./web";

const problemType = "about:blank";

/** The one place errors become HTTP: application/problem+json with a message a person can act on. */
export function registerErrorHandling(app: FastifyInstance, serveSpa: boolean) {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .type("application/problem+json")
        .send({ type: problemType, title: error.title, status: error.status, detail: error.message, errors: error.fieldErrors });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split("/").filter(Boolean)].join("."),
        message: issue.message,
      }));
      const detail = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
      return reply
        .status(400)
        .type("application/problem+json")
        .send({ type: problemType, title: "Invalid request", status: 400, detail: `Please correct: ${detail}`, errors });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, "reply did not match its schema");
      return reply.status(500).type("application/problem+json").send(internal());
    }
    const status = "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .type("application/problem+json")
        .send({ type: problemType, title: titleFor(status), status, detail: clientMessage(status, error.message) });
    }
    request.log.error({ err: error }, "unexpected error");
    return reply.status(500).type("application/problem+json").send(internal());
  });

  app.setNotFoundHandler((request, reply) => {
    if (serveSpa && isHtmlNavigation(request.method, request.url, request.headers.accept)) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return reply
      .status(404)
      .type("application/problem+json")
      .send({ type: problemType, title: "Not found", status: 404, detail: `There is no ${request.method} ${request.url.split("?")[0]}.` });
  });
}

function internal() {
  return { type: problemType, title: "Internal error", status: 500, detail: "Something went wrong on our side. Try again; if it keeps happening, tell your administrator." };
}

function titleFor(status: number): string {
  if (status === 413) return "Request too large";
  if (status === 415) return "Unsupported media type";
  if (status === 429) return "Too many requests";
  return "Bad request";
}

function clientMessage(status: number, message: string): string {
  if (status === 413) return "The request body is larger than this server accepts. Send less data at once.";
  if (status === 415) return "Send the request body as JSON (Content-Type: application/json).";
  if (status === 400 && /JSON/i.test(message)) return "The request body is not valid JSON.";
  return message;
}
