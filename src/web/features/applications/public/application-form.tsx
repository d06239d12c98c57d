import { Alert, Box, Button, Divider, Radio, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { PublicApplicationForm } from "../../../../domain/applications/views";
import { ApiError } from "../../../api/http";
import { problemMessage } from "../../../api/problems";
import { i18n } from "../../../i18n";
import { countryName } from "../../../i18n/format";
import { countryCodes } from "../../partners/components/countries";
import { useSubmitApplication } from "../api";
import { QuestionField } from "./question-field";

type Answer = string | number;
interface Values {
  organisationName: string;
  website: string;
  country: string | null;
  contactName: string;
  contactEmail: string;
  track: string | null;
  answers: Record<string, Answer>;
  fax: string;
}

/** Server paths (`body.website`, `body.answers.deck`) to this form's field paths. */
function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const field = path.replace(/^body\./, "");
    if (!result[field]) result[field] = message;
  }
  return result;
}

/** After a failed submit the first field at fault gets the focus, so keyboard and screen reader users land on it. */
function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>("form [aria-invalid='true']")?.focus());
}

export function ApplicationForm({ ws, form: definition, onReceived }: { ws: string; form: PublicApplicationForm; onReceived: (email: string) => void }) {
  const { t } = useTranslation();
  const submit = useSubmitApplication(ws, definition.program.key);
  const countries = useMemo(() => countryCodes.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language)), []);
  const form = useForm<Values>({
    initialValues: { organisationName: "", website: "", country: null, contactName: "", contactEmail: "", track: null, answers: Object.fromEntries(definition.questions.map((q) => [q.key, ""])), fax: "" },
  });
  const serverErrors = fieldErrors(submit.error);
  const errorCount = Object.keys(form.errors).length;

  const onSubmit = form.onSubmit((values) => {
    form.clearErrors();
    const answers = Object.fromEntries(Object.entries(values.answers).map(([key, value]) => [key, value === "" ? null : value]));
    submit.mutate(
      { ...values, country: values.country ?? "", track: values.track ?? "", answers },
      {
        onSuccess: () => onReceived(values.contactEmail.trim()),
        onError: (error) => {
          const errors = fieldErrors(error);
          form.setErrors(errors);
          if (Object.keys(errors).length > 0) focusFirstInvalid();
        },
      },
    );
  });

  const uploadFor = (key: string) => ({
    ws,
    programKey: definition.program.key,
    onUploaded: (uploadId: string | null) => {
      form.setFieldValue(`answers.${key}`, uploadId ?? "");
      form.clearFieldError(`answers.${key}`);
    },
    onError: (message: string) => form.setFieldError(`answers.${key}`, message),
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-describedby="required-note">
      <Stack gap="md">
        <Text size="sm" c="dimmed" id="required-note">
          {t("applications.apply.requiredNote")}
        </Text>
        {errorCount > 0 && Object.keys(serverErrors).length > 0 && (
          <Alert color="red" role="alert">
            {t("applications.apply.fixErrors", { count: errorCount })}
          </Alert>
        )}
        {submit.error !== null && Object.keys(serverErrors).length === 0 && (
          <Alert color={submit.error instanceof ApiError && submit.error.status === 409 ? "blue" : "red"} role="alert">
            {problemMessage(submit.error, t)}
          </Alert>
        )}
        <Title order={2} size="h4">
          {t("applications.apply.aboutYou")}
        </Title>
        <TextInput label={t("applications.apply.organisationName")} required autoComplete="organization" maxLength={200} {...form.getInputProps("organisationName")} />
        <TextInput label={t("applications.apply.website")} description={t("applications.apply.websiteHint")} required type="url" inputMode="url" autoComplete="url" {...form.getInputProps("website")} />
        <Select label={t("applications.apply.country")} required searchable data={countries} placeholder={t("applications.apply.chooseCountry")} nothingFoundMessage={t("common.nothingFound")} autoComplete="country" {...form.getInputProps("country")} />
        <TextInput label={t("applications.apply.contactName")} required autoComplete="name" maxLength={200} {...form.getInputProps("contactName")} />
        <TextInput label={t("applications.apply.contactEmail")} description={t("applications.apply.contactEmailHint")} required type="email" autoComplete="email" {...form.getInputProps("contactEmail")} />
        {definition.tracks.length > 0 && (
          <Radio.Group label={t("applications.apply.track")} required {...form.getInputProps("track")}>
            <Stack gap="xs" mt="xs">
              {definition.tracks.map((track) => (
                <Radio key={track.key} value={track.key} label={track.name} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {/* People never see this field; bots that fill every field do, and their application is dropped. */}
        <Box aria-hidden style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}>
          <TextInput label={t("applications.apply.honeypot")} tabIndex={-1} autoComplete="off" {...form.getInputProps("fax")} />
        </Box>
        {definition.questions.length > 0 && (
          <>
            <Divider />
            <Title order={2} size="h4">
              {t("applications.apply.questions")}
            </Title>
            {definition.questions.map((question) => (
              <QuestionField key={question.key} question={question} inputProps={form.getInputProps(`answers.${question.key}`)} upload={uploadFor(question.key)} />
            ))}
          </>
        )}
        <Box>
          <Button type="submit" loading={submit.isPending}>
            {t("applications.apply.submit")}
          </Button>
        </Box>
      </Stack>
    </form>
  );
}
