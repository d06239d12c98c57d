import { defaultKeymap, history, historyKeymap, indentWithTab, simplifySelection, temporarilySetTabFocusMode } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Compartment, EditorState, Prec, type Text } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { useEffect, useRef, type RefObject } from "react";
import type { TemplateProblem } from "../../../../domain/programs/templates";

/*
 * The YAML editor (CodeMirror 6). This file is the only one that imports CodeMirror and is loaded
 * with React.lazy, so the editor's ~150 KB stay out of the first page load.
 */

export interface YamlEditorHandle {
  /** Puts the cursor at a 1-based line and column, scrolls there and focuses the editor. */
  goTo(line: number, column: number): void;
}

interface YamlEditorProps {
  value: string;
  onChange: (value: string) => void;
  problems: readonly TemplateProblem[];
  readOnly: boolean;
  labelledBy: string;
  describedBy: string;
  handleRef: RefObject<YamlEditorHandle | null>;
}

/** A problem's place as a range CodeMirror can underline: from its column to the end of its line. */
function diagnosticsOf(doc: Text, problems: readonly TemplateProblem[]): Diagnostic[] {
  return problems.map((problem) => {
    const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
    const from = line.from + Math.min(Math.max(problem.column - 1, 0), line.length);
    const to = line.to > from ? line.to : Math.min(from + 1, doc.length);
    return { from, to, severity: "error", message: problem.path ? `${problem.path}: ${problem.message}` : problem.message };
  });
}

/** Escape first, then Tab leaves the editor (Tab itself indents, as authors of YAML expect). */
const escapeThenTab = Prec.highest(
  keymap.of([
    {
      key: "Escape",
      run: (view) => {
        simplifySelection(view);
        return temporarilySetTabFocusMode(view);
      },
    },
  ]),
);

const theme = EditorView.theme({
  "&": { fontSize: "13px", border: "1px solid var(--mantine-color-gray-4)", borderRadius: "6px", backgroundColor: "white" },
  "&.cm-focused": { outline: "2px solid var(--mantine-color-indigo-8)", outlineOffset: "1px" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", minHeight: "420px", maxHeight: "70vh" },
  ".cm-gutters": { backgroundColor: "var(--mantine-color-gray-0)", color: "#4a5058" },
});

export function YamlEditor({ value, onChange, problems, readOnly, labelledBy, describedBy, handleRef }: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const editable = useRef(new Compartment());
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          yaml(),
          lintGutter(),
          escapeThenTab,
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          theme,
          // tabindex: a read-only editor stays reachable by keyboard (and axe sees the scroller's focusable content).
          EditorView.contentAttributes.of({ "aria-labelledby": labelledBy, "aria-describedby": describedBy, "aria-multiline": "true", spellcheck: "false", tabindex: "0" }),
          editable.current.of(EditorState.readOnly.of(readOnly)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    handleRef.current = {
      goTo(line, column) {
        const doc = created.state.doc;
        const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
        const anchor = target.from + Math.min(Math.max(column - 1, 0), target.length);
        created.dispatch({ selection: { anchor }, effects: EditorView.scrollIntoView(anchor, { y: "center" }) });
        created.focus();
      },
    };
    return () => {
      handleRef.current = null;
      view.current = null;
      created.destroy();
    };
    // Built once; later changes of the props below are applied by the effects that follow.
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const current = view.current;
    if (current) current.dispatch(setDiagnostics(current.state, diagnosticsOf(current.state.doc, problems)));
  }, [problems]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure(EditorState.readOnly.of(readOnly)) });
  }, [readOnly]);

  return <div ref={host} />;
}
