import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconEye } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { commonVariables, groupValues } from "../../../domain/email-templates/variables";
import { problemMessage } from "../../api/problems";
import { usePreviewEmail } from "./api";
import { EmailPreviewView } from "./email-preview";
import { PartnerPicker } from "../partners/partner-picker";

interface PreviewCardProps {
  ws: string;
  templateKey: string;
  variables: readonly { name: string; example: string }[];
  /** The text in the editor now, saved or not. */
  draft: { subject: string; body: string };
}

/** The editor's preview: the draft rendered with a real partner's data; extras get their examples. */
export function PreviewCard({ ws, templateKey, variables, draft }: PreviewCardProps) {
  const { t } = useTranslation();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const preview = usePreviewEmail(ws);
  const extras = groupValues(variables.filter((variable) => !commonVariables.some((common) => common.name === variable.name)).map((variable) => [variable.name, variable.example]));
  const show = () => {
    if (partnerId) preview.mutate({ partnerId, templateKey, draft, variables: extras });
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="email-preview-title">
      <Title order={2} size="h4" id="email-preview-title">
        {t("emailTemplates.preview.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("emailTemplates.preview.hint")}
      </Text>
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap">
          <div style={{ flex: 1, minWidth: 220 }}>
            <PartnerPicker ws={ws} value={partnerId} onChange={setPartnerId} label={t("emailTemplates.preview.partner")} placeholder={t("emailTemplates.preview.partnerPlaceholder")} />
          </div>
          <Button variant="default" leftSection={<IconEye size={16} aria-hidden />} onClick={show} disabled={!partnerId} loading={preview.isPending}>
            {t("emailTemplates.preview.show")}
          </Button>
        </Group>
        {preview.error && (
          <Alert color="red" role="alert">
            {problemMessage(preview.error, t)}
          </Alert>
        )}
        {preview.data && !preview.error && <EmailPreviewView preview={preview.data} />}
      </Stack>
    </Paper>
  );
}
