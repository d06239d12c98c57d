import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Actor } from "../../domain/access/roles";
import { Problem, WorkspaceSlug } from "../../domain/common/schemas";
import type { AuditActor } from "../modules/audit/writer";
import type { RequestWorkspace } from "./types";

/** Path parameters of every workspace route. */
export const WsParams = z.object({ ws: WorkspaceSlug });

/** The error answers every route may give, so the OpenAPI document lists them. */
export const problems = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
} as const;

export interface Caller {
  actor: Actor;
  workspace: RequestWorkspace;
  /** How the audit log names the caller. */
  audit: AuditActor;
  name: string;
}

/** The resolved caller of a workspace route (set by the authorization hook). */
export function callerOf(request: FastifyRequest): Caller {
  const { actor, workspace } = request;
  if (!actor || !workspace) throw new Error("callerOf used on a route without a workspace action");
  const person = request.signedInUser;
  const label = person ? person.email : `api-token of ${actor.userId}`;
  return { actor, workspace, audit: { userId: actor.userId, label }, name: person?.name ?? "An integration" };
}
