import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** The feed's address, shown once right after it was made: only its hash stays on the server. */
export function FeedAddress({ url, onDone }: { url: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title={t("calendar.addressOnceTitle")}>
        {t("calendar.addressOnce")}
      </Alert>
      <Text size="sm" fw={500} id="calendar-feed-address-label">
        {t("calendar.addressLabel")}
      </Text>
      <Code block aria-labelledby="calendar-feed-address-label" style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }} data-testid="calendar-feed-url">
        {url}
      </Code>
      <Group justify="space-between">
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button variant={copied ? "light" : "filled"} color={copied ? "green" : undefined} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
              {copied ? t("calendar.copied") : t("calendar.copy")}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          {t("calendar.hideAddress")}
        </Button>
      </Group>
    </Stack>
  );
}
