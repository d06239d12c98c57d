import { describe, expect, it } from "vitest";
import { resellerOnboarding } from "./reseller-example.fixture";
import { maxStepsPerTemplate, templateJsonSchema } from "./schema";
import { validateTemplate } from "./validate";

describe("the template schema", () => {
  it("caps the number of steps in a whole template", () => {
    const step = (index: number) => ({ key: `s${index}`, title: "Step", kind: "task", owner: "host:manager", due: { after: "start", days: 1 } });
    const phases = Array.from({ length: 6 }, (_, phase) => ({
      key: `p${phase}`,
      name: "Phase",
      steps: Array.from({ length: 200 }, (_, index) => step(phase * 200 + index)),
    }));
    const result = validateTemplate({ ...resellerOnboarding(), phases });
    expect(result).toEqual({ ok: false, problems: [{ path: "phases", message: `at most ${maxStepsPerTemplate} steps in a template` }] });
  });

  it("exports a JSON Schema for the editor that knows every step kind and refuses unknown fields", () => {
    const schema = JSON.stringify(templateJsonSchema());
    for (const kind of ["task", "approval_gate", "upload_request", "form", "document_acknowledgement", "milestone", "meeting"]) {
      expect(schema).toContain(`"const":"${kind}"`);
    }
    expect(schema).toContain('"additionalProperties":false');
  });
});
