import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { MySurvey } from "../../../domain/surveys/contracts";
import { ApiError } from "../../api/http";
import { isStatus, problemMessage } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { useAnswerSurvey } from "./api";

/** The promise made before anyone answers: what is stored, what is not, and the five-answer rule. */
export function AnonymityPromise() {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="teal" icon={<IconLock size={18} aria-hidden />} title={t("surveys.answer.promiseTitle")}>
      <Text size="sm">{t("surveys.answer.promise")}</Text>
    </Alert>
  );
}

function serverErrorFor(error: unknown, key: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((entry) => entry.path.endsWith(`answers.${key}`))?.message;
}

/** One answer per question, sent once; 409 (closed or answered) reloads the page's state. */
export function AnswerForm({ ws, survey }: { ws: string; survey: MySurvey }) {
  const { t } = useTranslation();
  const send = useAnswerSurvey(ws, survey.id);
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<readonly string[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = survey.questions.filter((question) => !values[question.key]).map((question) => question.key);
    setMissing(unanswered);
    if (unanswered.length > 0) return;
    const answers = Object.fromEntries(survey.questions.map((question) => [question.key, question.kind === "rating" ? Number(values[question.key]) : (values[question.key] ?? "")]));
    send.mutate({ answers }, { onSuccess: (receipt) => notifySuccess(receipt.waitingForBatch ? t("surveys.answer.sentWaiting") : t("surveys.answer.sent")) });
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="answer-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="answer-title">
            {t("surveys.answer.heading")}
          </Title>
          {survey.intro && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {survey.intro}
            </Text>
          )}
          <AnonymityPromise />
          {send.error && (
            <Alert color="red" role="alert">
              {isStatus(send.error, 409) ? t("surveys.answer.conflict") : problemMessage(send.error, t)}
            </Alert>
          )}
          {survey.questions.map((question) => {
            const options = question.kind === "choice" ? question.options : Array.from({ length: question.max - question.min + 1 }, (_, index) => String(question.min + index));
            const error = missing.includes(question.key) ? t("surveys.answer.required") : serverErrorFor(send.error, question.key);
            return (
              <Radio.Group
                key={question.key}
                label={question.text}
                description={question.kind === "rating" ? t("surveys.answer.ratingScale", { min: question.min, max: question.max }) : undefined}
                required
                value={values[question.key] ?? null}
                onChange={(value) => setValues((current) => ({ ...current, [question.key]: value }))}
                error={error}
              >
                <Group gap="md" mt="xs" wrap="wrap">
                  {options.map((option) => (
                    <Radio key={option} value={option} label={option} />
                  ))}
                </Group>
              </Radio.Group>
            );
          })}
          <Group justify="flex-end">
            <Button type="submit" loading={send.isPending}>
              {t("surveys.answer.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
