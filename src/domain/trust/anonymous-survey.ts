import { z } from "zod";

/**
 * Results of an anonymous survey (R-F7). With a handful of answers, anyone who knows who took
 * part can guess who said what, so a question's result is shown only once at least five people
 * answered it. The threshold is per question, because optional questions collect fewer answers.
 */
export const minimumAnswers = 5;

const QuestionKey = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, "use a lowercase key of letters, digits and underscores");

export const SurveyQuestion = z.discriminatedUnion("kind", [
  z.strictObject({ key: QuestionKey, kind: z.literal("rating"), min: z.number().int().min(0).max(1), max: z.number().int().min(2).max(10) }),
  z.strictObject({ key: QuestionKey, kind: z.literal("choice"), options: z.array(z.string().trim().min(1).max(100)).min(2).max(20) }),
]);
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

export type SurveyResult =
  | { readonly key: string; readonly shown: false; readonly count: number; readonly message: string }
  | {
      readonly key: string;
      readonly shown: true;
      readonly count: number;
      /** Ratings only: the average, rounded to one decimal. */
      readonly mean: number | null;
      /** How many chose each value, every possible value listed (zeros included) so the chart is stable. */
      readonly distribution: Readonly<Record<string, number>>;
    };

function possibleValues(question: SurveyQuestion): string[] {
  if (question.kind === "choice") return question.options;
  return Array.from({ length: question.max - question.min + 1 }, (_, index) => String(question.min + index));
}

/** The answers are plain values: by the time they reach this function nothing ties them to a person. */
export function surveyResult(question: SurveyQuestion, values: readonly (string | number)[]): SurveyResult {
  const count = values.length;
  if (count < minimumAnswers) {
    return { key: question.key, shown: false, count, message: `not enough answers yet (${String(count)} of ${String(minimumAnswers)})` };
  }
  const distribution: Record<string, number> = Object.fromEntries(possibleValues(question).map((value) => [value, 0]));
  for (const value of values) distribution[String(value)] = (distribution[String(value)] ?? 0) + 1;
  const numbers = values.filter((value): value is number => typeof value === "number");
  const mean = question.kind === "rating" ? Math.round((numbers.reduce((sum, value) => sum + value, 0) / numbers.length) * 10) / 10 : null;
  return { key: question.key, shown: true, count, mean, distribution };
}

/** An answer as the respondent submits it; the server checks it against its question. */
export const SurveyAnswerValue = z.union([z.number().int(), z.string().trim().min(1).max(100)]);

export function answerProblem(question: SurveyQuestion, value: string | number): string | null {
  if (question.kind === "rating") {
    return typeof value === "number" && value >= question.min && value <= question.max ? null : `${question.key}: choose a whole number from ${String(question.min)} to ${String(question.max)}`;
  }
  return typeof value === "string" && question.options.includes(value) ? null : `${question.key}: choose one of ${question.options.join(", ")}`;
}
