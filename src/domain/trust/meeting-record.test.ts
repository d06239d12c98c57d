import { describe, expect, it } from "vitest";
import { actionItemSteps, MeetingRecordFor } from "./meeting-record";

const endsAt = new Date("2026-11-26T15:00:00Z");
const Record = MeetingRecordFor(endsAt);
const itemId = "0b7f8a4e-8c1d-4a57-9a52-3f1f0e6f2a11";
const item = { id: itemId, title: "Share the price list", owner: { side: "partner", userId: "u-pia" }, dueAt: "2026-11-30T17:00:00Z" };

function messages(input: unknown): string[] {
  const parsed = Record.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("a meeting record", () => {
  it("keeps notes, decisions and action items and defaults what is left out", () => {
    expect(Record.parse({})).toEqual({ notes: "", decisions: [], actionItems: [] });
    expect(Record.parse({ notes: " Went well ", decisions: ["Monthly check-ins"], actionItems: [item] }).notes).toBe("Went well");
  });

  it("refuses an action item without an owner", () => {
    const { owner: _owner, ...withoutOwner } = item;
    expect(messages({ actionItems: [withoutOwner] })).toEqual(["actionItems.0.owner: every action item needs an owner (side and person)"]);
    expect(messages({ actionItems: [{ ...item, owner: "pia" }] })).toEqual(["actionItems.0.owner: owner must be a side and a person"]);
    expect(messages({ actionItems: [{ ...item, owner: { side: "partner", userId: " " } }] })).toEqual(["actionItems.0.owner.userId: name the person (a user id)"]);
  });

  it("refuses an action item due before the meeting ends, naming it", () => {
    expect(messages({ actionItems: [{ ...item, dueAt: "2026-11-26T14:59:59Z" }] })).toEqual([
      'actionItems.0.dueAt: "Share the price list" is due before the meeting ends (2026-11-26T15:00:00.000Z); pick a later date',
    ]);
  });

  it("accepts an action item due the moment the meeting ends", () => {
    expect(messages({ actionItems: [{ ...item, dueAt: "2026-11-26T15:00:00Z" }] })).toEqual([]);
  });

  it("refuses two action items with the same id", () => {
    expect(messages({ actionItems: [item, item] })).toEqual(["actionItems: each action item needs its own id"]);
  });

  it("turns each action item into one journey step with a stable key", () => {
    const steps = actionItemSteps("m-1", Record.parse({ actionItems: [item] }));
    expect(steps).toEqual([
      { sourceKey: `meeting:m-1:action:${itemId}`, title: "Share the price list", ownerSide: "partner", ownerUserId: "u-pia", dueAt: new Date("2026-11-30T17:00:00Z") },
    ]);
  });
});
