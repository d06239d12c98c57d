/** English strings of the relationship tab, the portal's pages and navigation (issue 6). */
export const relationshipEn = {
  tab: "Relationship",
  meetingsTab: "Meetings",
  nav: {
    health: "Health",
    surveys: "Surveys",
  },
  portalNav: {
    label: "Portal pages",
    home: "Home",
    journey: "Journey",
    meetings: "Meetings",
    relationship: "Relationship",
    surveys: "Surveys",
  },
  page: {
    portalTitle: "Our relationship",
    portalDescription: "What we agreed with {{workspace}}, our first win together, how misunderstandings were resolved and how both sides rate the partnership.",
  },
} as const;
