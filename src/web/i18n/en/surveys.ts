/** English strings of anonymous surveys (R-F7) (issue 6). */
export const surveysEn = {
} as const;
