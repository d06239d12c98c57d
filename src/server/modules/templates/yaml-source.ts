import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { validateTemplate, type JourneyTemplate, type Problem } from "../../../domain/journeys/template";
import type { TemplateProblem } from "../../../domain/programs/templates";

/**
 * YAML in: the text an author wrote becomes a validated template, or a list of problems that each
 * name the dotted path (`phases.1.steps.3.dependsOn.0`) and the line and column in the text, so
 * the editor can underline the spot and the API can say "line 42".
 */
export type TemplateReading = { ok: true; template: JourneyTemplate } | { ok: false; problems: TemplateProblem[] };

/** An anchor may be reused a little (a shared agenda); more is a "billion laughs" attack, not a template. */
const maxAliasCount = 100;
/** A broken file can produce an error per token; the first few are what an author fixes first. */
const maxSyntaxProblems = 20;

export function readTemplateYaml(source: string): TemplateReading {
  const tooDeep = nestingProblem(source);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.slice(0, maxSyntaxProblems).map((error) => syntaxProblem(error, lineCounter)) };
  }
  if (doc.contents === null) {
    return { ok: false, problems: [{ path: "", message: "the template is empty; start with name:, description: and phases:", line: 1, column: 1 }] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    // Unresolved or excessive aliases are the only things that fail here once parsing succeeded.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "", message: `the YAML cannot be read: ${message}`, line: 1, column: 1 }] };
  }
  const validation = validateTemplate(value);
  if (validation.ok) return { ok: true, template: validation.template };
  return { ok: false, problems: placeProblems(doc, lineCounter, validation.problems) };
}

/**
 * A real template nests a dozen levels at most. Refusing deeper text before parsing keeps a
 * pathological document (100,000 opening brackets) from costing seconds of parser time.
 */
const maxIndent = 120;
const maxFlowDepth = 32;

function nestingProblem(source: string): TemplateProblem | null {
  let depth = 0;
  const lines = source.split("\n");
  for (const [index, line] of lines.entries()) {
    // Leading spaces and "- " markers both open a level.
    const indent = line.length - line.replace(/^[ -]+/, "").length;
    let column = indent > maxIndent ? maxIndent : -1;
    for (let i = 0; column < 0 && i < line.length; i++) {
      const char = line[i];
      if (char === "[" || char === "{") depth++;
      else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
      if (depth > maxFlowDepth) column = i;
    }
    if (column >= 0) return { path: "", message: "the YAML is nested far deeper than any template needs; check the indentation and brackets here", line: index + 1, column: column + 1 };
  }
  return null;
}

interface ParseError {
  message: string;
  linePos?: [{ line: number; col: number }] | [{ line: number; col: number }, { line: number; col: number }];
  pos: [number, number];
}

function syntaxProblem(error: ParseError, lineCounter: LineCounter): TemplateProblem {
  const start = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
  // The library appends " at line N, column M:" and a snippet; the editor shows the place itself.
  const cut = error.message.indexOf(" at line ");
  const message = (cut > 0 ? error.message.slice(0, cut) : error.message).trim();
  return { path: "", message: `YAML syntax: ${lowerFirst(message)}`, line: start.line, column: start.col };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Problems in the order they appear in the text, each with its line and column. */
function placeProblems(doc: Document, lineCounter: LineCounter, problems: readonly Problem[]): TemplateProblem[] {
  return problems
    .map((problem) => {
      const { line, col } = lineCounter.linePos(offsetOf(doc, problem.path));
      return { path: problem.path, message: problem.message, line, column: col };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Where a dotted path starts in the text. A field points at its key (`owner:`), a list item at
 * its first character; a path that does not exist (a missing field) points at the nearest
 * ancestor that does, which is where the author has to add it.
 */
export function offsetOf(doc: Document, path: string): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  const segments = path === "" ? [] : path.split(".");
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      if (!isNode(item)) break;
      if (item.range) offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
