import { describe, expect, it } from "vitest";
import { resellerOnboarding } from "./reseller-example.fixture";
import { validateTemplate } from "./validate";

function problemsOf(input: unknown) {
  const result = validateTemplate(input);
  if (result.ok) throw new Error("expected the template to be refused");
  return result.problems;
}

describe("validateTemplate", () => {
  it("accepts a realistic reseller onboarding and fills in the defaults", () => {
    const result = validateTemplate(resellerOnboarding());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const kickoff = result.template.phases[0]?.steps[0];
    expect(kickoff).toMatchObject({ key: "kickoff", visibility: "shared", required: false, dependsOn: [] });
  });
});
