import { JourneyTemplate, type JourneyTemplateInput } from "../../src/domain/journeys/template/schema";
import type { AppContext } from "../../src/server/context";
import { journeySteps, journeyTemplates, journeyTemplateVersions, journeys } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";

/*
 * A journey written straight into its tables, for tests of what happens *on* a step (files,
 * meetings) without going through the journey service: a template, its first version, the journey
 * and one open step per template step. Owners: host roles → `hostUserId`, partner roles →
 * `partnerUserId`. Due dates are left empty (nothing here tests planning).
 */
export interface JourneyRowsInput {
  workspaceId: string;
  partnerId: string;
  template: JourneyTemplateInput;
  hostUserId: string;
  partnerUserId: string;
  startedAt: Date;
}

export async function insertJourneyRows(ctx: AppContext, input: JourneyRowsInput) {
  const template = JourneyTemplate.parse(input.template);
  const templateId = newId();
  const versionId = newId();
  const journeyId = newId();
  const stepIds: Record<string, string> = {};
  await ctx.db.transaction(async (tx) => {
    await tx.insert(journeyTemplates).values({ id: templateId, workspaceId: input.workspaceId, key: `t-${templateId.slice(0, 8)}`, name: template.name, createdAt: input.startedAt });
    await tx.insert(journeyTemplateVersions).values({ id: versionId, workspaceId: input.workspaceId, templateId, version: 1, document: template, yaml: "", createdAt: input.startedAt });
    await tx.insert(journeys).values({ id: journeyId, workspaceId: input.workspaceId, partnerId: input.partnerId, templateVersionId: versionId, name: template.name, startedAt: input.startedAt });
    let position = 0;
    for (const phase of template.phases) {
      for (const step of phase.steps) {
        const id = newId();
        stepIds[step.key] = id;
        await tx.insert(journeySteps).values({
          id,
          workspaceId: input.workspaceId,
          journeyId,
          partnerId: input.partnerId,
          phaseKey: phase.key,
          position: position++,
          key: step.key,
          kind: step.kind,
          title: step.title,
          description: step.description ?? "",
          ownerRole: step.owner,
          ownerUserId: step.owner.startsWith("partner:") ? input.partnerUserId : input.hostUserId,
          visibility: step.visibility,
          required: step.required,
          definition: step,
        });
      }
    }
  });
  return { journeyId, templateId, stepIds };
}
