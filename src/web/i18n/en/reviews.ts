/** English strings of quarterly reviews (R-F6) (issue 6). */
export const reviewsEn = {
} as const;
