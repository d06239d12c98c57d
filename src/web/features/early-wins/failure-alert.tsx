import { Alert, Button, Group, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../../api/problems";
import { useReloadEarlyWins } from "./api";

/** A failed change said plainly; a 409 (someone saved first) offers to load their version. */
export function FailureAlert({ ws, partnerId, error, onReloaded }: { ws: string; partnerId: string; error: unknown; onReloaded: () => void }) {
  const { t } = useTranslation();
  const reload = useReloadEarlyWins(ws, partnerId);
  if (error === null) return null;
  const stale = isStatus(error, 409);
  return (
    <Alert color={stale ? "orange" : "red"} role="alert" title={stale ? t("earlyWins.conflict.title") : undefined}>
      <Text size="sm">{problemMessage(error, t)}</Text>
      {stale && (
        <Group mt="sm">
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload().then(onReloaded)}>
            {t("earlyWins.conflict.reload")}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
