import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import type { JourneyTemplate } from "../../../../domain/journeys/template";
import type { TemplateProblem } from "../../../../domain/programs/templates";
import { validateYaml } from "../api";

interface Checked {
  /** The YAML these results belong to. */
  yaml: string;
  problems: TemplateProblem[];
  /** The newest template that validated, for the outline (kept while the author fixes a problem). */
  lastValid: JourneyTemplate;
  valid: boolean;
}

export interface TemplateValidationState {
  /** The text changed since the last answer; a check is pending or running. */
  checking: boolean;
  problems: TemplateProblem[];
  outline: JourneyTemplate;
  /** The outline shows an earlier text because the current one has problems. */
  outlineStale: boolean;
  error: unknown;
}

/**
 * Asks the server to check the YAML once the author pauses (400 ms), dropping answers to text
 * that has changed since. Starts from a published version, which is valid by construction.
 */
export function useTemplateValidation(ws: string, yaml: string, published: { yaml: string; document: JourneyTemplate }): TemplateValidationState {
  const [checked, setChecked] = useState<Checked>({ yaml: published.yaml, problems: [], lastValid: published.document, valid: true });
  const [error, setError] = useState<unknown>(null);
  const [settled] = useDebouncedValue(yaml, 400);

  useEffect(() => {
    if (settled === checked.yaml) return;
    const controller = new AbortController();
    validateYaml(ws, settled, controller.signal)
      .then((result) => {
        setError(null);
        setChecked((previous) => ({ yaml: settled, problems: result.problems, lastValid: result.template ?? previous.lastValid, valid: result.ok }));
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      });
    return () => controller.abort();
  }, [ws, settled, checked.yaml]);

  return { checking: yaml !== checked.yaml, problems: checked.problems, outline: checked.lastValid, outlineStale: !checked.valid, error };
}
