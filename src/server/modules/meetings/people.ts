import { and, eq, inArray } from "drizzle-orm";
import type { Person } from "../../../domain/journeys/contracts";
import type { DbOrTx } from "../../db/client";
import { partnerMembers, staffMemberships, user } from "../../db/schema";
import { badRequest } from "../../errors";

/**
 * The people a meeting of this partner may invite: active staff of the workspace and active users
 * of this partner. Anyone else (another partner's user, a stranger) is a 400 naming the entry,
 * worded the same whoever it is, so the answer tells nothing about other partners.
 */
export async function meetingAttendees(db: DbOrTx, workspaceId: string, partnerId: string, userIds: readonly string[]): Promise<Person[]> {
  const staff = await db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(staffMemberships)
    .innerJoin(user, eq(user.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.status, "active"), inArray(staffMemberships.userId, [...userIds])));
  const partnerUsers = await db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(partnerMembers)
    .innerJoin(user, eq(user.id, partnerMembers.userId))
    .where(and(eq(partnerMembers.workspaceId, workspaceId), eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, "active"), inArray(partnerMembers.userId, [...userIds])));
  const found = new Map([...staff, ...partnerUsers].map((person) => [person.userId, person]));
  const problems = userIds.flatMap((id, index) =>
    found.has(id) ? [] : [{ path: `body.attendeeUserIds.${index}`, message: "is neither staff of this workspace nor a user of this partner" }],
  );
  if (problems.length > 0) throw badRequest(`Invite people of the host or of this partner only: ${problems.map((p) => p.path.replace(/^body\./, "")).join(", ")} cannot attend.`, problems);
  return userIds.map((id) => found.get(id)).filter((person): person is Person => person !== undefined);
}

/** Name and address of one person, for the organizer of a meeting. */
export async function personOf(db: DbOrTx, userId: string): Promise<Person> {
  const [row] = await db.select({ userId: user.id, name: user.name, email: user.email }).from(user).where(eq(user.id, userId));
  if (!row) throw new Error(`user ${userId} is gone`);
  return row;
}
