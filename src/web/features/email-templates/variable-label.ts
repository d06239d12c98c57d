import type { TFunction } from "i18next";

/** The catalogue key of each variable's description (typed keys, so a missing one fails to compile). */
const labelKeys = {
  "partner.name": "emailTemplates.variables.partner.name",
  "partner.website": "emailTemplates.variables.partner.website",
  "contact.name": "emailTemplates.variables.contact.name",
  "contact.email": "emailTemplates.variables.contact.email",
  "workspace.name": "emailTemplates.variables.workspace.name",
  "program.name": "emailTemplates.variables.program.name",
  "sender.name": "emailTemplates.variables.sender.name",
  "portal.link": "emailTemplates.variables.portal.link",
  "partnering.link": "emailTemplates.variables.partnering.link",
  "interview.when": "emailTemplates.variables.interview.when",
  "interview.stage": "emailTemplates.variables.interview.stage",
  "interview.location": "emailTemplates.variables.interview.location",
  "decision.reason": "emailTemplates.variables.decision.reason",
} as const;

/** What a variable holds, in words; its own name when the catalogue has no words for it. */
export function variableLabel(t: TFunction, name: string): string {
  const entry = Object.entries(labelKeys).find(([variable]) => variable === name);
  return entry ? t(entry[1]) : name;
}
