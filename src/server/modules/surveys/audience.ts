import { and, eq, ne } from "drizzle-orm";
import type { SurveyAudience } from "../../../domain/surveys/contracts";
import type { DbOrTx } from "../../db/client";
import { partnerMembers, staffMemberships } from "../../db/schema";
import type { Caller } from "../../plugins/route-kit";

/** What decides who may answer a survey. */
export interface AudienceOf {
  audience: SurveyAudience;
  partnerId: string | null;
}

/** Staff answer staff surveys; partner users answer surveys for every partner or for their own. */
export function inAudience(caller: Caller, survey: AudienceOf): boolean {
  const { actor } = caller;
  if (survey.audience === "staff") return actor.kind === "staff" && !actor.scopes;
  if (actor.kind !== "partner") return false;
  return survey.audience === "partners" || survey.partnerId === actor.partnerId;
}

/** The active people a new survey is announced to (not the person who created it). */
export async function audienceUserIds(db: DbOrTx, workspaceId: string, survey: AudienceOf, creatorId: string): Promise<string[]> {
  if (survey.audience === "staff") {
    const rows = await db
      .select({ userId: staffMemberships.userId })
      .from(staffMemberships)
      .where(and(eq(staffMemberships.workspaceId, workspaceId), eq(staffMemberships.status, "active"), ne(staffMemberships.userId, creatorId)));
    return rows.map((row) => row.userId);
  }
  const rows = await db
    .select({ userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(
      and(
        eq(partnerMembers.workspaceId, workspaceId),
        eq(partnerMembers.status, "active"),
        survey.audience === "partner" && survey.partnerId ? eq(partnerMembers.partnerId, survey.partnerId) : undefined,
      ),
    );
  return rows.map((row) => row.userId);
}
