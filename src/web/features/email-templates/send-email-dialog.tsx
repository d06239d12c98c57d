import { Alert, Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { IconEye, IconMailForward } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can, type PartnerResource } from "../../../domain/access/policy";
import { groupValues } from "../../../domain/email-templates/variables";
import { problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { PageLoader } from "../../components/page-loader";
import { useActor } from "../workspace/api";
import { usePreviewEmail, useSendableTemplates, useSendEmail } from "./api";
import { variableLabel } from "./variable-label";
import { EmailPreviewView } from "./email-preview";

interface SendEmailActionProps {
  ws: string;
  partner: { id: string; name: string };
  /** What `can()` needs to know whether this person manages the partner. */
  resource: PartnerResource;
}

/** The "Send email" button of the partner page, shown to whoever may send to this partner. */
export function SendEmailAction({ ws, partner, resource }: SendEmailActionProps) {
  const { t } = useTranslation();
  const actor = useActor();
  const [opened, setOpened] = useState(false);
  if (can(actor, "email.send", { partner: resource }) !== "allow") return null;
  return (
    <>
      <Button variant="default" leftSection={<IconMailForward size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t("emailTemplates.send.action")}
      </Button>
      {opened && <SendEmailDialog ws={ws} partner={partner} onClose={() => setOpened(false)} />}
    </>
  );
}

/** Choose a template, fill in what it needs, see it with this partner's data, send it. */
export function SendEmailDialog({ ws, partner, onClose }: { ws: string; partner: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const templates = useSendableTemplates(ws, partner.id, true);
  const preview = usePreviewEmail(ws);
  const send = useSendEmail(ws, partner.id);
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [extras, setExtras] = useState<Record<string, string>>({});
  // One id per message: a retry or a second click sends nothing twice.
  const [requestId] = useState(() => crypto.randomUUID());
  const chosen = templates.data?.find((template) => template.key === templateKey);
  const variables = groupValues(Object.entries(extras));

  const showPreview = (key: string | null) => {
    if (key) preview.mutate({ partnerId: partner.id, templateKey: key, variables: groupValues(Object.entries(key === templateKey ? extras : {})) });
  };
  const choose = (key: string | null) => {
    setTemplateKey(key);
    setExtras({});
    send.reset();
    showPreview(key);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!templateKey) return;
    send.mutate(
      { templateKey, variables, requestId },
      {
        onSuccess: (sent) => {
          notifySuccess(t("emailTemplates.send.sent", { subject: sent.subject, to: sent.to }));
          onClose();
        },
      },
    );
  };
  const noContact = preview.data !== undefined && preview.data.to === null;

  return (
    <AppModal opened onClose={onClose} title={t("emailTemplates.send.title", { name: partner.name })} size="xl">
      {templates.error ? (
        <Alert color="red" role="alert">
          {problemMessage(templates.error, t)}
        </Alert>
      ) : !templates.data ? (
        <PageLoader />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Select
              label={t("emailTemplates.send.template")}
              placeholder={t("emailTemplates.send.templatePlaceholder")}
              data={templates.data.map((template) => ({ value: template.key, label: template.name }))}
              value={templateKey}
              onChange={choose}
              required
              data-autofocus
            />
            {chosen && chosen.extraVariables.length > 0 && (
              <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
                <Text component="legend" size="sm" fw={600}>
                  {t("emailTemplates.send.extras")}
                </Text>
                {chosen.extraVariables.map((variable) => (
                  <TextInput
                    key={variable.name}
                    label={variableLabel(t, variable.name)}
                    placeholder={variable.example}
                    value={extras[variable.name] ?? ""}
                    onChange={(event) => setExtras({ ...extras, [variable.name]: event.currentTarget.value })}
                  />
                ))}
                <Group>
                  <Button variant="default" size="xs" leftSection={<IconEye size={14} aria-hidden />} onClick={() => showPreview(templateKey)} loading={preview.isPending}>
                    {t("emailTemplates.send.preview")}
                  </Button>
                </Group>
              </Stack>
            )}
            {preview.error && (
              <Alert color="red" role="alert">
                {problemMessage(preview.error, t)}
              </Alert>
            )}
            {noContact && (
              <Alert color="orange" title={t("emailTemplates.send.noContactTitle")} role="alert">
                {t("emailTemplates.send.noContact")}
              </Alert>
            )}
            {send.error && (
              <Alert color="red" role="alert">
                {problemMessage(send.error, t)}
              </Alert>
            )}
            {preview.data ? <EmailPreviewView preview={preview.data} /> : !preview.isPending && <Text size="sm" c="dimmed">{t("emailTemplates.send.empty")}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" leftSection={<IconMailForward size={16} aria-hidden />} loading={send.isPending} disabled={!templateKey || noContact || preview.isPending}>
                {t("emailTemplates.send.send")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
