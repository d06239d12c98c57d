/** English strings of the preferences survey and the alignment record (R-F2, R-F3) (issue 6). */
export const alignmentEn = {
  record: { title: "Alignment record" },
  preferences: { title: "Preferences" },
} as const;
