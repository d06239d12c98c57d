import { and, desc, eq, lt } from "drizzle-orm";
import type { Timeline } from "../../../domain/partners/schemas";
import type { DbOrTx } from "../../db/client";
import { activity, user } from "../../db/schema";

/** A partner's timeline, newest first, a page at a time; partner users get shared entries only. */
export async function partnerTimeline(
  db: DbOrTx,
  where: { workspaceId: string; partnerId: string; sharedOnly: boolean },
  page: { before?: string | undefined; limit: number },
): Promise<Timeline> {
  const rows = await db
    .select({ a: activity, actorName: user.name, actorEmail: user.email })
    .from(activity)
    .leftJoin(user, eq(user.id, activity.actorUserId))
    .where(
      and(
        eq(activity.workspaceId, where.workspaceId),
        eq(activity.partnerId, where.partnerId),
        where.sharedOnly ? eq(activity.visibility, "shared") : undefined,
        page.before ? lt(activity.at, new Date(page.before)) : undefined,
      ),
    )
    .orderBy(desc(activity.at), desc(activity.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit).map(({ a, actorName, actorEmail }) => ({
    id: a.id,
    kind: a.kind,
    summary: a.summary,
    actor: a.actorUserId && actorName !== null && actorEmail !== null ? { id: a.actorUserId, name: actorName, email: actorEmail } : null,
    visibility: a.visibility,
    at: a.at.toISOString(),
  }));
  const last = items.at(-1);
  return { items, nextBefore: rows.length > page.limit && last ? last.at : null };
}
