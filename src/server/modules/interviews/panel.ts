import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { staffCertifications, staffMemberships, user } from "../../db/schema";
import { badRequest } from "../../errors";

export interface Panelist {
  userId: string;
  name: string;
  email: string;
}

/**
 * A panel seats active staff who may score: never a viewer (they only read), and for a culture
 * stage only people certified for culture interviews (R-B4). Each refusal names the person, so the
 * scheduler knows whom to replace.
 */
export async function checkPanel(db: DbOrTx, workspaceId: string, userIds: readonly string[], certifiedOnly: boolean): Promise<Panelist[]> {
  const ids = [...userIds];
  const staff = await db
    .select({ userId: user.id, name: user.name, email: user.email, role: staffMemberships.role, status: staffMemberships.status })
    .from(staffMemberships)
    .innerJoin(user, eq(user.id, staffMemberships.userId))
    .where(and(eq(staffMemberships.workspaceId, workspaceId), inArray(staffMemberships.userId, ids)));
  const certified = certifiedOnly
    ? new Set(
        (
          await db
            .select({ userId: staffCertifications.userId })
            .from(staffCertifications)
            .where(and(eq(staffCertifications.workspaceId, workspaceId), eq(staffCertifications.kind, "culture_interviews"), inArray(staffCertifications.userId, ids)))
        ).map((row) => row.userId),
      )
    : new Set<string>();
  const byId = new Map(staff.map((person) => [person.userId, person]));
  const problems = ids.flatMap((id, index) => {
    const person = byId.get(id);
    const path = `body.panelUserIds.${index}`;
    if (!person || person.status !== "active") return [{ path, message: `${person ? person.name : id} is not an active staff member of this workspace` }];
    if (person.role === "viewer") return [{ path, message: `${person.name} is a viewer: viewers read but do not interview` }];
    if (certifiedOnly && !certified.has(id)) return [{ path, message: `${person.name} is not certified to run culture interviews` }];
    return [];
  });
  if (problems.length > 0) throw badRequest(`Choose other interviewers: ${problems.map((problem) => problem.message).join("; ")}.`, problems);
  return ids.flatMap((id) => {
    const person = byId.get(id);
    return person ? [{ userId: id, name: person.name, email: person.email }] : [];
  });
}
