/** English strings of the readiness checklist (R-F8) (issue 6). */
export const readinessEn = {
} as const;
