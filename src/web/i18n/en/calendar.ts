/** English strings of the private calendar feed (R-H2) (issue 6). */
export const calendarEn = {
} as const;
