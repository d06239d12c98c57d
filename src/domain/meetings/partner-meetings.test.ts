import { describe, expect, it } from "vitest";
import { EditPartnerMeetingInput, RecordMeetingInput, SchedulePartnerMeetingInput } from "./partner-meetings";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("scheduling a partner meeting", () => {
  const valid = { kind: "alignment", title: "Alignment", startsAt: "2026-05-04T10:00:00Z", attendeeUserIds: ["u1", "u2"] };

  it("defaults to an hour and leaves the agenda to the kind's guide", () => {
    const parsed = SchedulePartnerMeetingInput.parse(valid);
    expect(parsed.durationMinutes).toBe(60);
    expect(parsed.agenda).toBeUndefined();
  });

  it("names each wrong field: kind, time, duration, nobody or someone twice invited", () => {
    expect(paths(SchedulePartnerMeetingInput.safeParse({ ...valid, kind: "lunch" }))).toEqual(["kind"]);
    expect(paths(SchedulePartnerMeetingInput.safeParse({ ...valid, startsAt: "tomorrow" }))).toEqual(["startsAt"]);
    expect(paths(SchedulePartnerMeetingInput.safeParse({ ...valid, durationMinutes: 2 }))).toEqual(["durationMinutes"]);
    expect(paths(SchedulePartnerMeetingInput.safeParse({ ...valid, attendeeUserIds: [] }))).toEqual(["attendeeUserIds"]);
    expect(paths(SchedulePartnerMeetingInput.safeParse({ ...valid, attendeeUserIds: ["u1", "u1"] }))).toEqual(["attendeeUserIds"]);
    expect(paths(SchedulePartnerMeetingInput.safeParse({ ...valid, organizer: "me" }))).toEqual([""]);
  });
});

describe("changing and recording a meeting", () => {
  it("needs the version read", () => {
    expect(paths(EditPartnerMeetingInput.safeParse({ title: "New" }))).toEqual(["version"]);
    expect(EditPartnerMeetingInput.parse({ version: 2, location: null }).location).toBeNull();
  });

  it("marks held by default, keeps internal notes out unless sent, and checks each action item", () => {
    const parsed = RecordMeetingInput.parse({ version: 1 });
    expect(parsed).toEqual({ version: 1, held: true, notes: "", decisions: [], actionItems: [] });
    const item = { id: "0195f000-0000-7000-8000-000000000001", title: "Send the list", owner: { side: "partner", userId: "u2" }, dueAt: "2026-05-08T16:00:00Z" };
    expect(RecordMeetingInput.parse({ version: 1, actionItems: [item] }).actionItems).toHaveLength(1);
    expect(paths(RecordMeetingInput.safeParse({ version: 1, actionItems: [{ ...item, owner: { side: "vendor", userId: "u2" } }] }))).toEqual(["actionItems.0.owner.side"]);
    expect(paths(RecordMeetingInput.safeParse({ version: 1, actionItems: [{ ...item, title: " " }] }))).toEqual(["actionItems.0.title"]);
  });
});
