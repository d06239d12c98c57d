import { z } from "zod";
import { Id, Timestamp } from "../common/schemas";
import { StepKey } from "../journeys/due-rule";
import { text } from "../journeys/template/text";

/**
 * Retrospective insights (R-F10). An insight names the template version it wants changed — the
 * one the partner actually went through — so that when a later version is published, the change
 * can show which retrospectives asked for it.
 */
export const RetrospectiveInsight = z.strictObject({
  id: Id,
  meetingId: Id,
  text: text(1000),
  templateKey: StepKey,
  templateVersion: z.number().int().min(1, "templateVersion: versions start at 1"),
  recordedAt: Timestamp,
});
export type RetrospectiveInsight = z.infer<typeof RetrospectiveInsight>;

export interface TemplateVersionRef {
  readonly templateKey: string;
  readonly version: number;
}

/** What the grouping needs of an insight; the server's rows (meeting optional) carry more. */
export interface InsightOnVersion {
  readonly templateKey: string;
  readonly templateVersion: number;
}

export interface VersionInsights<I extends InsightOnVersion = RetrospectiveInsight> extends TemplateVersionRef {
  /** Insights that want this version changed. */
  readonly changeRequests: readonly I[];
  /** Insights on the version this one replaced: this version is the change they asked for. */
  readonly answers: readonly I[];
}

export interface InsightsByVersion<I extends InsightOnVersion = RetrospectiveInsight> {
  readonly versions: readonly VersionInsights<I>[];
  /** Insights naming a template or version not in the list (deleted, or another workspace's). */
  readonly unmatched: readonly I[];
}

const refKey = (templateKey: string, version: number) => `${templateKey}@${String(version)}`;

/**
 * For each template version (sorted by template, then version), the insights that asked to change
 * it and those it answers. A version answers the insights of its immediate predecessor among the
 * versions given; insights on the newest version are the ones still waiting for a change.
 */
export function insightsByTemplateVersion<I extends InsightOnVersion = RetrospectiveInsight>(versions: readonly TemplateVersionRef[], insights: readonly I[]): InsightsByVersion<I> {
  const sorted = [...versions].sort((a, b) => a.templateKey.localeCompare(b.templateKey) || a.version - b.version);
  const byRef = new Map<string, I[]>();
  for (const insight of insights) {
    const key = refKey(insight.templateKey, insight.templateVersion);
    byRef.set(key, [...(byRef.get(key) ?? []), insight]);
  }
  const insightsOn = (ref: TemplateVersionRef) => byRef.get(refKey(ref.templateKey, ref.version)) ?? [];
  const known = new Set(sorted.map((ref) => refKey(ref.templateKey, ref.version)));
  const result = sorted.map((ref, index): VersionInsights<I> => {
    const previous = sorted[index - 1];
    const answers = previous?.templateKey === ref.templateKey ? insightsOn(previous) : [];
    return { templateKey: ref.templateKey, version: ref.version, changeRequests: insightsOn(ref), answers };
  });
  return { versions: result, unmatched: insights.filter((insight) => !known.has(refKey(insight.templateKey, insight.templateVersion))) };
}
