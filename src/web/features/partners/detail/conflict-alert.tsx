import { Alert, Button, Group, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** A 409: someone else saved first. Say so, and offer to load their version (a neutral button: orange on white fails contrast). */
export function ConflictAlert({ detail, onReload, reloading }: { detail: string; onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t("partners.conflict.title")} role="alert">
      <Text size="sm">{detail || t("partners.conflict.detail")}</Text>
      <Group mt="sm">
        <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onReload} loading={reloading}>
          {t("partners.conflict.reload")}
        </Button>
      </Group>
    </Alert>
  );
}
