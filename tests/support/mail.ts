import { asc, eq } from "drizzle-orm";
import type { Db } from "../../src/server/db/client";
import { outbox } from "../../src/server/db/schema";

export type OutboxRow = typeof outbox.$inferSelect;

/** Every email the outbox holds for an address, oldest first. */
export function mailsTo(db: Db, address: string): Promise<OutboxRow[]> {
  return db.select().from(outbox).where(eq(outbox.toAddress, address.toLowerCase())).orderBy(asc(outbox.createdAt), asc(outbox.id));
}

/** The newest email to an address; fails the test when there is none. */
export async function lastMailTo(db: Db, address: string): Promise<OutboxRow> {
  const last = (await mailsTo(db, address)).at(-1);
  if (!last) throw new Error(`the outbox holds no email to ${address}`);
  return last;
}

/** The first link in a text whose address contains `marker`. */
export function linkIn(text: string, marker: string): URL {
  const found = (text.match(/https?:\/\/[^\s"<>]+/g) ?? []).find((link) => link.includes(marker));
  if (!found) throw new Error(`no link containing ${marker} in:\n${text}`);
  return new URL(found);
}

/** The secret of an invitation email's `/invite/<token>` link. */
export function invitationTokenIn(text: string): string {
  const token = linkIn(text, "/invite/").pathname.split("/invite/")[1];
  if (!token) throw new Error("the invitation link carries no token");
  return token;
}
