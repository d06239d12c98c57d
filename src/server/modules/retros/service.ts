import { and, asc, eq } from "drizzle-orm";
import type { RetroInsight, RetroInsightInput, RetroInsightQuery, RetroInsightStatusChange, TemplateInsights } from "../../../domain/retros/contracts";
import { insightsByTemplateVersion } from "../../../domain/trust/retrospective-insights";
import type { AppContext } from "../../context";
import type { DbOrTx } from "../../db/client";
import { journeyTemplates, journeyTemplateVersions, partnerMeetings, partners, retroInsights } from "../../db/schema";
import { badRequest, conflict, notFound } from "../../errors";
import { newId } from "../../ids";
import type { Caller } from "../../plugins/route-kit";
import { recordActivity } from "../activity/record";
import { writeAudit } from "../audit/writer";
import { insightsWhere } from "./queries";

/*
 * Retrospective insights (R-F10): staff record what a partner's retrospective taught them about
 * the journey template version that partner went through; each template version then shows the
 * insights asking to change it and those it answers. Insights are internal: partner users never
 * read them (the access rules keep them to staff).
 */

export async function listInsights(ctx: AppContext, caller: Caller, query: RetroInsightQuery): Promise<RetroInsight[]> {
  return insightsWhere(
    ctx.db,
    caller.workspace.id,
    and(query.templateId ? eq(retroInsights.templateId, query.templateId) : undefined, query.status ? eq(retroInsights.status, query.status) : undefined),
  );
}

/** Per version of the template, newest first: the insights on it and the ones it answers. */
export async function templateInsights(ctx: AppContext, caller: Caller, templateId: string): Promise<TemplateInsights> {
  const [template] = await ctx.db
    .select({ id: journeyTemplates.id, name: journeyTemplates.name, key: journeyTemplates.key, latestVersion: journeyTemplates.latestVersion })
    .from(journeyTemplates)
    .where(and(eq(journeyTemplates.id, templateId), eq(journeyTemplates.workspaceId, caller.workspace.id)));
  if (!template) throw notFound("That template");
  const versions = await ctx.db
    .select({ version: journeyTemplateVersions.version, createdAt: journeyTemplateVersions.createdAt, changeNote: journeyTemplateVersions.changeNote })
    .from(journeyTemplateVersions)
    .where(eq(journeyTemplateVersions.templateId, template.id))
    .orderBy(asc(journeyTemplateVersions.version));
  const insights = await insightsWhere(ctx.db, caller.workspace.id, eq(retroInsights.templateId, template.id));
  const grouped = insightsByTemplateVersion(
    versions.map((row) => ({ templateKey: template.key, version: row.version })),
    insights.map((insight) => ({ templateKey: template.key, templateVersion: insight.templateVersion, insight })),
  );
  const unwrap = (wrapped: { insight: RetroInsight }) => wrapped.insight;
  const byVersion = new Map(versions.map((row) => [row.version, row]));
  return {
    templateId: template.id,
    templateName: template.name,
    latestVersion: template.latestVersion,
    versions: grouped.versions
      .flatMap((group) => {
        const row = byVersion.get(group.version);
        return row ? [{ version: group.version, createdAt: row.createdAt.toISOString(), changeNote: row.changeNote, changeRequests: group.changeRequests.map(unwrap), answers: group.answers.map(unwrap) }] : [];
      })
      .reverse(),
  };
}

