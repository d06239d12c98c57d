import { and, eq } from "drizzle-orm";
import { Step } from "../../src/domain/journeys/template/schema";
import type { DbOrTx } from "../../src/server/db/client";
import { journeys, journeySteps, journeyTemplates, journeyTemplateVersions } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";

/*
 * Journeys written straight into the tables, for tests of what runs on top of them (timers,
 * notifications) without going through the journeys module's start verb.
 */

export interface StepSpec {
  key: string;
  title?: string;
  ownerUserId?: string | null;
  visibility?: "internal" | "shared";
  status?: "open" | "done" | "skipped";
  /** A date set by hand (so re-planning keeps it); none when left out. */
  dueAt?: Date | null;
  /** Makes the step a milestone that this event completes. */
  completedBy?: string;
}

export interface InsertedJourney {
  id: string;
  partnerId: string;
  steps: { id: string; key: string; dueAt: Date | null }[];
}

/** One template with one version per workspace, enough for a journey's foreign key. */
async function templateVersionOf(db: DbOrTx, workspaceId: string): Promise<string> {
  const [existing] = await db
    .select({ id: journeyTemplateVersions.id })
    .from(journeyTemplateVersions)
    .innerJoin(journeyTemplates, eq(journeyTemplates.id, journeyTemplateVersions.templateId))
    .where(and(eq(journeyTemplates.workspaceId, workspaceId), eq(journeyTemplates.key, "factory")));
  if (existing) return existing.id;
  const templateId = newId();
  const versionId = newId();
  await db.insert(journeyTemplates).values({ id: templateId, workspaceId, key: "factory", name: "Factory template", createdAt: new Date() });
  await db.insert(journeyTemplateVersions).values({ id: versionId, workspaceId, templateId, version: 1, document: { name: "Factory template", phases: [] }, yaml: "key: factory\n", createdAt: new Date() });
  return versionId;
}

/** A journey of the given steps (all in one phase, in order) for a partner. */
export async function insertJourney(db: DbOrTx, input: { workspaceId: string; partnerId: string; name?: string; startedAt?: Date; steps: StepSpec[] }): Promise<InsertedJourney> {
  const id = newId();
  const startedAt = input.startedAt ?? new Date();
  await db.insert(journeys).values({ id, workspaceId: input.workspaceId, partnerId: input.partnerId, templateVersionId: await templateVersionOf(db, input.workspaceId), name: input.name ?? "Reseller onboarding", startedAt });
  const steps = input.steps.map((spec, position) => {
    const visibility = spec.visibility ?? "shared";
    const owner = visibility === "internal" ? "host:manager" : "partner:admin";
    const common = { key: spec.key, title: spec.title ?? spec.key, owner, visibility, due: { after: "start", days: position + 1 } };
    // A real step definition, so that the journeys module can re-plan and complete these steps.
    const definition = Step.parse(spec.completedBy ? { ...common, kind: "milestone", completedBy: spec.completedBy } : { ...common, kind: "task" });
    return {
      id: newId(),
      workspaceId: input.workspaceId,
      journeyId: id,
      partnerId: input.partnerId,
      phaseKey: "start",
      position,
      key: spec.key,
      kind: definition.kind,
      title: definition.title,
      ownerRole: owner,
      ownerUserId: spec.ownerUserId ?? null,
      visibility,
      definition,
      status: spec.status ?? "open",
      dueAt: spec.dueAt ?? null,
      dueManual: spec.dueAt !== undefined && spec.dueAt !== null,
      baselineDueAt: spec.dueAt ?? null,
    };
  });
  if (steps.length > 0) await db.insert(journeySteps).values(steps);
  return { id, partnerId: input.partnerId, steps: steps.map((s) => ({ id: s.id, key: s.key, dueAt: s.dueAt })) };
}
