import { Button, Group, NumberInput, Radio, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormFields, type FormField } from "../../../../domain/journeys/template/kinds/form";
import { ApiError } from "../../../api/http";
import { CompletionError, useStepWork } from "./completion";

export type Answer = string | number | boolean;

/** The fields a form step declares; none when the step's fields are not a form's. */
export function formFieldsOf(fields: Record<string, unknown>): FormField[] {
  const parsed = FormFields.safeParse(fields);
  return parsed.success ? parsed.data.fields : [];
}

/** Field problems of a 400 (`body.input.answers.<key>`), by field key. */
function answerErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const match = /^body\.input\.answers\.([^.]+)/.exec(path);
    if (match?.[1] && !result[match[1]]) result[match[1]] = message;
  }
  return result;
}

function FieldControl({ field, value, error, onChange }: { field: FormField; value: Answer | undefined; error: string | undefined; onChange: (value: Answer | undefined) => void }) {
  const { t } = useTranslation();
  const common = { label: field.label, description: field.help, required: field.required, error };
  switch (field.type) {
    case "text":
      return <Textarea {...common} autosize minRows={1} maxLength={5000} value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.currentTarget.value)} />;
    case "number":
      return <NumberInput {...common} value={typeof value === "number" ? value : ""} onChange={(next) => onChange(typeof next === "number" ? next : undefined)} />;
    case "date":
      return <TextInput {...common} type="date" value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.currentTarget.value || undefined)} />;
    case "boolean":
      return (
        <Radio.Group {...common} value={value === true ? "yes" : value === false ? "no" : null} onChange={(next) => onChange(next === "yes")}>
          <Group mt={4}>
            <Radio value="yes" label={t("stepWork.form.yes")} />
            <Radio value="no" label={t("stepWork.form.no")} />
          </Group>
        </Radio.Group>
      );
    case "choice": {
      const choices = field.choices ?? [];
      if (choices.length <= 5) {
        return (
          <Radio.Group {...common} value={typeof value === "string" ? value : null} onChange={(next) => onChange(next)}>
            <Stack gap={6} mt={4}>
              {choices.map((choice) => (
                <Radio key={choice} value={choice} label={choice} />
              ))}
            </Stack>
          </Radio.Group>
        );
      }
      return <Select {...common} placeholder={t("stepWork.form.choose")} data={choices} value={typeof value === "string" ? value : null} onChange={(next) => onChange(next ?? undefined)} allowDeselect={!field.required} />;
    }
  }
}

/** A form step: the template's fields, answered and sent; the server's verdict lands on the field it names. */
export function FormWork() {
  const { t } = useTranslation();
  const { step, complete, completing, error } = useStepWork();
  const fields = formFieldsOf(step.fields);
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>({});
  const [missing, setMissing] = useState<Record<string, string>>({});
  const serverErrors = answerErrorsOf(error);

  const submit = () => {
    const unanswered = Object.fromEntries(
      fields.filter((field) => field.required && (answers[field.key] === undefined || answers[field.key] === "")).map((field) => [field.key, t("validation.required")]),
    );
    setMissing(unanswered);
    if (Object.keys(unanswered).length > 0) return;
    const given = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined && value !== ""));
    complete({ answers: given });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t("stepWork.form.intro")}</Text>
        {fields.map((field) => (
          <FieldControl
            key={field.key}
            field={field}
            value={answers[field.key]}
            error={missing[field.key] ?? serverErrors[field.key]}
            onChange={(value) => {
              setAnswers((current) => ({ ...current, [field.key]: value }));
              // The "required" mark goes as soon as the field has an answer.
              if (missing[field.key]) setMissing(({ [field.key]: _answered, ...rest }) => rest);
            }}
          />
        ))}
        <CompletionError />
        <div>
          <Button type="submit" leftSection={<IconCheck size={16} aria-hidden />} loading={completing}>
            {t("stepWork.form.submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
