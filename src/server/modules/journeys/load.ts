import { aliasedTable, and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { JourneyTemplate } from "../../../domain/journeys/template/schema";
import type { DbOrTx } from "../../db/client";
import { journeySteps, journeyTemplates, journeyTemplateVersions, journeys, partners, user } from "../../db/schema";
import { notFound } from "../../errors";

const owner = aliasedTable(user, "step_owner");
const completer = aliasedTable(user, "step_completer");

/** One journey as stored: its row, its template version's phases, its partner's zone, its steps with names. */
export async function loadJourney(db: DbOrTx, workspaceId: string, journeyId: string) {
  const [head] = await db
    .select({
      journey: journeys,
      partnerName: partners.name,
      timeZone: partners.timeZone,
      templateId: journeyTemplates.id,
      templateName: journeyTemplates.name,
      latestTemplateVersion: journeyTemplates.latestVersion,
      templateVersion: journeyTemplateVersions.version,
      document: journeyTemplateVersions.document,
    })
    .from(journeys)
    .innerJoin(partners, eq(partners.id, journeys.partnerId))
    .innerJoin(journeyTemplateVersions, eq(journeyTemplateVersions.id, journeys.templateVersionId))
    .innerJoin(journeyTemplates, eq(journeyTemplates.id, journeyTemplateVersions.templateId))
    .where(and(eq(journeys.id, journeyId), eq(journeys.workspaceId, workspaceId)));
  if (!head) throw notFound("That journey");
  const steps = await loadSteps(db, journeyId);
  return { ...head, phases: PhasesOnly.parse(head.document).phases, steps };
}

/**
 * Reading a journey needs only its phases from the stored version (validated when published);
 * the whole document is parsed only where it is compared (upgrades), which keeps reads cheap.
 */
const PhasesOnly = z.object({
  phases: z.array(z.object({ key: z.string(), name: z.string(), description: z.string().optional(), entry: z.array(z.string()).optional() })),
});

/** The journey's template version as a whole, for comparing versions. */
export function templateOf(loaded: LoadedJourney): JourneyTemplate {
  return JourneyTemplate.parse(loaded.document);
}

export type LoadedJourney = Awaited<ReturnType<typeof loadJourney>>;

export async function loadSteps(db: DbOrTx, journeyId: string) {
  const rows = await db
    .select({
      step: journeySteps,
      ownerName: owner.name,
      ownerEmail: owner.email,
      completerName: completer.name,
      completerEmail: completer.email,
    })
    .from(journeySteps)
    .leftJoin(owner, eq(owner.id, journeySteps.ownerUserId))
    .leftJoin(completer, eq(completer.id, journeySteps.completedBy))
    .where(eq(journeySteps.journeyId, journeyId))
    .orderBy(asc(journeySteps.position));
  return rows;
}

export type LoadedStep = LoadedJourney["steps"][number];
