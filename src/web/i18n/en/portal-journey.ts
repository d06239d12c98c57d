/** English strings of the portalJourney screens (issue 4); en.ts mounts them under "portalJourney". */
export const portalJourneyEn = {
  title: "PortalJourney",
} as const;
