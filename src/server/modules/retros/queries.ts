import { and, desc, eq, type SQL } from "drizzle-orm";
import { RetroInsightStatus, type RetroInsight } from "../../../domain/retros/contracts";
import type { DbOrTx } from "../../db/client";
import { journeyTemplates, partnerMeetings, partners, retroInsights, user } from "../../db/schema";

/** Insights as the API shows them: with their template, partner, meeting and author named. */
export async function insightsWhere(db: DbOrTx, workspaceId: string, where?: SQL): Promise<RetroInsight[]> {
  const rows = await db
    .select({
      insight: retroInsights,
      templateName: journeyTemplates.name,
      partnerName: partners.name,
      meetingTitle: partnerMeetings.title,
      meetingStartsAt: partnerMeetings.startsAt,
      authorName: user.name,
    })
    .from(retroInsights)
    .innerJoin(journeyTemplates, eq(journeyTemplates.id, retroInsights.templateId))
    .leftJoin(partners, eq(partners.id, retroInsights.partnerId))
    .leftJoin(partnerMeetings, eq(partnerMeetings.id, retroInsights.meetingId))
    .leftJoin(user, eq(user.id, retroInsights.createdBy))
    .where(and(eq(retroInsights.workspaceId, workspaceId), where))
    .orderBy(desc(retroInsights.createdAt), desc(retroInsights.id))
    .limit(500);
  return rows.map(({ insight, templateName, partnerName, meetingTitle, meetingStartsAt, authorName }) => ({
    id: insight.id,
    templateId: insight.templateId,
    templateName,
    templateVersion: insight.templateVersion,
    text: insight.text,
    // The column is plain text; anything unexpected reads as still open rather than failing the list.
    status: RetroInsightStatus.catch("open").parse(insight.status),
    partner: insight.partnerId && partnerName !== null ? { id: insight.partnerId, name: partnerName } : null,
    meeting: insight.meetingId && meetingTitle !== null && meetingStartsAt !== null ? { id: insight.meetingId, title: meetingTitle, startsAt: meetingStartsAt.toISOString() } : null,
    createdBy: insight.createdBy && authorName !== null ? { userId: insight.createdBy, name: authorName } : null,
    createdAt: insight.createdAt.toISOString(),
  }));
}
