import { describe, expect, it } from "vitest";
import { defaultMeetingEveryDays, meetingEveryDaysOf, reviewRating, sideOfOwnerRole } from "./sources";

describe("how stored facts become the health history", () => {
  it("reads the meeting rhythm from the preferences survey, else two weeks", () => {
    expect(meetingEveryDaysOf("weekly")).toBe(7);
    expect(meetingEveryDaysOf("every_two_weeks")).toBe(14);
    expect(meetingEveryDaysOf("monthly")).toBe(30);
    expect(meetingEveryDaysOf("quarterly")).toBe(91);
    expect(meetingEveryDaysOf(null)).toBe(defaultMeetingEveryDays);
    expect(meetingEveryDaysOf(undefined)).toBe(14);
    expect(meetingEveryDaysOf("whenever")).toBe(14);
    expect(meetingEveryDaysOf("toString")).toBe(14);
  });

  it("rates a review by the weaker of trust and satisfaction, so a fall in either shows", () => {
    expect(reviewRating(8, 5)).toBe(5);
    expect(reviewRating(3, 9)).toBe(3);
    expect(reviewRating(7, 7)).toBe(7);
  });

  it("gives a step to the side its owner role names", () => {
    expect(sideOfOwnerRole("partner:admin")).toBe("partner");
    expect(sideOfOwnerRole("partner:member")).toBe("partner");
    expect(sideOfOwnerRole("host:manager")).toBe("host");
    expect(sideOfOwnerRole("host:owner")).toBe("host");
  });
});
