import { JourneyTemplate, type JourneyTemplateInput } from "../../src/domain/journeys/template/schema";
import type { DbOrTx } from "../../src/server/db/client";
import { journeyTemplates, journeyTemplateVersions } from "../../src/server/db/schema";
import { newId } from "../../src/server/ids";

/** A small template that exercises every rule the engine has: phases with entry steps, kinds, owners, due rules. */
export const testTemplate: JourneyTemplateInput = {
  name: "Test onboarding",
  description: "A journey small enough to reason about in a test.",
  phases: [
    {
      key: "welcome",
      name: "Welcome",
      steps: [
        { key: "kickoff", kind: "task", title: "Kickoff call", owner: "host:manager", due: { after: "start", businessDays: 2 } },
        {
          key: "profile",
          kind: "form",
          title: "Company profile",
          owner: "partner:admin",
          due: { after: "step", step: "kickoff", days: 3 },
          dependsOn: ["kickoff"],
          fields: [
            { key: "company_size", label: "Company size", type: "number", required: true },
            { key: "region", label: "Region", type: "choice", choices: ["EMEA", "Americas"] },
          ],
        },
        { key: "internal_check", kind: "task", title: "Credit check", owner: "host:manager", visibility: "internal", due: { after: "start", days: 5 } },
        { key: "nda", kind: "document_acknowledgement", title: "Sign the NDA", owner: "partner:admin", required: true, body: "# NDA\nKeep it secret.", signatureRequired: true, due: { after: "start", days: 7 } },
      ],
    },
    {
      key: "launch",
      name: "Launch",
      entry: ["nda"],
      steps: [
        { key: "plan_approval", kind: "approval_gate", title: "Approve the business plan", owner: "host:admin", approver: "host:admin", required: true, due: { after: "step", step: "nda", days: 5 } },
        { key: "optional_training", kind: "task", title: "Optional training", owner: "partner:member", due: { after: "start", days: 20 } },
        { key: "first_deal", kind: "milestone", title: "First deal approved", owner: "partner:admin", completedBy: "first_deal_approved", due: { after: "start", days: 60 } },
        { key: "follow_up", kind: "task", title: "Celebrate the first deal", owner: "host:manager", due: { after: "event", event: "first_deal_approved", hours: 48 } },
      ],
    },
  ],
};

/** Inserts a template with its versions (each a validated document); returns the template id. */
export async function insertTemplate(db: DbOrTx, workspaceId: string, key: string, versions: readonly JourneyTemplateInput[] = [testTemplate]): Promise<string> {
  const templateId = newId();
  const now = new Date();
  await db.insert(journeyTemplates).values({ id: templateId, workspaceId, key, name: versions[0]?.name ?? key, latestVersion: versions.length, createdAt: now });
  await db.insert(journeyTemplateVersions).values(
    versions.map((document, index) => ({ id: newId(), workspaceId, templateId, version: index + 1, document: JourneyTemplate.parse(document), yaml: "# written by a test factory\n", changeNote: `version ${index + 1}`, createdAt: now })),
  );
  return templateId;
}
