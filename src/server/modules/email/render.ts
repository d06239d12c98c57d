import { Liquid } from "liquidjs";
import { emailTemplates, type EmailTemplateKey } from "./templates";

const htmlEngine = new Liquid({ outputEscape: "escape", strictVariables: true });
const textEngine = new Liquid({ strictVariables: true });

export type TemplateData = Record<string, string | number>;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

type Parsed = ReturnType<Liquid["parse"]>;
/** Built-in templates never change while the process runs: parse each once, not per email. */
const parsedTemplates = new Map<EmailTemplateKey, { subject: Parsed; text: Parsed; html: Parsed }>();

function parsedTemplate(key: EmailTemplateKey) {
  let parsed = parsedTemplates.get(key);
  if (!parsed) {
    const template = emailTemplates[key];
    parsed = { subject: textEngine.parse(template.subject), text: textEngine.parse(template.text), html: htmlEngine.parse(template.html) };
    parsedTemplates.set(key, parsed);
  }
  return parsed;
}

/**
 * Renders a built-in template; a missing variable is a programming error and throws. Built-in
 * templates use no asynchronous tags, so they render synchronously (a sweep renders hundreds).
 */
export async function renderEmail(key: EmailTemplateKey, data: TemplateData & { workspaceName: string }): Promise<RenderedEmail> {
  const template = parsedTemplate(key);
  const subject: unknown = textEngine.renderSync(template.subject, data);
  const text: unknown = textEngine.renderSync(template.text, data);
  const html: unknown = htmlEngine.renderSync(template.html, data);
  return { subject: String(subject).trim(), text: String(text), html: String(html) };
}
