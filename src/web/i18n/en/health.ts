/** English strings of the health scorecard and portfolio (R-F9) (issue 6). */
export const healthEn = {
} as const;
