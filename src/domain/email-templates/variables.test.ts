import { describe, expect, it } from "vitest";
import { builtInTemplates } from "./builtins";
import { builtInTemplateKeys, commonVariables, completeValues, exampleValues, groupValues, isBuiltInTemplateKey, unknownVariables, variablesFor } from "./variables";

describe("the variable catalogue", () => {
  it("gives every template the common variables and a built-in its extras", () => {
    const names = (key: string) => variablesFor(key).map((variable) => variable.name);
    expect(names("my-own-template")).toEqual(commonVariables.map((variable) => variable.name));
    expect(names("interview-invitation")).toEqual(expect.arrayContaining(["partner.name", "interview.when", "interview.stage", "interview.location"]));
    expect(names("decision-no")).toContain("decision.reason");
    expect(names("welcome")).not.toContain("decision.reason");
  });

  it("tells built-in keys from a workspace's own", () => {
    expect(isBuiltInTemplateKey("welcome")).toBe(true);
    expect(isBuiltInTemplateKey("welcome-2")).toBe(false);
  });

  it("ships a named subject and body for every built-in key", () => {
    for (const key of builtInTemplateKeys) {
      expect(builtInTemplates[key].name).not.toBe("");
      expect(builtInTemplates[key].body).toContain("{{ contact.name }}");
    }
  });

  it("groups dotted names the way Liquid reads them", () => {
    expect(groupValues([["partner.name", "A"], ["partner.website", "w"], ["flat", "x"]])).toEqual({ partner: { name: "A", website: "w" }, flat: { "": "x" } });
    expect(exampleValues("decision-yes")["decision"]?.["reason"]).toBeTruthy();
  });

  it("completes the values with empty text for what was not given and drops what the key does not know", () => {
    const values = completeValues("interview-invitation", { interview: { when: "Monday" }, partner: { name: "A", secret: "s" }, other: { x: "y" } });
    expect(values["interview"]).toEqual({ when: "Monday", stage: "", location: "" });
    expect(values["partner"]).toEqual({ name: "A", website: "" });
    expect(values["other"]).toBeUndefined();
  });
});

describe("checking a template against the catalogue", () => {
  it("accepts known variables", () => {
    expect(unknownVariables("decision-yes", "body", [{ name: "decision.reason", line: 3 }, { name: "partner.name", line: 1 }])).toEqual([]);
  });

  it("names each unknown variable with its field and line", () => {
    const problems = unknownVariables("welcome", "body", [{ name: "partner.nme", line: 4 }, { name: "decision.reason", line: 7 }]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toEqual({ path: "body", message: expect.stringContaining('Unknown variable "partner.nme" on line 4 of the body') });
    expect(problems[1]?.message).toContain('"decision.reason" on line 7');
    expect(problems[0]?.message).toContain("partner.name");
  });

  it("rejects a whole group printed as one value", () => {
    expect(unknownVariables("welcome", "subject", [{ name: "partner", line: 1 }])[0]?.path).toBe("subject");
  });
});
