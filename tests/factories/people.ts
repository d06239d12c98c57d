import type { StaffRole } from "../../src/domain/access/roles";
import type { DbOrTx } from "../../src/server/db/client";
import { account, partnerMembers, staffMemberships, user } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";

export interface PersonInput {
  name: string;
  email: string;
}

/** A person with a password (hash computed once by the caller: argon2 is deliberately slow). */
export async function insertPerson(db: DbOrTx, person: PersonInput, passwordHash: string): Promise<string> {
  const id = newId();
  await db.insert(user).values({ id, name: person.name, email: person.email, emailVerified: true });
  await db.insert(account).values({ id: newId(), accountId: id, providerId: "credential", userId: id, password: passwordHash });
  return id;
}

export async function insertStaff(db: DbOrTx, workspaceId: string, person: PersonInput, role: StaffRole, passwordHash: string): Promise<string> {
  const id = await insertPerson(db, person, passwordHash);
  await db.insert(staffMemberships).values({ workspaceId, userId: id, role });
  return id;
}

export async function insertPartnerUser(
  db: DbOrTx,
  workspaceId: string,
  partnerId: string,
  person: PersonInput,
  role: "partner_admin" | "partner_member",
  passwordHash: string,
): Promise<string> {
  const id = await insertPerson(db, person, passwordHash);
  await db.insert(partnerMembers).values({ workspaceId, partnerId, userId: id, role });
  return id;
}
