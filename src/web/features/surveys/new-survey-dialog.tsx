import { Alert, Button, Group, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SurveyAudience } from "../../../domain/surveys/contracts";
import { ApiError } from "../../api/http";
import { fieldErrorsOf, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { PartnerPicker } from "../partners/partner-picker";
import { useCreateSurvey } from "./api";
import { blankQuestion, QuestionBuilder, questionsFrom, type DraftQuestion } from "./question-builder";

/** Server messages about one question, by its position ("body.questions.1.options" → 1). */
function questionErrors(error: unknown): Record<number, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const result: Record<number, string> = {};
  for (const { path, message } of error.problem.errors) {
    const match = /questions\.(\d+)/.exec(path);
    if (match?.[1] !== undefined) result[Number(match[1])] ??= message;
  }
  return result;
}

/** Opens an anonymous survey: title, why, who answers, and the questions. */
export function NewSurveyDialog({ ws, opened, onClose }: { ws: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSurvey(ws);
  const [title, setTitle] = useState("");
  const [intro, setIntro] = useState("");
  const [audience, setAudience] = useState<SurveyAudience>("staff");
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [questions, setQuestions] = useState<DraftQuestion[]>([blankQuestion()]);
  const fieldErrors = fieldErrorsOf(create.error, ["title", "intro", "audience", "partnerId"]);
  const close = () => {
    setTitle("");
    setIntro("");
    setAudience("staff");
    setPartnerId(null);
    setQuestions([blankQuestion()]);
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { title, intro, audience, questions: questionsFrom(questions), ...(audience === "partner" && partnerId ? { partnerId } : {}) };
    create.mutate(input, {
      onSuccess: (created) => {
        notifySuccess(t("surveys.create.created", { title: created.title }));
        close();
        void navigate({ to: "/w/$ws/surveys/$surveyId", params: { ws, surveyId: created.id } });
      },
    });
  };
  const audienceOptions = SurveyAudience.options.map((value) => ({ value, label: value === "partner" ? t("surveys.audience.partnerUnnamed") : t(`surveys.audience.${value}`) }));
  return (
    <AppModal opened={opened} onClose={close} title={t("surveys.create.title")} size="lg" closeOnClickOutside={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t("surveys.create.rules")}
          </Text>
          {create.error && (
            <Alert color="red" role="alert">
              {problemMessage(create.error, t)}
            </Alert>
          )}
          <TextInput label={t("surveys.create.name")} required data-autofocus value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={fieldErrors.title} />
          <Textarea label={t("surveys.create.intro")} description={t("surveys.create.introHint")} autosize minRows={2} value={intro} onChange={(event) => setIntro(event.currentTarget.value)} error={fieldErrors.intro} />
          <Select
            label={t("surveys.create.audience")}
            data={audienceOptions}
            value={audience}
            onChange={(value) => setAudience(SurveyAudience.catch("staff").parse(value))}
            allowDeselect={false}
            required
            error={fieldErrors.audience}
          />
          {audience === "partner" && <PartnerPicker ws={ws} value={partnerId} onChange={setPartnerId} label={t("surveys.create.partner")} placeholder={t("surveys.create.partnerPlaceholder")} required error={fieldErrors.partnerId} />}
          <Text fw={600} size="sm">
            {t("surveys.create.questions")}
          </Text>
          <QuestionBuilder questions={questions} onChange={setQuestions} errors={questionErrors(create.error)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("surveys.create.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
