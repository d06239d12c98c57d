import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconRestore } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EmailTemplate } from "../../../domain/email-templates/schemas";
import { applyServerErrors, isStatus, problemMessage } from "../../api/problems";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { notifySuccess } from "../../components/notify";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { QueryError } from "../../components/query-error";
import { AnchorLink } from "../../components/router-links";
import { formatRelative } from "../../i18n/format";
import { useWorkspace } from "../workspace/api";
import { useEmailTemplate, useResetEmailTemplate, useUpdateEmailTemplate } from "./api";
import { PreviewCard } from "./preview-card";
import { VariablesPanel } from "./variables-panel";

const route = getRouteApi("/w/$ws/email-templates/$key");

export function EmailTemplatePage() {
  const { t } = useTranslation();
  const { slug: ws } = useWorkspace();
  const { key } = route.useParams();
  const template = useEmailTemplate(ws, key);
  const back = (
    <AnchorLink to="/w/$ws/email-templates" params={{ ws }} size="sm">
      ← {t("emailTemplates.back")}
    </AnchorLink>
  );
  if (template.error) {
    return (
      <Stack gap="md" align="flex-start">
        {back}
        <QueryError error={template.error} onRetry={() => void template.refetch()} />
      </Stack>
    );
  }
  if (template.isPending) return <PageLoader />;
  // Keyed by version: a new version (saved, reset, or reloaded after a conflict) starts the form from its text.
  return <TemplateEditor key={template.data.version} ws={ws} template={template.data} back={back} onReload={() => void template.refetch()} />;
}

interface EditorProps {
  ws: string;
  template: EmailTemplate;
  back: React.ReactNode;
  onReload: () => void;
}

function TemplateEditor({ ws, template, back, onReload }: EditorProps) {
  const { t } = useTranslation();
  const update = useUpdateEmailTemplate(ws, template.key);
  const reset = useResetEmailTemplate(ws, template.key);
  const [confirmReset, setConfirmReset] = useState(false);
  const form = useForm({ initialValues: { name: template.name, subject: template.subject, body: template.body } });

  const submit = form.onSubmit((values) => {
    update.mutate({ ...values, version: template.version }, { onSuccess: () => notifySuccess(t("emailTemplates.saved")), onError: (error) => applyServerErrors(form, error) });
  });
  const doReset = () =>
    reset.mutate(template.version, {
      onSuccess: () => {
        setConfirmReset(false);
        update.reset();
        notifySuccess(t("emailTemplates.resetDone"));
      },
    });
  const conflict = isStatus(update.error, 409) || isStatus(reset.error, 409);
  const who = template.updatedBy;
  const changed = who
    ? t("emailTemplates.lastChanged", { version: template.version, when: formatRelative(template.updatedAt), who })
    : t("emailTemplates.lastChangedBySystem", { version: template.version });

  return (
    <Stack gap={0}>
      <PageHeader
        before={back}
        title={template.name}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light" color={template.builtIn ? "blue" : "grape"}>
              {template.builtIn ? (template.modified ? t("emailTemplates.kind.edited") : t("emailTemplates.kind.builtIn")) : t("emailTemplates.kind.own")}
            </Badge>
            <Text span size="sm" c="dimmed">
              {changed}
            </Text>
          </Group>
        }
        actions={
          template.builtIn && template.modified ? (
            <Button variant="default" leftSection={<IconRestore size={16} aria-hidden />} onClick={() => setConfirmReset(true)}>
              {t("emailTemplates.reset")}
            </Button>
          ) : undefined
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg">
              <form onSubmit={submit} noValidate>
                <Stack>
                  {conflict && (
                    <Alert color="orange" title={t("emailTemplates.conflictTitle")} role="alert">
                      <Stack gap="xs" align="flex-start">
                        <Text size="sm">{t("emailTemplates.conflict")}</Text>
                        <Button variant="default" size="xs" onClick={onReload}>
                          {t("emailTemplates.reload")}
                        </Button>
                      </Stack>
                    </Alert>
                  )}
                  {update.error && !conflict && (
                    <Alert color="red" role="alert">
                      {problemMessage(update.error, t)}
                    </Alert>
                  )}
                  <TextInput label={t("emailTemplates.name")} required {...form.getInputProps("name")} />
                  <TextInput label={t("emailTemplates.subject")} required {...form.getInputProps("subject")} />
                  <Textarea
                    label={t("emailTemplates.body")}
                    description={t("emailTemplates.bodyHint", { example: "{{ partner.name }}" })}
                    required
                    autosize
                    minRows={12}
                    styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
                    {...form.getInputProps("body")}
                  />
                  <Group justify="flex-end">
                    {form.isDirty() && (
                      <Text size="sm" c="dimmed">
                        {t("emailTemplates.unsaved")}
                      </Text>
                    )}
                    <Button type="submit" loading={update.isPending}>
                      {t("emailTemplates.save")}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </Paper>
            <PreviewCard ws={ws} templateKey={template.key} variables={template.variables} draft={{ subject: form.values.subject, body: form.values.body }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <VariablesPanel variables={template.variables} />
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={confirmReset}
        title={t("emailTemplates.resetTitle")}
        message={t("emailTemplates.resetMessage")}
        confirmLabel={t("emailTemplates.reset")}
        danger
        loading={reset.isPending}
        error={
          reset.error ? (
            <Alert color="red" role="alert">
              {problemMessage(reset.error, t)}
            </Alert>
          ) : undefined
        }
        onConfirm={doReset}
        onClose={() => setConfirmReset(false)}
      />
    </Stack>
  );
}
