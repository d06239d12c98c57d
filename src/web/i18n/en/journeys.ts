/** English strings of the journeys screens (issue 4); en.ts mounts them under "journeys". */
export const journeysEn = {
  title: "Journeys",
} as const;
