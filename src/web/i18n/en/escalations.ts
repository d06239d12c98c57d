/** English strings of misunderstandings, escalations and the lessons log (R-F5) (issue 6). */
export const escalationsEn = {
} as const;
