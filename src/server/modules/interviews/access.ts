import { and, eq, inArray, ne } from "drizzle-orm";
import type { WorkspaceAction } from "../../../domain/access/actions";
import type { DbOrTx } from "../../db/client";
import { interviewPanel, interviews, partners } from "../../db/schema";
import { notFound } from "../../errors";
import { assertAllowed } from "../../plugins/authorization";
import type { Caller } from "../../plugins/route-kit";
import { authorizePartner } from "../partners/access";

/*
 * Who may see and do what around interviews. Staff readers see every candidate; an interviewer
 * sees a candidate only while they sit on a panel of one of its live interviews (DESIGN section 6:
 * interviewing is an assignment). Managing interviews follows who manages the partner.
 */

export type InterviewRow = typeof interviews.$inferSelect;

export async function panelOf(db: DbOrTx, interviewIds: readonly string[]): Promise<Map<string, string[]>> {
  const panel = new Map<string, string[]>();
  if (interviewIds.length === 0) return panel;
  const rows = await db.select({ interviewId: interviewPanel.interviewId, userId: interviewPanel.userId }).from(interviewPanel).where(inArray(interviewPanel.interviewId, [...interviewIds]));
  for (const row of rows) panel.set(row.interviewId, [...(panel.get(row.interviewId) ?? []), row.userId]);
  return panel;
}

/** The partner, checked for an interview-level read: staff readers, or a panel member of one of its live interviews. */
export async function authorizeCandidate(db: DbOrTx, caller: Caller, partnerId: string) {
  const [partner] = await db.select({ id: partners.id, name: partners.name }).from(partners).where(and(eq(partners.id, partnerId), eq(partners.workspaceId, caller.workspace.id)));
  if (!partner) throw notFound("That partner");
  const panelUserIds = (
    await db
      .select({ userId: interviewPanel.userId })
      .from(interviewPanel)
      .innerJoin(interviews, eq(interviews.id, interviewPanel.interviewId))
      .where(and(eq(interviews.partnerId, partnerId), eq(interviews.workspaceId, caller.workspace.id), ne(interviews.status, "cancelled")))
  ).map((row) => row.userId);
  assertAllowed(caller.actor, "interview.read", { interview: { panelUserIds } }, "That partner");
  return { ...partner, panelUserIds };
}

/** For reads across a partner's interviews where only staff readers qualify (the decision summary). */
export async function authorizeReader(db: DbOrTx, caller: Caller, partnerId: string) {
  const [partner] = await db.select({ id: partners.id }).from(partners).where(and(eq(partners.id, partnerId), eq(partners.workspaceId, caller.workspace.id)));
  if (!partner) throw notFound("That partner");
  // An empty panel asks "may this person read as a staff reader?", leaving panel seats out of it.
  assertAllowed(caller.actor, "interview.read", { interview: { panelUserIds: [] } }, "That partner");
}

/**
 * One interview of the partner and its panel, checked for the action: `interview.manage` by who
 * manages the partner, `interview.read`/`interview.score` by the panel of this interview.
 */
export async function authorizeInterview(db: DbOrTx, caller: Caller, partnerId: string, interviewId: string, action: WorkspaceAction, lock = false) {
  if (action === "interview.manage") await authorizePartner(db, caller, partnerId, action, lock);
  const query = db
    .select({ interview: interviews, partnerName: partners.name })
    .from(interviews)
    .innerJoin(partners, eq(partners.id, interviews.partnerId))
    .where(and(eq(interviews.id, interviewId), eq(interviews.partnerId, partnerId), eq(interviews.workspaceId, caller.workspace.id)));
  const [found] = lock ? await query.for("update", { of: interviews }) : await query;
  if (!found) throw notFound("That interview");
  const { interview, partnerName } = found;
  const panelUserIds = (await panelOf(db, [interview.id])).get(interview.id) ?? [];
  if (action !== "interview.manage") assertAllowed(caller.actor, action, { interview: { panelUserIds } }, "That interview");
  return { interview, panelUserIds, partnerName };
}
