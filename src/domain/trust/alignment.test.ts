import { describe, expect, it } from "vitest";
import type { Party } from "./side";
import { AlignmentContent, AlignmentEdit, applyAlignmentEdit, emptyAlignmentRecord, PreferencesSurvey } from "./alignment";

const pia: Party = { side: "partner", userId: "u-pia" };
const hans: Party = { side: "host", userId: "u-hans" };
const monday = new Date("2026-11-30T09:00:00Z");

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
}

describe("the preferences survey", () => {
  const answers = { meetingFrequency: "every_two_weeks", timeZone: "america/sao_paulo", learningStyle: "hands_on", preferredChannel: "chat" };

  it("accepts the four preferences and stores the zone in its canonical spelling", () => {
    expect(PreferencesSurvey.parse(answers).timeZone).toBe("America/Sao_Paulo");
  });

  it("refuses a time zone that is not an IANA zone", () => {
    expect(messages(PreferencesSurvey.safeParse({ ...answers, timeZone: "CEST+1" }))).toEqual(["timeZone: must be an IANA time zone such as Europe/Berlin"]);
  });

  it("names the accepted values of a wrong choice", () => {
    expect(messages(PreferencesSurvey.safeParse({ ...answers, learningStyle: "osmosis" }))).toEqual([
      "learningStyle: use reading, video, live_session or hands_on",
    ]);
  });
});

describe("the alignment record", () => {
  const first = AlignmentEdit.parse({ versionRead: 0, changes: { topObjectives: ["Enter the Nordic market"], timeZones: ["Europe/Oslo"] } });

  it("records who changed which fields, with before and after", () => {
    const result = applyAlignmentEdit(emptyAlignmentRecord(), first, pia, monday);
    expect(result).toEqual({
      kind: "applied",
      record: { version: 1, content: { ...emptyAlignmentRecord().content, topObjectives: ["Enter the Nordic market"], timeZones: ["Europe/Oslo"] } },
      change: {
        version: 1,
        by: pia,
        at: monday,
        fields: [
          { field: "topObjectives", from: [], to: ["Enter the Nordic market"] },
          { field: "timeZones", from: [], to: ["Europe/Oslo"] },
        ],
      },
    });
  });

  it("lets the other side edit next and keeps both entries in the history", () => {
    const one = applyAlignmentEdit(emptyAlignmentRecord(), first, pia, monday);
    if (one.kind !== "applied") throw new Error("expected the first edit to apply");
    const two = applyAlignmentEdit(one.record, AlignmentEdit.parse({ versionRead: 1, changes: { concerns: ["Lead sharing"] } }), hans, monday);
    expect(two.kind === "applied" && [one.change, two.change].map((change) => [change.version, change.by.side, change.fields.map((f) => f.field)])).toEqual([
      [1, "partner", ["topObjectives", "timeZones"]],
      [2, "host", ["concerns"]],
    ]);
  });

  it("answers an edit made on a stale version with a conflict instead of overwriting", () => {
    const one = applyAlignmentEdit(emptyAlignmentRecord(), first, pia, monday);
    if (one.kind !== "applied") throw new Error("expected the first edit to apply");
    const stale = applyAlignmentEdit(one.record, AlignmentEdit.parse({ versionRead: 0, changes: { concerns: ["Pricing"] } }), hans, monday);
    expect(stale).toEqual({
      kind: "conflict",
      currentVersion: 1,
      message: "the alignment record changed since you opened it (you read version 0, it is now 1); reload and apply your edit again",
    });
  });

  it("keeps the version when an edit changes nothing", () => {
    const record = emptyAlignmentRecord();
    expect(applyAlignmentEdit(record, AlignmentEdit.parse({ versionRead: 0, changes: { concerns: [] } }), hans, monday)).toEqual({ kind: "unchanged", record });
  });

  it("accepts a full record and refuses a sixth top objective", () => {
    const content = { ...emptyAlignmentRecord().content, topObjectives: ["a", "b", "c", "d", "e", "f"] };
    expect(messages(AlignmentContent.safeParse(content))).toEqual(["topObjectives: at most 5 top objectives"]);
  });

  it("refuses an edit without changes", () => {
    expect(messages(AlignmentEdit.safeParse({ versionRead: 0, changes: {} }))).toEqual(["changes: change at least one field"]);
  });
});
