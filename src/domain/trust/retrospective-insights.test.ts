import { describe, expect, it } from "vitest";
import { insightsByTemplateVersion, RetrospectiveInsight } from "./retrospective-insights";

let counter = 0;
function insight(templateKey: string, templateVersion: number, text: string): RetrospectiveInsight {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
  return RetrospectiveInsight.parse({ id, meetingId: "11111111-1111-4111-8111-111111111111", text, templateKey, templateVersion, recordedAt: "2026-11-20T10:00:00Z" });
}

describe("retrospective insights and template versions", () => {
  const slowKickoff = insight("reseller_welcome", 1, "Kickoff came too late");
  const missingGlossary = insight("reseller_welcome", 2, "Add a glossary step");
  const other = insight("tech_partner", 1, "Shorter security review");
  const orphan = insight("reseller_welcome", 9, "From a deleted version");

  it("shows each version the insights that asked to change it and those it answers", () => {
    const result = insightsByTemplateVersion(
      [
        { templateKey: "reseller_welcome", version: 2 },
        { templateKey: "tech_partner", version: 1 },
        { templateKey: "reseller_welcome", version: 1 },
      ],
      [slowKickoff, missingGlossary, other, orphan],
    );
    expect(result.versions.map((entry) => [entry.templateKey, entry.version, entry.changeRequests.map((i) => i.text), entry.answers.map((i) => i.text)])).toEqual([
      ["reseller_welcome", 1, ["Kickoff came too late"], []],
      ["reseller_welcome", 2, ["Add a glossary step"], ["Kickoff came too late"]],
      ["tech_partner", 1, ["Shorter security review"], []],
    ]);
    expect(result.unmatched).toEqual([orphan]);
  });

  it("refuses an insight that names version 0", () => {
    expect(RetrospectiveInsight.safeParse({ ...slowKickoff, templateVersion: 0 }).error?.issues[0]?.message).toBe("templateVersion: versions start at 1");
  });
});
