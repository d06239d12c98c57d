import { describe, expect, it } from "vitest";
import { defaultCaseStudyTemplate, draftCaseStudy } from "./case-study";

const facts = {
  projectTitle: "Joint webinar on data migration",
  description: "Both teams ran one webinar for shared prospects.",
  hostName: "Acme",
  partnerName: "Nordlicht Consulting",
  hostLead: "Hans Host",
  partnerLead: "Pia Partner",
  journeyStartedAt: new Date("2026-03-10T08:00:00Z"),
  completedAt: new Date("2026-04-02T22:30:00Z"),
  timeZone: "Europe/Berlin",
  outcome: "42 qualified leads.",
  lessons: "",
};

describe("the early-win case study draft", () => {
  it("fills the template with the project's facts, dates on the partner's calendar", () => {
    const { markdown, unknownPlaceholders } = draftCaseStudy(defaultCaseStudyTemplate, facts);
    expect(markdown).toContain("# Joint webinar on data migration: Acme and Nordlicht Consulting");
    expect(markdown).toContain("Hans Host led the work at Acme, Pia Partner at Nordlicht Consulting.");
    // 22:30 UTC on 2 April is already 3 April in Berlin.
    expect(markdown).toContain("Finished on 2026-04-03, 24 days after the partnership began.");
    expect(unknownPlaceholders).toEqual([]);
  });

  it("marks an empty fact for the leads to write", () => {
    expect(draftCaseStudy(defaultCaseStudyTemplate, facts).markdown).toContain("(lessons to be written)");
  });

  it("reports placeholders it cannot fill and leaves them in place", () => {
    expect(draftCaseStudy("Revenue: {{ revenue }} for {{partnerName}}", facts)).toEqual({
      markdown: "Revenue: {{ revenue }} for Nordlicht Consulting",
      unknownPlaceholders: ["revenue"],
    });
  });
});
