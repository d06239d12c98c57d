import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { isWorkspaceAction, type WorkspaceAction } from "../../domain/access/actions";
import { can, type Resource } from "../../domain/access/policy";
import { knownScopes, type Actor, type TokenScope } from "../../domain/access/roles";
import type { AppContext } from "../context";
import type { Db } from "../db/client";
import { apiTokens, partnerMembers, staffMemberships, user, workspaces } from "../db/schema";
import { AppError, forbidden, notFound, unauthorized } from "../errors";
import { hashSecret } from "../ids";
import { sessionUser, type Auth } from "./auth";
import "./types";

/**
 * The one door. Every route declares an action (checked when the route is registered); before a
 * handler runs this hook establishes who is asking, in which workspace, and whether their role
 * could ever do that. Decisions about a concrete partner are made by `authorize()` in services,
 * with the same `can()`.
 */
export function registerAuthorization(app: FastifyInstance, ctx: AppContext, auth: Auth) {
  app.decorateRequest("actor", null);
  app.decorateRequest("workspace", null);
  app.decorateRequest("signedInUser", null);

  app.addHook("onRoute", (route) => {
    // The files of the built web app that @fastify/static registers (they carry rootPath) are public.
    const isStaticFile = route.config !== undefined && "rootPath" in route.config;
    if (isStaticFile) route.config = { ...route.config, action: "public" };
    if (!route.config?.action) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no action; add config.action (see plugins/authorization.ts).`);
    }
  });

  // Before body validation: a signed-out caller learns nothing from a 400 about the body's shape.
  app.addHook("preValidation", async (request) => {
    const action = request.routeOptions.config.action;
    if (action === "public" || action === undefined) return;
    const identity = await identify(ctx, auth, request);
    if (!identity) throw unauthorized();
    if (action === "session") {
      if (identity.kind === "token") throw forbidden("API tokens cannot use this endpoint.");
      request.signedInUser = identity.user;
      return;
    }
    if (!isWorkspaceAction(action)) throw new Error(`unknown action ${action}`);
    const slug = workspaceSlugOf(request);
    const found = await resolveActor(ctx.db, identity, slug);
    if (!found) throw notFound("This workspace");
    request.actor = found.actor;
    request.workspace = found.workspace;
    if (identity.kind === "user") request.signedInUser = identity.user;
    // For a partner user another partner's objects do not exist, whatever the endpoint.
    const partnerId = paramOf(request, "partnerId");
    if (found.actor.kind === "partner" && partnerId !== undefined && partnerId !== found.actor.partnerId) throw notFound("That partner");
    assertAllowed(found.actor, action);
  });
}

/** Throws 404 or 403 unless the actor may perform the action on the resource. */
export function assertAllowed(actor: Actor, action: WorkspaceAction, resource: Resource = {}, what = "That item"): void {
  const decision = can(actor, action, resource);
  if (decision === "not_found") throw notFound(what);
  if (decision === "forbidden") throw forbidden();
}

type Identity =
  | { kind: "user"; user: { id: string; name: string; email: string } }
  | { kind: "token"; tokenId: string; workspaceId: string; userId: string; scopes: TokenScope[] };

async function identify(ctx: AppContext, auth: Auth, request: FastifyRequest): Promise<Identity | null> {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return identifyToken(ctx.db, header.slice("Bearer ".length).trim(), ctx.clock.now());
  const found = await sessionUser(auth, request);
  return found ? { kind: "user", user: { id: found.id, name: found.name, email: found.email } } : null;
}

const lastUsedPrecisionMs = 60_000;

async function identifyToken(db: Db, secret: string, now: Date): Promise<Identity | null> {
  const [row] = await db
    .select({ id: apiTokens.id, workspaceId: apiTokens.workspaceId, userId: apiTokens.createdBy, scopes: apiTokens.scopes, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, hashSecret(secret)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  if (!row) throw new AppError(401, "Unauthorized", "This API token is unknown, revoked or expired. Create a new one under Administration → API tokens.");
  // "Last used" is shown to the minute; writing it on every call of a busy integration would
  // put a write on the hot path for nothing.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= lastUsedPrecisionMs) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return { kind: "token", tokenId: row.id, workspaceId: row.workspaceId, userId: row.userId, scopes: knownScopes(row.scopes) };
}

function paramOf(request: FastifyRequest, name: string): string | undefined {
  const params: unknown = request.params;
  if (params && typeof params === "object" && name in params) {
    const value: unknown = Reflect.get(params, name);
    return typeof value === "string" ? value : undefined;
  }
  return undefined;
}

function workspaceSlugOf(request: FastifyRequest): string {
  const slug = paramOf(request, "ws");
  if (slug !== undefined) return slug;
  throw new Error(`route ${request.routeOptions.url ?? "?"} has a workspace action but no :ws parameter`);
}

/** Built once per database handle: this query runs on every request, so it skips query building. */
const actorQueries = new WeakMap<Db, ReturnType<typeof prepareActorQuery>>();

function prepareActorQuery(db: Db) {
  return db
    .select({
      workspace: { id: workspaces.id, slug: workspaces.slug, name: workspaces.name },
      staffRole: staffMemberships.role,
      partnerId: partnerMembers.partnerId,
      partnerRole: partnerMembers.role,
    })
    .from(workspaces)
    .innerJoin(user, eq(user.id, sql.placeholder("userId")))
    .leftJoin(
      staffMemberships,
      and(eq(staffMemberships.workspaceId, workspaces.id), eq(staffMemberships.userId, user.id), eq(staffMemberships.status, "active")),
    )
    .leftJoin(
      partnerMembers,
      and(eq(partnerMembers.workspaceId, workspaces.id), eq(partnerMembers.userId, user.id), eq(partnerMembers.status, "active")),
    )
    .where(eq(workspaces.slug, sql.placeholder("slug")))
    .prepare("resolve_actor");
}

/** Membership decides the actor: staff (active) or partner user (active) of this workspace, else nothing. */
async function resolveActor(db: Db, identity: Identity, slug: string) {
  const userId = identity.kind === "user" ? identity.user.id : identity.userId;
  let query = actorQueries.get(db);
  if (!query) {
    query = prepareActorQuery(db);
    actorQueries.set(db, query);
  }
  const [row] = await query.execute({ userId, slug });
  if (!row) return null;
  if (identity.kind === "token" && identity.workspaceId !== row.workspace.id) return null;
  if (identity.kind === "token" && !row.staffRole) {
    throw new AppError(401, "Unauthorized", "The person who created this API token no longer has access to the workspace, so the token stopped working. Create a new one.");
  }
  let actor: Actor | null = null;
  if (row.staffRole) {
    actor = { kind: "staff", userId, workspaceId: row.workspace.id, role: row.staffRole, ...(identity.kind === "token" ? { scopes: identity.scopes } : {}) };
  } else if (row.partnerId && row.partnerRole && identity.kind === "user") {
    actor = { kind: "partner", userId, workspaceId: row.workspace.id, role: row.partnerRole, partnerId: row.partnerId };
  }
  return actor ? { actor, workspace: row.workspace } : null;
}
