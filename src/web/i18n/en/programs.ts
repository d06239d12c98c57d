/** English strings of the programs screens (issue 4); en.ts mounts them under "programs". */
export const programsEn = {
  title: "Programs",
} as const;
