import type { LightMyRequestResponse } from "fastify";
import type { z } from "zod";
import { Problem } from "../../src/domain/common/schemas";

/** The JSON body of a response, checked against the schema the test expects. */
export function bodyOf<S extends z.ZodType>(schema: S, response: LightMyRequestResponse): z.output<S> {
  return schema.parse(response.json());
}

/** An error answer: it must be application/problem+json with the fields of RFC 9457. */
export function problemOf(response: LightMyRequestResponse): Problem {
  const type = response.headers["content-type"];
  if (typeof type !== "string" || !type.startsWith("application/problem+json")) {
    throw new Error(`expected application/problem+json, got ${String(type)} (${response.statusCode}): ${response.body}`);
  }
  return Problem.parse(response.json());
}

/** The paths the problem names as at fault. */
export function errorPaths(problem: Problem): string[] {
  return (problem.errors ?? []).map((e) => e.path);
}
