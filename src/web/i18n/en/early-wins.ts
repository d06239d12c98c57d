/** English strings of the early win (R-F4) (issue 6). */
export const earlyWinsEn = {
  card: { title: "Early win" },
} as const;
