import { describe, expect, it } from "vitest";
import { diffTemplates, isEmptyDiff, sameValue } from "./diff";
import { resellerOnboarding, type RawTemplate } from "./reseller-example.fixture";
import type { JourneyTemplate } from "./schema";
import { validateTemplate } from "./validate";

function valid(raw: RawTemplate): JourneyTemplate {
  const result = validateTemplate(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.template;
}

function edited(edit: (template: RawTemplate) => void): JourneyTemplate {
  const raw = resellerOnboarding();
  edit(raw);
  return valid(raw);
}

const before = valid(resellerOnboarding());

describe("diffTemplates", () => {
  it("finds nothing between a template and itself, even with defaults written out", () => {
    const same = edited((raw) => {
      const kickoff = raw.phases[0]?.steps[0];
      if (kickoff) Object.assign(kickoff, { dependsOn: [], visibility: "shared", required: false });
    });
    expect(isEmptyDiff(diffTemplates(before, same))).toBe(true);
  });

  it("reports an added step with its phase", () => {
    const after = edited((raw) => {
      raw.phases[1]?.steps.push({ key: "portal_tour", title: "Tour of the partner portal", kind: "task", owner: "partner:member", due: { after: "start", days: 10 } });
    });
    const diff = diffTemplates(before, after);
    expect(diff.added).toEqual([{ key: "portal_tour", title: "Tour of the partner portal", phase: "enablement" }]);
    expect(diff.removed).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it("reports a removed step with the phase it was in", () => {
    const after = edited((raw) => {
      const welcome = raw.phases[0];
      if (welcome) welcome.steps = welcome.steps.filter((step) => step.key !== "code_of_conduct");
    });
    expect(diffTemplates(before, after).removed).toEqual([{ key: "code_of_conduct", title: "Read and accept the partner code of conduct", phase: "welcome" }]);
  });

  it("names the fields that changed in a kept step", () => {
    const after = edited((raw) => {
      const upload = raw.phases[1]?.steps[0];
      if (upload) Object.assign(upload, { maxSizeMb: 20, due: { after: "start", businessDays: 10 }, visibility: "shared" });
    });
    expect(diffTemplates(before, after).changed).toEqual([
      { key: "tax_documents", title: "Upload your VAT registration", phase: "enablement", fields: ["due", "maxSizeMb"] },
    ]);
  });

  it("reports a step moved to another phase, and whether it also changed", () => {
    const after = edited((raw) => {
      const [welcome, enablement] = raw.phases;
      const conduct = welcome?.steps.pop();
      if (!welcome || !enablement || !conduct) throw new Error("fixture changed");
      enablement.steps.unshift({ ...conduct, title: "Accept the code of conduct" });
    });
    const diff = diffTemplates(before, after);
    expect(diff.moved).toEqual([{ key: "code_of_conduct", title: "Accept the code of conduct", phase: "enablement", from: "welcome" }]);
    expect(diff.changed).toEqual([{ key: "code_of_conduct", title: "Accept the code of conduct", phase: "enablement", fields: ["title"] }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it("reports a changed kind together with the kind fields that came and went", () => {
    const after = edited((raw) => {
      const deal = raw.phases[2]?.steps[0];
      if (deal) raw.phases[2] = { ...raw.phases[2], key: "first_results", steps: [{ key: deal.key, title: "First deal approved", kind: "task", owner: "partner:admin", due: { after: "start", days: 90 } }] };
    });
    expect(diffTemplates(before, after).changed).toEqual([{ key: "first_deal", title: "First deal approved", phase: "first_results", fields: ["completedBy", "kind"] }]);
  });

  it("reports phases added, removed and changed, and the template's own fields", () => {
    const after = edited((raw) => {
      raw.name = "Reseller onboarding, 2027";
      const [welcome, enablement, results] = raw.phases;
      if (!welcome || !enablement || !results) throw new Error("fixture changed");
      raw.phases = [{ ...welcome, name: "Hello" }, { ...enablement, key: "training", steps: enablement.steps }, { ...results, entry: ["credit_check"] }];
    });
    const diff = diffTemplates(before, after);
    expect(diff.template).toEqual(["name"]);
    expect(diff.phases).toEqual({ added: ["training"], removed: ["enablement"], changed: [{ key: "welcome", fields: ["name"] }, { key: "first_results", fields: ["entry"] }] });
    expect(diff.moved.map((step) => step.key)).toEqual(["tax_documents", "credit_check", "plan_approved", "weekly_check_in"]);
  });
});

describe("sameValue", () => {
  it("compares plain values structurally, ignoring key order", () => {
    expect(sameValue({ a: [1, { b: 2 }], c: "x" }, { c: "x", a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
