import { describe, expect, it } from "vitest";
import { PartnerTypeInput, ProgramInput, ProgramPatch, TrackInput, VersionQuery } from "./schemas";
import { TemplateCreateInput, TemplateDiffQuery, TemplatePublishInput, maxTemplateYamlChars } from "./templates";

describe("program contracts", () => {
  it("takes lowercase dashed program keys and fills an empty description", () => {
    expect(ProgramInput.parse({ key: "partner-program", name: " Partner program " })).toEqual({ key: "partner-program", name: "Partner program", description: "" });
    expect(ProgramInput.safeParse({ key: "Partner Program", name: "x" }).success).toBe(false);
    expect(ProgramInput.safeParse({ key: "2nd-program", name: "x" }).success).toBe(false);
  });

  it("needs the version read for every change, also to delete", () => {
    expect(ProgramPatch.safeParse({ name: "x" }).success).toBe(false);
    expect(VersionQuery.parse({ version: "3" })).toEqual({ version: 3 });
    expect(VersionQuery.safeParse({}).success).toBe(false);
    expect(TrackInput.parse({ version: 1, templateId: null })).toEqual({ version: 1, templateId: null, description: "" });
  });

  it("keeps partner type keys in the form a template's track: names them", () => {
    expect(PartnerTypeInput.parse({ key: "service_bpo", name: "Service" }).key).toBe("service_bpo");
    expect(PartnerTypeInput.safeParse({ key: "service-bpo", name: "Service" }).success).toBe(false);
  });
});

describe("template contracts", () => {
  it("names a first version unless told, and insists on a note for every later one", () => {
    expect(TemplateCreateInput.parse({ key: "reseller-onboarding", yaml: "name: x" }).changeNote).toBe("First version");
    const note = TemplatePublishInput.safeParse({ yaml: "name: x", changeNote: "  ", baseVersion: 1 });
    expect(note.success ? [] : note.error.issues.map((issue) => issue.message)).toEqual(["say what changed in this version"]);
  });

  it("caps the YAML and refuses version 0 in a diff", () => {
    expect(TemplatePublishInput.safeParse({ yaml: "x".repeat(maxTemplateYamlChars + 1), changeNote: "big", baseVersion: 1 }).success).toBe(false);
    expect(TemplateDiffQuery.safeParse({ from: "0", to: "2" }).success).toBe(false);
    expect(TemplateDiffQuery.parse({ from: "1", to: "2" })).toEqual({ from: 1, to: 2 });
  });
});
