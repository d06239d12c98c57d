import { Alert, Code, Divider, Group, Stack, Tabs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EmailPreview } from "../../../domain/email-templates/schemas";

/**
 * A rendered email. The HTML part goes into a sandboxed iframe: no scripts, forms, pop-ups or
 * navigation of this page, so even markup a template let through could do nothing here (the
 * server escapes everything anyway; this is the second wall). `allow-same-origin` without
 * `allow-scripts` only lets this page (and the accessibility checker) read the frame's text.
 */
export function EmailPreviewView({ preview }: { preview: EmailPreview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text size="sm" fw={600} w={64}>
          {t("emailTemplates.preview.to")}
        </Text>
        {preview.to ? (
          <Text size="sm">
            {preview.to.name} &lt;{preview.to.email}&gt;
          </Text>
        ) : (
          <Alert color="orange" p="xs" style={{ flex: 1 }}>
            {t("emailTemplates.preview.noContact")}
          </Alert>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text size="sm" fw={600} w={64}>
          {t("emailTemplates.preview.subject")}
        </Text>
        <Text size="sm" data-testid="preview-subject">
          {preview.subject}
        </Text>
      </Group>
      <Divider />
      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html">{t("emailTemplates.preview.html")}</Tabs.Tab>
          <Tabs.Tab value="text">{t("emailTemplates.preview.text")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="xs">
          <iframe title={t("emailTemplates.preview.frameTitle")} sandbox="allow-same-origin" srcDoc={preview.html} style={{ width: "100%", height: 360, border: "1px solid var(--mantine-color-gray-3)", borderRadius: 4, background: "white" }} />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="xs">
          <Code block style={{ whiteSpace: "pre-wrap" }}>
            {preview.text}
          </Code>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
