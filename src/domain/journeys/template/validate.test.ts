import { describe, expect, it } from "vitest";
import { resellerOnboarding, type RawStep, type RawTemplate } from "./reseller-example.fixture";
import { validateTemplate } from "./validate";


function problemsOf(input: unknown) {
  const result = validateTemplate(input);
  if (result.ok) throw new Error("expected the template to be refused");
  return result.problems;
}

/** The reseller template with one step changed by `edit` (found by key). */
function withStep(key: string, edit: (step: RawStep) => void): RawTemplate {
  const template = resellerOnboarding();
  const step = template.phases.flatMap((phase) => phase.steps).find((candidate) => candidate.key === key);
  if (!step) throw new Error(`no step ${key} in the fixture`);
  edit(step);
  return template;
}

/** A one-phase template of plain tasks, each `[key, dependsOn]`, to build dependency shapes. */
function tasks(...steps: [string, string[]][]) {
  return {
    name: "Tasks",
    description: "Only tasks.",
    phases: [
      {
        key: "only",
        name: "Only",
        steps: steps.map(([key, dependsOn]) => ({ key, title: key, kind: "task", owner: "host:manager", due: { after: "start", days: 1 }, dependsOn })),
      },
    ],
  };
}

describe("validateTemplate", () => {
  it("accepts a realistic reseller onboarding and fills in the defaults", () => {
    const result = validateTemplate(resellerOnboarding());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const kickoff = result.template.phases[0]?.steps[0];
    expect(kickoff).toMatchObject({ key: "kickoff", visibility: "shared", required: false, dependsOn: [] });
  });

  describe("shape errors, one per field, with paths a person can follow", () => {
    it("says which field is missing", () => {
      const template = withStep("kickoff", (step) => delete step.title);
      expect(problemsOf(template)).toEqual([{ path: "phases.0.steps.0.title", message: "is missing" }]);
    });

    it("points at an unknown field itself", () => {
      const template = withStep("kickoff", (step) => (step.dependOn = ["x"]));
      expect(problemsOf(template)).toEqual([
        { path: "phases.0.steps.0.dependOn", message: '"dependOn" is not a field here; check its spelling or remove it' },
      ]);
    });

    it("names the expected type and what it got", () => {
      const template = withStep("kickoff", (step) => (step.durationMinutes = "45"));
      expect(problemsOf(template)).toEqual([{ path: "phases.0.steps.0.durationMinutes", message: 'must be a number, not the text "45"' }]);
      expect(problemsOf({ ...resellerOnboarding(), phases: {} })).toEqual([{ path: "phases", message: "must be an array, not a mapping" }]);
      expect(problemsOf(null)).toEqual([{ path: "", message: "must be an object, not null" }]);
      expect(problemsOf({ ...resellerOnboarding(), name: 7 })).toEqual([{ path: "name", message: "must be a string, not number 7" }]);
      expect(problemsOf({ ...resellerOnboarding(), name: ["a"] })).toEqual([{ path: "name", message: "must be a string, not a list" }]);
    });

    it("says so when a step is not a mapping at all, and shortens long text", () => {
      const template = resellerOnboarding();
      Object.assign(template.phases[0] ?? {}, { steps: ["Call the partner and say hello to everybody in the team"] });
      expect(problemsOf(template)).toEqual([{ path: "phases.0.steps.0", message: 'must be an object, not the text "Call the partner and say hello to everyb…"' }]);
      expect(problemsOf({ ...resellerOnboarding(), name: true })).toEqual([{ path: "name", message: "must be a string, not boolean true" }]);
    });

    it("lists the step kinds when the kind is unknown", () => {
      const template = withStep("kickoff", (step) => (step.kind = "training"));
      expect(problemsOf(template)).toEqual([
        {
          path: "phases.0.steps.0.kind",
          message: "use one of the step kinds: task, approval_gate, upload_request, form, document_acknowledgement, milestone, meeting",
        },
      ]);
    });

    it("lists the owner roles when the owner is unknown", () => {
      const template = withStep("kickoff", (step) => (step.owner = "manager"));
      expect(problemsOf(template)).toEqual([
        { path: "phases.0.steps.0.owner", message: "use one of host:manager, host:admin, host:owner, partner:admin, partner:member" },
      ]);
    });

    it("explains the accepted due rules when none comes close", () => {
      const template = withStep("kickoff", (step) => (step.due = { after: "start" }));
      expect(problemsOf(template)).toEqual([{ path: "phases.0.steps.0.due", message: expect.stringContaining("due needs after: start") }]);
    });

    it("reports the value at fault when the due rule's shape is right", () => {
      const template = withStep("kickoff", (step) => (step.due = { after: "step", step: "Kick Off", days: -1 }));
      expect(problemsOf(template)).toEqual([
        { path: "phases.0.steps.0.due.step", message: expect.stringContaining("use a lowercase key") },
        { path: "phases.0.steps.0.due.days", message: expect.stringContaining(">=0") },
      ]);
    });

    it("explains a repeat whose interval has no unit", () => {
      const template = withStep("weekly_check_in", (step) => (step.due = { after: "start", days: 14, repeat: { every: {}, until: "first_deal" } }));
      expect(problemsOf(template)).toEqual([
        { path: "phases.1.steps.3.due", message: expect.stringContaining("due needs after: start") },
      ]);
    });
  });

  describe("keys", () => {
    it("refuses a step key used twice, pointing at the second one and the first", () => {
      const template = withStep("credit_check", (step) => (step.key = "kickoff"));
      expect(problemsOf(template)).toContainEqual({
        path: "phases.1.steps.1.key",
        message: 'the step key "kickoff" is already used at phases.0.steps.0; step keys must be unique across the template',
      });
    });

    it("refuses a phase key used twice", () => {
      const template = resellerOnboarding();
      const second = template.phases[1];
      if (second) second.key = "welcome";
      expect(problemsOf(template)).toEqual([{ path: "phases.1.key", message: 'the phase key "welcome" is already used at phases.0' }]);
    });
  });

  describe("references to steps", () => {
    it("names a dependency on a missing step and suggests a near key", () => {
      const template = withStep("plan_approved", (step) => (step.dependsOn = ["credit_check", "partner_profil"]));
      expect(problemsOf(template)).toEqual([
        { path: "phases.1.steps.2.dependsOn.1", message: 'no step has the key "partner_profil"; did you mean "partner_profile"?' },
      ]);
    });

    it("names a due rule counting from a missing step", () => {
      const template = withStep("credit_check", (step) => (step.due = { after: "step", step: "nothing_like_it", days: 1 }));
      expect(problemsOf(template)).toEqual([{ path: "phases.1.steps.1.due.step", message: 'no step has the key "nothing_like_it"' }]);
    });

    it("names a repeat that runs until a missing step", () => {
      const template = withStep("weekly_check_in", (step) => (step.due = { after: "start", days: 14, repeat: { every: { days: 7 }, until: "first_sale" } }));
      expect(problemsOf(template)).toEqual([{ path: "phases.1.steps.3.due.repeat.until", message: 'no step has the key "first_sale"' }]);
    });

    it("names an entry step that does not exist", () => {
      const template = resellerOnboarding();
      const last = template.phases[2];
      if (last) last.entry = ["plan_aproved"];
      expect(problemsOf(template)).toEqual([{ path: "phases.2.entry.0", message: 'no step has the key "plan_aproved"; did you mean "plan_approved"?' }]);
    });

    it("refuses entry steps of the phase itself or a later one, which would keep it shut", () => {
      const template = resellerOnboarding();
      const middle = template.phases[1];
      if (middle) middle.entry = ["kickoff", "credit_check", "first_deal"];
      expect(problemsOf(template)).toEqual([
        { path: "phases.1.entry.1", message: '"credit_check" is in this phase, so this phase could never open; name steps of earlier phases' },
        { path: "phases.1.entry.2", message: '"first_deal" is in a later phase, so this phase could never open; name steps of earlier phases' },
      ]);
    });

    it("refuses entry steps on the first phase, which opens at the start", () => {
      const template = resellerOnboarding();
      const first = template.phases[0];
      if (first) first.entry = ["kickoff"];
      expect(problemsOf(template)).toEqual([{ path: "phases.0.entry", message: "the first phase opens when the journey starts; remove its entry steps" }]);
    });

    it("refuses a dependency on a step of a later phase", () => {
      const template = withStep("kickoff", (step) => (step.dependsOn = ["tax_documents"]));
      expect(problemsOf(template)).toEqual([
        {
          path: "phases.0.steps.0.dependsOn.0",
          message: '"tax_documents" belongs to the later phase "enablement", which opens only after this one; move one of the two steps or drop the dependency',
        },
      ]);
    });

    it("allows a shared step to depend on an internal one", () => {
      // plan_approved (shared) already depends on credit_check (internal) in the fixture.
      expect(validateTemplate(resellerOnboarding()).ok).toBe(true);
    });
  });

  describe("cycles", () => {
    it("finds a step that depends on itself", () => {
      expect(problemsOf(tasks(["a", ["a"]]))).toEqual([
        { path: "phases.0.steps.0.dependsOn.0", message: "these steps wait for each other in a cycle: a → a; none of them could ever start or fall due, so remove one of the links" },
      ]);
    });

    it("names the step whose dependency closes a cycle of two", () => {
      expect(problemsOf(tasks(["a", ["b"]], ["b", ["a"]]))).toEqual([
        { path: "phases.0.steps.1.dependsOn.0", message: expect.stringContaining("a → b → a") },
      ]);
    });

    it("names the step whose dependency closes a cycle of four, ignoring steps outside it", () => {
      const template = tasks(["start_here", []], ["a", ["start_here", "b"]], ["b", ["c"]], ["c", ["d"]], ["d", ["a"]]);
      expect(problemsOf(template)).toEqual([{ path: "phases.0.steps.4.dependsOn.0", message: expect.stringContaining("a → b → c → d → a") }]);
    });

    it("finds a cycle that runs through a due rule", () => {
      const template = withStep("kickoff", (step) => {
        step.dependsOn = ["partner_profile"];
      });
      // partner_profile is due after kickoff and depends on it; kickoff now waits for partner_profile.
      expect(problemsOf(template)).toEqual([{ path: "phases.0.steps.1.dependsOn.0", message: expect.stringContaining("kickoff → partner_profile → kickoff") }]);
      const dueOnly = withStep("partner_profile", (step) => (step.dependsOn = []));
      const kickoff = dueOnly.phases[0]?.steps[0];
      if (kickoff) kickoff.due = { after: "step", step: "partner_profile", days: 1 };
      expect(problemsOf(dueOnly)).toEqual([{ path: "phases.0.steps.1.due.step", message: expect.stringContaining("kickoff → partner_profile → kickoff") }]);
    });

    it("accepts a diamond, which is no cycle", () => {
      expect(validateTemplate(tasks(["a", []], ["b", ["a"]], ["c", ["a"]], ["d", ["b", "c"]])).ok).toBe(true);
    });
  });

  describe("visibility", () => {
    it("refuses a partner owner on an internal step", () => {
      const template = withStep("credit_check", (step) => (step.owner = "partner:member"));
      expect(problemsOf(template)).toEqual([
        {
          path: "phases.1.steps.1.owner",
          message: "partner:member cannot own an internal step (partner users never see internal steps); make it shared or give it to a host role",
        },
      ]);
    });

    it("refuses a partner approver on an internal gate", () => {
      const template = withStep("plan_approved", (step) => {
        step.visibility = "internal";
        step.approver = "partner:admin";
      });
      expect(problemsOf(template)).toEqual([{ path: "phases.1.steps.2.approver", message: expect.stringContaining("partner:admin cannot approve an internal step") }]);
    });
  });

  it("reports every problem at once", () => {
    const template = withStep("credit_check", (step) => {
      step.owner = "partner:admin";
      step.dependsOn = ["credit_check", "missing_step"];
    });
    expect(problemsOf(template).map((problem) => problem.path).sort()).toEqual([
      "phases.1.steps.1.dependsOn.0",
      "phases.1.steps.1.dependsOn.1",
      "phases.1.steps.1.owner",
    ]);
  });
});
