import { Alert, Button, Group, Select, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { RetroInsight } from "../../../domain/retros/contracts";
import { applyServerErrors, problemMessage } from "../../api/problems";
import { notifySuccess } from "../../components/notify";
import { useTemplates } from "../templates/api";
import { useRecordInsight } from "./api";

export interface RecordInsightFormProps {
  ws: string;
  /** Fixed when the form sits on a template's page; chosen in the form otherwise. */
  templateId?: string;
  /** The version preselected (e.g. the one the partner's journey ran on). */
  templateVersion?: number;
  /** Set when recorded from a partner's retrospective meeting. */
  partnerId?: string;
  meetingId?: string;
  onRecorded?: (insight: RetroInsight) => void;
}

const versionChoices = (latest: number) => Array.from({ length: latest }, (_, index) => String(latest - index));

/**
 * Records what a retrospective learned about a journey template version (R-F10). Used on the
 * template page and, with a partner and meeting, from a retrospective meeting.
 */
export function RecordInsightForm({ ws, templateId, templateVersion, partnerId, meetingId, onRecorded }: RecordInsightFormProps) {
  const { t } = useTranslation();
  const templates = useTemplates(ws, "include");
  const record = useRecordInsight(ws);
  const form = useForm<{ templateId: string; templateVersion: string; text: string }>({
    initialValues: { templateId: templateId ?? "", templateVersion: templateVersion ? String(templateVersion) : "", text: "" },
    validate: {
      templateId: (value) => (value ? null : t("retros.form.chooseTemplate")),
      templateVersion: (value) => (value ? null : t("retros.form.chooseVersion")),
      text: (value) => (value.trim() ? null : t("retros.form.textRequired")),
    },
  });
  const chosen = templates.data?.find((template) => template.id === form.values.templateId);
  const latest = chosen?.latestVersion ?? templateVersion ?? 1;

  const submit = form.onSubmit((values) => {
    record.mutate(
      { templateId: values.templateId, templateVersion: Number(values.templateVersion), text: values.text.trim(), ...(partnerId ? { partnerId } : {}), ...(meetingId ? { meetingId } : {}) },
      {
        onSuccess: (insight) => {
          notifySuccess(t("retros.form.recorded"));
          form.setFieldValue("text", "");
          onRecorded?.(insight);
        },
        onError: (error) => applyServerErrors(form, error),
      },
    );
  });

  return (
    <form noValidate onSubmit={submit} aria-label={t("retros.form.title")}>
      <Stack gap="sm">
        {record.error && (
          <Alert color="red" role="alert">
            {problemMessage(record.error, t)}
          </Alert>
        )}
        <Group grow align="flex-start">
          {templateId === undefined && (
            <Select
              label={t("retros.form.template")}
              required
              searchable
              data={(templates.data ?? []).map((template) => ({ value: template.id, label: template.name }))}
              nothingFoundMessage={t("retros.form.noTemplates")}
              {...form.getInputProps("templateId")}
              onChange={(value) => {
                form.setFieldValue("templateId", value ?? "");
                const next = templates.data?.find((template) => template.id === value);
                form.setFieldValue("templateVersion", next ? String(next.latestVersion) : "");
              }}
            />
          )}
          <Select
            label={t("retros.form.version")}
            description={t("retros.form.versionHint")}
            required
            allowDeselect={false}
            data={versionChoices(latest).map((version) => ({ value: version, label: t("retros.versionLabel", { version }) }))}
            {...form.getInputProps("templateVersion")}
          />
        </Group>
        <Textarea label={t("retros.form.text")} description={t("retros.form.textHint")} required autosize minRows={3} maxLength={1000} {...form.getInputProps("text")} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t("retros.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
