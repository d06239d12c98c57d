import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { user } from "../db/schema";
import { writeAudit } from "../modules/audit/writer";

/** Auth paths whose outcome the audit log keeps, with the action name for success and failure. */
const auditedPaths: Record<string, { ok: string | null; failed: string | null }> = {
  "/sign-in/email": { ok: null, failed: "auth.sign_in_failed" }, // success: the session hook
  "/sign-in/magic-link": { ok: "auth.magic_link_requested", failed: null },
  "/request-password-reset": { ok: "auth.password_reset_requested", failed: null },
  "/reset-password": { ok: "auth.password_reset", failed: "auth.password_reset_failed" },
};

/**
 * better-auth commits its own work; we audit the outcome right after (DESIGN section 6, the
 * stated exception to "one transaction"). Entries carry no workspace: the audit page of a
 * workspace shows those of its own people.
 */
export function authAuditHook(ctx: AppContext) {
  return createAuthMiddleware(async (endpoint) => {
    const rule = auditedPaths[endpoint.path];
    if (!rule) return;
    const failed = isAPIError(endpoint.context.returned);
    const action = failed ? rule.failed : rule.ok;
    if (!action) return;
    const body: unknown = endpoint.body;
    const email = body && typeof body === "object" && "email" in body && typeof body.email === "string" ? body.email.toLowerCase() : null;
    const sessionUserId = endpoint.context.session?.user.id ?? null;
    const [known] = email ? await ctx.db.select({ id: user.id }).from(user).where(eq(user.email, email)) : [];
    const userId = sessionUserId ?? known?.id ?? null;
    await writeAudit(ctx.db, ctx.clock, {
      workspaceId: null,
      actor: { userId, label: email ?? userId ?? "unknown" },
      action,
      entityType: "user",
      entityId: userId,
      after: email ? { email } : null,
    });
  });
}
