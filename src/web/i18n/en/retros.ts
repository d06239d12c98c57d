/** English strings of retrospective insights (R-F10) (issue 6). */
export const retrosEn = {
} as const;
