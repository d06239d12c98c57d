import { count, sql } from "drizzle-orm";
import type { AppContext } from "../../context";
import { staffMemberships } from "../../db/schema";
import { conflict } from "../../errors";
import { hashPassword } from "../invitations/passwords";
import { createWorkspaceWithOwner } from "../workspaces/bootstrap";

/** First-run setup is open only while the installation has no staff at all. */
export async function setupNeeded(ctx: AppContext): Promise<boolean> {
  const [row] = await ctx.db.select({ n: count() }).from(staffMemberships);
  return (row?.n ?? 0) === 0;
}

export async function runFirstSetup(
  ctx: AppContext,
  input: { workspaceName: string; workspaceSlug: string; name: string; email: string; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    // Two setup requests at once: the lock makes the second one see the first one's owner.
    await tx.execute(sql`select pg_advisory_xact_lock(4242001)`);
    const [row] = await tx.select({ n: count() }).from(staffMemberships);
    if ((row?.n ?? 0) > 0) throw conflict("Accord is already set up. Sign in, or ask an owner to invite you.");
    return createWorkspaceWithOwner(tx, ctx.clock, {
      name: input.workspaceName,
      slug: input.workspaceSlug,
      owner: { name: input.name, email: input.email, passwordHash },
    });
  });
}
