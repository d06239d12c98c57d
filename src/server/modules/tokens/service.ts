import { and, desc, eq, isNull } from "drizzle-orm";
import { knownScopes, type TokenScope } from "../../../domain/access/roles";
import type { ApiToken } from "../../../domain/workspaces/schemas";
import type { AppContext } from "../../context";
import { apiTokens } from "../../db/schema";
import { notFound } from "../../errors";
import { hashSecret, newId, newSecret } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { writeAudit } from "../audit/writer";

type TokenRow = typeof apiTokens.$inferSelect;

function toApiToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: knownScopes(row.scopes),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listTokens(ctx: AppContext, caller: Caller): Promise<ApiToken[]> {
  const rows = await ctx.db.select().from(apiTokens).where(eq(apiTokens.workspaceId, caller.workspace.id)).orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
}

/** The secret is shown once, in this answer; only its hash is stored. */
export async function createToken(ctx: AppContext, caller: Caller, input: { name: string; scopes: TokenScope[]; expiresInDays: number | null }) {
  const secret = `acc_${newSecret()}`;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        id: newId(),
        workspaceId: caller.workspace.id,
        createdBy: caller.actor.userId,
        name: input.name,
        prefix: secret.slice(0, 10),
        tokenHash: hashSecret(secret),
        scopes: [...new Set(input.scopes)],
        expiresAt: input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * 86_400_000),
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("token insert returned nothing");
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "api_token.created", entityType: "api_token", entityId: row.id, after: { name: row.name, scopes: row.scopes, expiresAt: row.expiresAt } });
    return { ...toApiToken(row), secret };
  });
}

export async function revokeToken(ctx: AppContext, caller: Caller, tokenId: string): Promise<ApiToken> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, caller.workspace.id), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw notFound("That API token");
    await writeAudit(tx, ctx.clock, { workspaceId: caller.workspace.id, actor: caller.audit, action: "api_token.revoked", entityType: "api_token", entityId: row.id, before: { name: row.name } });
    return toApiToken(row);
  });
}
