import { describe, expect, it } from "vitest";
import { meetingTypes } from "../journeys/template/kinds/meeting";
import { AgendaGuide, agendaGuideFor, MeetingType, startingAgenda } from "./agenda-guides";
import { otherSide } from "./side";

describe("agenda guides", () => {
  it.each(meetingTypes)("gives the %s meeting a purpose, 4–7 agenda items with guidance and what to record", (type) => {
    const guide = agendaGuideFor(type);
    expect(AgendaGuide.parse(guide)).toEqual(guide);
    expect(guide.items.length).toBeGreaterThanOrEqual(4);
    expect(guide.items.length).toBeLessThanOrEqual(7);
  });

  it("starts a resolution meeting's agenda with both perspectives, the agreed action and the lesson", () => {
    expect(startingAgenda("resolution")).toEqual(
      expect.arrayContaining(["The raiser's perspective", "The other perspective", "Agreed action", "Lesson learned"]),
    );
  });

  it("uses the journey engine's meeting types and names them when one is unknown", () => {
    expect(MeetingType.options).toEqual([...meetingTypes]);
    expect(MeetingType.safeParse("standup").error?.issues[0]?.message).toBe(`use one of ${meetingTypes.join(", ")}`);
  });

  it("knows the other side of a partnership", () => {
    expect(otherSide("host")).toBe("partner");
    expect(otherSide("partner")).toBe("host");
  });
});
