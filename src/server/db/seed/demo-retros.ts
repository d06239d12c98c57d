import { and, desc, eq, isNull } from "drizzle-orm";
import type { AppContext } from "../../context";
import { changeInsightStatus, recordInsight } from "../../modules/retros/service";
import type { Caller } from "../../plugins/route-kit";
import { journeys, journeyTemplateVersions, partners, retroInsights } from "../schema";

/*
 * Demo retrospective insights (R-F10), written through the service: what Harborstone's onboarding
 * taught the team about the template version it ran on (one already addressed, one open), and an
 * early lesson from Brightpath's. They show on the template's "Retrospective insights" tab.
 * Skipped when the workspace already has insights, or when a partner has no journey.
 */

const lessons = {
  harborstone: [
    { text: "The partner's finance contact joined only in week three; ask for them in the kickoff invitation.", settle: true },
    { text: "Certification came before the partner had a live deal to practise on; move it after the first joint opportunity.", settle: false },
  ],
  brightpath: [{ text: "The alignment meeting ran over an hour; split time zones and communication style into the preferences survey beforehand.", settle: false }],
} as const;

/** The template version the partner's latest journey runs on. */
async function journeyTemplateOf(ctx: AppContext, workspaceId: string, partnerName: string) {
  const [row] = await ctx.db
    .select({ partnerId: partners.id, templateId: journeyTemplateVersions.templateId, version: journeyTemplateVersions.version })
    .from(partners)
    .innerJoin(journeys, and(eq(journeys.partnerId, partners.id), isNull(journeys.cancelledAt)))
    .innerJoin(journeyTemplateVersions, eq(journeyTemplateVersions.id, journeys.templateVersionId))
    .where(and(eq(partners.workspaceId, workspaceId), eq(partners.name, partnerName)))
    .orderBy(desc(journeys.startedAt))
    .limit(1);
  return row ?? null;
}

export async function loadDemoRetros(ctx: AppContext, owner: Caller): Promise<void> {
  const workspaceId = owner.workspace.id;
  const [already] = await ctx.db.select({ id: retroInsights.id }).from(retroInsights).where(eq(retroInsights.workspaceId, workspaceId)).limit(1);
  if (already) return;
  for (const [partnerName, entries] of [["Harborstone Services", lessons.harborstone], ["Brightpath Consulting", lessons.brightpath]] as const) {
    const journey = await journeyTemplateOf(ctx, workspaceId, partnerName);
    if (!journey) continue;
    for (const entry of entries) {
      const insight = await recordInsight(ctx, owner, { templateId: journey.templateId, templateVersion: journey.version, partnerId: journey.partnerId, text: entry.text });
      if (entry.settle) await changeInsightStatus(ctx, owner, insight.id, { status: "addressed", statusRead: "open" });
    }
  }
}
