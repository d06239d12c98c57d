/** English strings of meetings and recaps (R-F1) (issue 6). */
export const meetingsEn = {
} as const;
