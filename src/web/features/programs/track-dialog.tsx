import { Alert, Button, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { PartnerType } from "../../../domain/partners/schemas";
import type { Program } from "../../../domain/programs/schemas";
import type { TemplateSummary } from "../../../domain/programs/templates";
import { applyServerErrors, isStatus, problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { useRemoveTrack, useSetTrack } from "./api";
import { StaleProgramAlert } from "./stale-program-alert";

interface TrackDialogProps {
  ws: string;
  program: Program;
  partnerType: PartnerType;
  templates: TemplateSummary[];
  onClose: () => void;
}

/** Chooses the template a partner type follows in a program, with a note; or removes the track. */
export function TrackDialog({ ws, program, partnerType, templates, onClose }: TrackDialogProps) {
  const { t } = useTranslation();
  const current = program.tracks.find((track) => track.partnerType.id === partnerType.id);
  const setTrack = useSetTrack(ws, program.id);
  const removeTrack = useRemoveTrack(ws, program.id);
  const form = useForm({ initialValues: { templateId: current?.template?.id ?? "", description: current?.description ?? "" } });
  const error = setTrack.error ?? removeTrack.error;

  const submit = form.onSubmit((values) =>
    setTrack.mutate(
      { partnerTypeId: partnerType.id, version: program.version, templateId: values.templateId || null, description: values.description.trim() },
      {
        onSuccess: () => {
          notifySuccess(t("programs.saved"));
          onClose();
        },
        onError: (failure) => applyServerErrors(form, failure),
      },
    ),
  );

  return (
    <AppModal opened onClose={onClose} title={t("programs.tracks.dialogTitle", { type: partnerType.name })} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          {error &&
            (isStatus(error, 409) ? (
              <StaleProgramAlert ws={ws} error={error} onReload={onClose} />
            ) : (
              <Alert color="red" role="alert">
                {problemMessage(error, t)}
              </Alert>
            ))}
          {templates.length === 0 ? (
            <Text size="sm">{t("programs.tracks.noTemplates")}</Text>
          ) : (
            <Select
              label={t("programs.tracks.templateLabel")}
              description={t("programs.tracks.templateHint")}
              data={templates.map((template) => ({ value: template.id, label: template.name }))}
              clearable
              searchable
              placeholder={t("programs.tracks.none")}
              {...form.getInputProps("templateId")}
              onChange={(value) => form.setFieldValue("templateId", value ?? "")}
            />
          )}
          <Textarea label={t("programs.tracks.notesLabel")} autosize minRows={2} maxLength={2000} {...form.getInputProps("description")} />
          <Group justify="space-between">
            {current ? (
              <Button
                variant="subtle"
                color="red"
                loading={removeTrack.isPending}
                onClick={() =>
                  removeTrack.mutate(
                    { partnerTypeId: partnerType.id, version: program.version },
                    {
                      onSuccess: () => {
                        notifySuccess(t("programs.tracks.removed", { type: partnerType.name }));
                        onClose();
                      },
                    },
                  )
                }
              >
                {t("programs.tracks.remove")}
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={setTrack.isPending}>
                {t("programs.tracks.save")}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
