import { inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { deriveJourney, type DerivedJourney, type JourneyInput } from "../../../domain/journeys/progress/derive";
import type { DbOrTx } from "../../db/client";
import { journeySteps, journeyTemplateVersions, journeys } from "../../db/schema";

const Phases = z.array(z.object({ key: z.string(), entry: z.array(z.string()).nullish() }));
const Keys = z.array(z.string());

/**
 * The derived state of many journeys at once, reading only what derivation needs (no step
 * definitions, no kind fields): the lists across journeys ("my work", "what's next", cohorts)
 * stay two queries whatever their length.
 */
export async function deriveMany(db: DbOrTx, journeyIds: readonly string[], now: Date): Promise<Map<string, DerivedJourney & { startedAt: Date }>> {
  if (journeyIds.length === 0) return new Map();
  const ids = [...new Set(journeyIds)];
  const [heads, steps] = await Promise.all([
    db
      .select({
        id: journeys.id,
        startedAt: journeys.startedAt,
        cancelledAt: journeys.cancelledAt,
        phases: sql<unknown>`(select jsonb_agg(jsonb_build_object('key', p->'key', 'entry', p->'entry')) from jsonb_array_elements(${journeyTemplateVersions.document}->'phases') p)`,
      })
      .from(journeys)
      .innerJoin(journeyTemplateVersions, sql`${journeyTemplateVersions.id} = ${journeys.templateVersionId}`)
      .where(inArray(journeys.id, ids)),
    db
      .select({
        journeyId: journeySteps.journeyId,
        key: journeySteps.key,
        phaseKey: journeySteps.phaseKey,
        status: journeySteps.status,
        dependsOn: sql<unknown>`coalesce(${journeySteps.definition}->'dependsOn', '[]'::jsonb)`,
        dueAt: journeySteps.dueAt,
        baselineDueAt: journeySteps.baselineDueAt,
        completedAt: journeySteps.completedAt,
      })
      .from(journeySteps)
      .where(inArray(journeySteps.journeyId, ids))
      .orderBy(journeySteps.journeyId, journeySteps.position),
  ]);
  const stepsOf = new Map<string, JourneyInput["steps"][number][]>();
  for (const step of steps) {
    const list = stepsOf.get(step.journeyId) ?? [];
    list.push({ ...step, dependsOn: Keys.parse(step.dependsOn) });
    stepsOf.set(step.journeyId, list);
  }
  const result = new Map<string, DerivedJourney & { startedAt: Date }>();
  for (const head of heads) {
    const phases = Phases.parse(head.phases ?? []).map((phase) => ({ key: phase.key, entry: phase.entry ?? undefined }));
    const derived = deriveJourney({ startedAt: head.startedAt, cancelledAt: head.cancelledAt, phases, steps: stepsOf.get(head.id) ?? [] }, now);
    result.set(head.id, { ...derived, startedAt: head.startedAt });
  }
  return result;
}
