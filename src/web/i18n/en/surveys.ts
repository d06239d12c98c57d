/** English strings of anonymous surveys (R-F7) (issue 6). */
export const surveysEn = {
  title: "Surveys",
  description: "Anonymous surveys: answers are never stored with who gave them, and results show only from five answers on.",
  portalTitle: "Surveys",
  portalDescription: "Anonymous surveys your host asked you to answer. Nobody, not even an administrator, can see who said what.",
  surveyTitle: "Survey",
} as const;
