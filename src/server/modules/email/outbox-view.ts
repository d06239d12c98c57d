import { and, count, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { OutboxMessage } from "../../../domain/audit/schemas";
import type { AppContext } from "../../context";
import { outbox, partnerMembers, staffMemberships, user } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";

export const hiddenSecretText =
  "This email carries a personal sign-in or password-reset link, so only its recipient may read it. Configure SMTP_URL to deliver it.";

/**
 * The workspace's emails, plus the installation-wide ones (sign-in links, password resets) sent
 * to its own people: without SMTP that is the only place such a link can be read.
 */
function inWorkspace(workspaceId: string): SQL | undefined {
  return or(
    eq(outbox.workspaceId, workspaceId),
    and(
      isNull(outbox.workspaceId),
      sql`${outbox.toAddress} in (select ${user.email} from ${user} where ${user.id} in (
        select ${staffMemberships.userId} from ${staffMemberships} where ${staffMemberships.workspaceId} = ${workspaceId}
        union select ${partnerMembers.userId} from ${partnerMembers} where ${partnerMembers.workspaceId} = ${workspaceId}))`,
    ),
  );
}

/**
 * Personal sign-in and reset links are readable only on a demo installation without SMTP, where
 * the Outbox is the only mailbox (and the demo passwords are public anyway). Anywhere else an
 * admin never sees another person's link.
 */
export function canReadSecrets(ctx: AppContext): boolean {
  return ctx.config.demo && !ctx.config.smtpUrl;
}

export async function outboxPage(ctx: AppContext, caller: Caller, query: { page: number; pageSize: number; status?: "pending" | "sent" | "failed" | undefined }) {
  const where = and(inWorkspace(caller.workspace.id), query.status ? eq(outbox.status, query.status) : undefined);
  const [rows, [total]] = await Promise.all([
    ctx.db.select().from(outbox).where(where).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(outbox).where(where),
  ]);
  const items: OutboxMessage[] = rows.map((m) => ({
    id: m.id,
    to: m.toAddress,
    subject: m.subject,
    text: m.containsSecret && !canReadSecrets(ctx) ? hiddenSecretText : m.textBody,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  }));
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize, smtpConfigured: Boolean(ctx.config.smtpUrl) };
}
