import { Alert, Button, Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isStatus, problemMessage } from "../api/problems";

/** A failed load, said plainly, with a way to try again (not offered for "no access"). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const forbidden = isStatus(error, 403);
  return (
    <Alert
      color={forbidden ? "gray" : "red"}
      icon={forbidden ? <IconLock size={18} aria-hidden /> : <IconAlertTriangle size={18} aria-hidden />}
      title={forbidden ? t("errors.forbiddenTitle") : t("errors.loadFailedTitle")}
      role="alert"
    >
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm">{problemMessage(error, t)}</Text>
        {onRetry && !forbidden && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
