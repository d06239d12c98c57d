import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Timeline } from "../../../domain/partners/schemas";
import type { DbOrTx } from "../../db/client";
import { activity, user } from "../../db/schema";

/**
 * A partner's timeline, newest first, a page at a time; partner users get shared entries only.
 * `before` is exclusive, so a page never ends inside a moment that has more entries: it then
 * takes the rest of that moment too (and may be a little longer than `limit`).
 */
export async function partnerTimeline(
  db: DbOrTx,
  where: { workspaceId: string; partnerId: string; sharedOnly: boolean },
  page: { before?: string | undefined; limit: number },
): Promise<Timeline> {
  const entries = (condition: SQL | undefined, limit: number) =>
    db
      .select({ a: activity, actorName: user.name, actorEmail: user.email })
      .from(activity)
      .leftJoin(user, eq(user.id, activity.actorUserId))
      .where(
        and(
          eq(activity.workspaceId, where.workspaceId),
          eq(activity.partnerId, where.partnerId),
          where.sharedOnly ? eq(activity.visibility, "shared") : undefined,
          condition,
        ),
      )
      .orderBy(desc(activity.at), desc(activity.id))
      .limit(limit);
  let rows = await entries(page.before ? lt(activity.at, new Date(page.before)) : undefined, page.limit + 1);
  let more = rows.length > page.limit;
  const last = rows[page.limit - 1];
  if (more && last && rows[page.limit]?.a.at.getTime() === last.a.at.getTime()) {
    const moment = last.a.at;
    const sameMoment = await entries(and(eq(activity.at, moment), lt(activity.id, last.a.id)), 10_000);
    rows = [...rows.slice(0, page.limit), ...sameMoment];
    more = (await entries(lt(activity.at, moment), 1)).length > 0;
  } else {
    rows = rows.slice(0, page.limit);
  }
  const items = rows.map(({ a, actorName, actorEmail }) => ({
    id: a.id,
    kind: a.kind,
    summary: a.summary,
    actor: a.actorUserId && actorName !== null && actorEmail !== null ? { id: a.actorUserId, name: actorName, email: actorEmail } : null,
    visibility: a.visibility,
    at: a.at.toISOString(),
  }));
  const end = items.at(-1);
  return { items, nextBefore: more && end ? end.at : null };
}
