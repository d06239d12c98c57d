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

/** Renders a built-in template; a missing variable is a programming error and throws. */
export async function renderEmail(key: EmailTemplateKey, data: TemplateData & { workspaceName: string }): Promise<RenderedEmail> {
  const template = emailTemplates[key];
  const [subject, text, html] = await Promise.all([
    textEngine.parseAndRender(template.subject, data),
    textEngine.parseAndRender(template.text, data),
    htmlEngine.parseAndRender(template.html, data),
  ]);
  return { subject: subject.trim(), text, html };
}