/** The partner and meeting an insight names, checked against the workspace; 400 names the field at fault. */
async function resolveLinks(db: DbOrTx, workspaceId: string, input: RetroInsightInput): Promise<{ partnerId: string | null; meetingId: string | null }> {
  let partnerId = input.partnerId ?? null;
  if (input.meetingId) {
    const [meeting] = await db
      .select({ partnerId: partnerMeetings.partnerId, kind: partnerMeetings.kind })
      .from(partnerMeetings)
      .where(and(eq(partnerMeetings.id, input.meetingId), eq(partnerMeetings.workspaceId, workspaceId)));
    if (!meeting) throw badRequest("The meeting does not exist.", [{ path: "body.meetingId", message: "no such meeting in this workspace" }]);
    if (meeting.kind !== "retrospective") throw badRequest("Only a retrospective meeting can be linked.", [{ path: "body.meetingId", message: "must be a retrospective meeting" }]);
    if (partnerId !== null && partnerId !== meeting.partnerId) throw badRequest("The meeting belongs to another partner.", [{ path: "body.partnerId", message: "must be the partner of the meeting" }]);
    partnerId = meeting.partnerId;
  }
  if (partnerId !== null) {
    const [partner] = await db.select({ id: partners.id }).from(partners).where(and(eq(partners.id, partnerId), eq(partners.workspaceId, workspaceId)));
    if (!partner) throw badRequest("The partner does not exist.", [{ path: "body.partnerId", message: "no such partner in this workspace" }]);
  }
  return { partnerId, meetingId: input.meetingId ?? null };
}

export async function recordInsight(ctx: AppContext, caller: Caller, input: RetroInsightInput): Promise<RetroInsight> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    const [template] = await tx.select({ id: journeyTemplates.id, name: journeyTemplates.name }).from(journeyTemplates).where(and(eq(journeyTemplates.id, input.templateId), eq(journeyTemplates.workspaceId, workspaceId)));
    if (!template) throw badRequest("The template does not exist.", [{ path: "body.templateId", message: "no such template in this workspace" }]);
    const [version] = await tx
      .select({ version: journeyTemplateVersions.version })
      .from(journeyTemplateVersions)
      .where(and(eq(journeyTemplateVersions.templateId, template.id), eq(journeyTemplateVersions.version, input.templateVersion)));
    if (!version) throw badRequest(`The template has no version ${String(input.templateVersion)}.`, [{ path: "body.templateVersion", message: "no such version of this template" }]);
    const links = await resolveLinks(tx, workspaceId, input);
    const id = newId();
    await tx.insert(retroInsights).values({ id, workspaceId, ...links, templateId: template.id, templateVersion: input.templateVersion, text: input.text, status: "open", createdBy: caller.actor.userId, createdAt: ctx.clock.now() });
    await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "retro_insight.recorded", entityType: "retro_insight", entityId: id, after: { templateId: template.id, templateVersion: input.templateVersion, text: input.text, ...links } });
    if (links.partnerId) {
      await recordActivity(tx, ctx.clock, {
        workspaceId,
        partnerId: links.partnerId,
        actorUserId: caller.actor.userId,
        kind: "retro_insight.recorded",
        summary: `${caller.name} recorded a retrospective insight for ${template.name} v${String(input.templateVersion)}`,
        data: { insightId: id, templateId: template.id, templateVersion: input.templateVersion },
        visibility: "internal",
      });
    }
    const [created] = await insightsWhere(tx, workspaceId, eq(retroInsights.id, id));
    if (!created) throw new Error("the insight just recorded cannot be read back");
    return created;
  });
}

/** Marks an insight addressed or dismissed (or open again); the status the client saw must still hold. */
export async function changeInsightStatus(ctx: AppContext, caller: Caller, insightId: string, change: RetroInsightStatusChange): Promise<RetroInsight> {
  const workspaceId = caller.workspace.id;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select({ status: retroInsights.status }).from(retroInsights).where(and(eq(retroInsights.id, insightId), eq(retroInsights.workspaceId, workspaceId))).for("update");
    if (!row) throw notFound("That insight");
    if (row.status !== change.statusRead) throw conflict(`Someone marked this insight ${row.status} since you opened it. Reload to see it, then decide again.`);
    if (row.status !== change.status) {
      await tx.update(retroInsights).set({ status: change.status }).where(eq(retroInsights.id, insightId));
      await writeAudit(tx, ctx.clock, { workspaceId, actor: caller.audit, action: "retro_insight.status_changed", entityType: "retro_insight", entityId: insightId, before: { status: row.status }, after: { status: change.status } });
    }
    const [updated] = await insightsWhere(tx, workspaceId, eq(retroInsights.id, insightId));
    if (!updated) throw new Error("the insight just changed cannot be read back");
    return updated;
  });
}
