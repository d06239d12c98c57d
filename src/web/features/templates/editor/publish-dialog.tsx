import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { TemplateVersion } from "../../../../domain/programs/templates";
import { applyServerErrors, isStatus, problemMessage } from "../../../api/problems";
import { AppModal } from "../../../components/app-modal";
import { notifySuccess } from "../../../components/notify";
import { usePublishVersion } from "../api";

interface PublishDialogProps {
  ws: string;
  templateId: string;
  yaml: string;
  baseVersion: number;
  opened: boolean;
  onClose: () => void;
  onPublished: (version: TemplateVersion) => void;
  /** Someone published meanwhile: drop the edits and load their version. */
  onReload: () => void;
}

/** Publishes the editor's YAML as the next version, with the note the history shows. */
export function PublishDialog({ ws, templateId, yaml, baseVersion, opened, onClose, onPublished, onReload }: PublishDialogProps) {
  const { t } = useTranslation();
  const publish = usePublishVersion(ws, templateId);
  const form = useForm({
    initialValues: { changeNote: "" },
    validate: { changeNote: (value) => (value.trim() ? null : t("validation.required")) },
  });

  const close = () => {
    form.reset();
    publish.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    publish.mutate(
      { yaml, changeNote: values.changeNote.trim(), baseVersion },
      {
        onSuccess: (version) => {
          notifySuccess(t("templates.publish.published", { version: version.version }));
          form.reset();
          publish.reset();
          onPublished(version);
        },
        onError: (error) => applyServerErrors(form, error),
      },
    ),
  );

  const conflict = isStatus(publish.error, 409);
  return (
    <AppModal opened={opened} onClose={close} title={t("templates.publish.title", { version: baseVersion + 1 })} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          {publish.error &&
            (conflict ? (
              <Alert color="orange" title={t("templates.publish.conflictTitle")} role="alert">
                <Text size="sm">{problemMessage(publish.error, t)}</Text>
                <Button mt="sm" size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onReload}>
                  {t("templates.publish.reload")}
                </Button>
              </Alert>
            ) : (
              <Alert color="red" role="alert">
                {problemMessage(publish.error, t)}
              </Alert>
            ))}
          <Textarea label={t("templates.publish.note")} description={t("templates.publish.noteHint")} required autosize minRows={3} maxLength={2000} data-autofocus {...form.getInputProps("changeNote")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={publish.isPending}>
              {t("templates.publish.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
