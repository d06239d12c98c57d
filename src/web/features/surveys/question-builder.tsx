import { ActionIcon, Button, Fieldset, Group, NumberInput, SegmentedControl, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { SurveyQuestionSpec } from "../../../domain/surveys/contracts";

/** A question while it is being written; keys are given on sending (q1, q2, …). */
export interface DraftQuestion {
  text: string;
  kind: "rating" | "choice";
  min: number;
  max: number;
  options: string;
}

export const blankQuestion = (): DraftQuestion => ({ text: "", kind: "rating", min: 1, max: 10, options: "" });

/** The questions as the API takes them. */
export function questionsFrom(drafts: readonly DraftQuestion[]): SurveyQuestionSpec[] {
  return drafts.map((draft, index) => {
    const key = `q${String(index + 1)}`;
    if (draft.kind === "rating") return { key, kind: "rating", text: draft.text.trim(), min: draft.min, max: draft.max };
    const options = draft.options
      .split("\n")
      .map((option) => option.trim())
      .filter((option) => option.length > 0);
    return { key, kind: "choice", text: draft.text.trim(), options };
  });
}

interface QuestionBuilderProps {
  questions: DraftQuestion[];
  onChange: (questions: DraftQuestion[]) => void;
  /** Server messages per question index ("questions.0.text" → 0). */
  errors: Record<number, string>;
}

/** Write the questions: a rating (lowest to highest) or a choice between options. */
export function QuestionBuilder({ questions, onChange, errors }: QuestionBuilderProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<DraftQuestion>) => onChange(questions.map((question, at) => (at === index ? { ...question, ...change } : question)));
  return (
    <Stack gap="sm">
      {questions.map((question, index) => {
        const n = index + 1;
        return (
          <Fieldset key={index} legend={t("surveys.create.question", { n })}>
            <Stack gap="xs">
              <TextInput label={t("surveys.create.text", { n })} required value={question.text} onChange={(event) => update(index, { text: event.currentTarget.value })} />
              <Group align="flex-end" wrap="wrap">
                <Stack gap={4}>
                  <Text size="sm" fw={500} id={`question-kind-${String(n)}`}>
                    {t("surveys.create.kind", { n })}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`question-kind-${String(n)}`}
                    value={question.kind}
                    onChange={(kind) => update(index, { kind: kind === "choice" ? "choice" : "rating" })}
                    data={[
                      { value: "rating", label: t("surveys.create.kindRating") },
                      { value: "choice", label: t("surveys.create.kindChoice") },
                    ]}
                  />
                </Stack>
                {question.kind === "rating" && (
                  <>
                    <NumberInput label={t("surveys.create.min", { n })} min={0} max={1} allowDecimal={false} w={150} value={question.min} onChange={(value) => update(index, { min: typeof value === "number" ? value : 1 })} />
                    <NumberInput label={t("surveys.create.max", { n })} min={2} max={10} allowDecimal={false} w={150} value={question.max} onChange={(value) => update(index, { max: typeof value === "number" ? value : 10 })} />
                  </>
                )}
                {questions.length > 1 && (
                  <ActionIcon variant="subtle" color="red" size="lg" onClick={() => onChange(questions.filter((_, at) => at !== index))} aria-label={t("surveys.create.remove", { n })}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              {question.kind === "choice" && (
                <Textarea label={t("surveys.create.options", { n })} autosize minRows={3} required value={question.options} onChange={(event) => update(index, { options: event.currentTarget.value })} />
              )}
              {errors[index] && (
                <Text size="sm" c="red.9" role="alert">
                  {errors[index]}
                </Text>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      {questions.length < 30 && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...questions, blankQuestion()])}>
            {t("surveys.create.add")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
