import { Liquid, type Template } from "liquidjs";
import { exampleValues, unknownVariables, type TemplateProblem, type VariableReference, type VariableValues } from "../../../domain/email-templates/variables";
import type { RenderedEmail } from "../email/render";
import { emailShell } from "../email/layout";

/**
 * The Liquid engine for workspace-editable templates. Admins write these, so the engine is shut
 * off from the file system (`templates: {}` makes `include`/`render` look in an empty map, not
 * in the server's folders), refuses unknown filters and missing variables, and limits the
 * time and memory a template may take, so a loop over a huge range cannot stall the server.
 */
const engine = new Liquid({
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  templates: {},
  parseLimit: 100_000,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
});

export interface TemplateSource {
  subject: string;
  body: string;
}

/** Lines are 1-based; liquidjs errors carry "line:N" in their message. */
function lineOf(error: unknown): number | null {
  const match = error instanceof Error ? /line:(\d+)/.exec(error.message) : null;
  return match?.[1] ? Number(match[1]) : null;
}

function parseField(field: "subject" | "body", source: string): { template: Template[] } | { problem: TemplateProblem } {
  try {
    return { template: engine.parse(source) };
  } catch (error) {
    const line = lineOf(error);
    const reason = error instanceof Error ? error.message.replace(/,? line:\d+, col:\d+/, "") : "it cannot be read";
    return { problem: { path: field, message: `The ${field} has a Liquid syntax error${line ? ` on line ${line}` : ""}: ${reason}.` } };
  }
}

function referencesOf(template: Template[]): VariableReference[] {
  const analysis = engine.analyzeSync(template, { partials: false });
  return Object.values(analysis.globals).flatMap((variables) => variables.map((variable) => ({ name: variable.toString(), line: variable.location.row })));
}

/**
 * Everything wrong with a template, field by field: Liquid syntax, variables the key does not
 * know, and anything that fails when it is tried with example values. Empty when it is fine.
 */
export function checkTemplate(key: string, source: TemplateSource): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const field of ["subject", "body"] as const) {
    const parsed = parseField(field, source[field]);
    if ("problem" in parsed) problems.push(parsed.problem);
    else problems.push(...unknownVariables(key, field, referencesOf(parsed.template)));
  }
  if (problems.length > 0) return problems;
  try {
    renderTemplate(source, exampleValues(key));
  } catch (error) {
    const reason = error instanceof Error ? error.message : "it failed";
    problems.push({ path: "body", message: `The template cannot be rendered: ${reason}.` });
  }
  return problems;
}

const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
/** After escaping, a link ends at white space or at an escaped character that cannot be in it. */
const link = /\bhttps?:\/\/[^\s<>"']+?(?=[.,;:!?)]*(?:\s|$|&lt;|&gt;|&quot;|&#39;))/g;

/**
 * The HTML part: the rendered text, all of it escaped (what the admin typed and what the
 * variables hold alike, so neither can add markup), then paragraphs at blank lines, line breaks
 * within them, and web addresses made clickable.
 */
function htmlOf(text: string, footer: string): string {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(link, (url) => `<a href="${url}">${url}</a>`).replace(/\n/g, "<br>\n")}</p>`);
  return emailShell(paragraphs.join("\n"), escapeHtml(footer));
}

/**
 * Renders a checked template with complete values. Synchronous: these templates use no tags
 * that wait. The subject is one line whatever the variables hold (no header injection).
 */
export function renderTemplate(source: TemplateSource, values: VariableValues): RenderedEmail {
  const subject = String(engine.parseAndRenderSync(source.subject, values)).replace(/\s+/g, " ").trim();
  const text = String(engine.parseAndRenderSync(source.body, values));
  const workspace = values["workspace"]?.["name"] ?? "";
  return { subject, text, html: htmlOf(text, workspace ? `Sent by Accord on behalf of ${workspace}.` : "Sent by Accord.") };
}
