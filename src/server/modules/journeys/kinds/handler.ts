import type { z } from "zod";
import type { Step } from "../../../../domain/journeys/template/schema";
import type { Tx } from "../../../db/client";
import { badRequest } from "../../../errors";

/** What completing a step has to work with. */
export interface Completion {
  tx: Tx;
  step: { id: string; workspaceId: string; result: unknown };
  definition: Step;
  input: unknown;
  actor: { userId: string; name: string };
  now: Date;
}

/**
 * The server half of a step kind: checks what completing it needs and returns what to keep in the
 * step's `result`. Adding a kind is one file here plus one entry in `index.ts`.
 */
export interface KindHandler {
  complete(completion: Completion): Promise<Record<string, unknown> | null>;
}

/** Parses a kind's completion input; errors name `body.input.<field>` so the person knows what to fix. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, message: string): z.infer<T> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw badRequest(
    message,
    parsed.error.issues.map((issue) => ({ path: ["body", "input", ...issue.path.map(String)].join("."), message: issue.message })),
  );
}

/** The result a step already holds (a scheduled meeting), as an object to add to. */
export function resultSoFar(result: unknown): Record<string, unknown> {
  return result !== null && typeof result === "object" && !Array.isArray(result) ? { ...result } : {};
}
