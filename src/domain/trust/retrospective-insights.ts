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

export interface VersionInsights extends TemplateVersionRef {
  /** Insights that want this version changed. */
  readonly changeRequests: readonly RetrospectiveInsight[];
  /** Insights on the version this one replaced: this version is the change they asked for. */
  readonly answers: readonly RetrospectiveInsight[];
}

export interface InsightsByVersion {
  readonly versions: readonly VersionInsights[];
  /** Insights naming a template or version not in the list (deleted, or another workspace's). */
  readonly unmatched: readonly RetrospectiveInsight[];
}

const refKey = (templateKey: string, version: number) => `${templateKey}@${String(version)}`;

/**
 * For each template version (sorted by template, then version), the insights that asked to change
 * it and those it answers. A version answers the insights of its immediate predecessor among the
 * versions given; insights on the newest version are the ones still waiting for a change.
 */
export function insightsByTemplateVersion(versions: readonly TemplateVersionRef[], insights: readonly RetrospectiveInsight[]): InsightsByVersion {
  const sorted = [...versions].sort((a, b) => a.templateKey.localeCompare(b.templateKey) || a.version - b.version);
  const byRef = new Map<string, RetrospectiveInsight[]>();
  for (const insight of insights) {
    const key = refKey(insight.templateKey, insight.templateVersion);
    byRef.set(key, [...(byRef.get(key) ?? []), insight]);
  }
  const insightsOn = (ref: TemplateVersionRef) => byRef.get(refKey(ref.templateKey, ref.version)) ?? [];
  const known = new Set(sorted.map((ref) => refKey(ref.templateKey, ref.version)));
  const result = sorted.map((ref, index): VersionInsights => {
    const previous = sorted[index - 1];
    const answers = previous?.templateKey === ref.templateKey ? insightsOn(previous) : [];
    return { templateKey: ref.templateKey, version: ref.version, changeRequests: insightsOn(ref), answers };
  });
  return { versions: result, unmatched: insights.filter((insight) => !known.has(refKey(insight.templateKey, insight.templateVersion))) };
}
