import { Box, Button, Group, Stack, Switch, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { ApplicationFormConfig } from "../../../../domain/applications/questions";
import { notifySuccess } from "../../../components/notify";
import { useSaveFormConfig } from "../api";
import { SaveError } from "../../../components/save-error";
import { editorErrors, fromEditable, toEditable } from "./editable";
import { QuestionEditor, type FormValues } from "./question-editor";

interface FormEditorProps {
  ws: string;
  config: ApplicationFormConfig;
  canConfigure: boolean;
  onReload: () => void;
}

/** The application form's settings: intro, open or closed, and the program's own questions. */
export function FormEditor({ ws, config, canConfigure, onReload }: FormEditorProps) {
  const { t } = useTranslation();
  const save = useSaveFormConfig(ws, config.programId);
  const form = useForm<FormValues>({ initialValues: { intro: config.intro, open: config.open, questions: config.questions.map(toEditable) } });

  const submit = form.onSubmit((values) => {
    form.clearErrors();
    save.mutate(
      { version: config.version, intro: values.intro, open: values.open, questions: values.questions.map(fromEditable) },
      {
        onSuccess: () => notifySuccess(t("applications.recruiting.saved")),
        onError: (error) => form.setErrors(editorErrors(error)),
      },
    );
  });
  const reload = () => {
    save.reset();
    onReload();
  };

  return (
    <form noValidate onSubmit={submit}>
      <Box component="fieldset" disabled={!canConfigure} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          {save.error && <SaveError error={save.error} onReload={reload} />}
          <Switch label={t("applications.formEditor.open")} description={t("applications.formEditor.openHint")} {...form.getInputProps("open", { type: "checkbox" })} />
          <Textarea label={t("applications.formEditor.intro")} description={t("applications.formEditor.introHint")} autosize minRows={3} maxLength={5000} {...form.getInputProps("intro")} />
          <Text size="sm">
            {t("applications.formEditor.fixed")}{" "}
            {config.tracks.length > 1 && t("applications.formEditor.fixedTrack", { tracks: config.tracks.map((track) => track.name).join(", ") })}
          </Text>
          {config.tracks.length === 0 && (
            <Text size="sm" c="orange.9">
              {t("applications.formEditor.noTracks")}
            </Text>
          )}
          <QuestionEditor form={form} serverMaxMb={config.serverMaxFileMb} disabled={!canConfigure} />
          {canConfigure && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t("applications.recruiting.save")}
              </Button>
            </Group>
          )}
        </Stack>
      </Box>
    </form>
  );
}
